"""A photo is public only while a live public page shows it; nothing else is ever served."""

from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import PageViewRestriction

from .conftest import consented_image, draft_gallery, location_or_device_tags

pytestmark = pytest.mark.django_db


def test_files_live_outside_the_public_media_folder(centre):
    image = consented_image()

    assert Path(image.file.path).is_relative_to(settings.PHOTOS_ROOT)
    assert not Path(image.file.path).is_relative_to(settings.MEDIA_ROOT)
    assert image.file.url.startswith("/photos/original_images/")


def test_photo_of_an_unpublished_page_answers_404_to_the_public(client, centre, superuser):
    image = consented_image()
    gallery = draft_gallery(centre, [image])
    rendition = image.get_rendition("fill-400x300|format-webp")

    for url in (rendition.url, image.file.url):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "no-store" in response["Cache-Control"]

    client.force_login(superuser)  # the editor still sees it in the admin
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert gallery.live is False


def test_publishing_makes_its_renditions_public_and_unpublishing_hides_them(client, centre):
    image = consented_image()
    gallery = draft_gallery(centre, [image])

    gallery.get_latest_revision().publish()

    renditions = list(image.renditions.all())
    assert renditions, "renditions are made when the page is published"
    for rendition in renditions:
        response = client.get(rendition.url)
        assert response.status_code == 200, rendition.filter_spec
        assert "public" in response["Cache-Control"]
        assert location_or_device_tags(rendition.file.path) == {}
    assert client.get(image.file.url).status_code == 404  # never the original

    gallery.refresh_from_db()
    gallery.unpublish()

    assert all(client.get(r.url).status_code == 404 for r in renditions)


def test_photo_of_a_page_behind_a_password_is_not_public(client, centre):
    image = consented_image()
    gallery = draft_gallery(centre, [image])
    gallery.get_latest_revision().publish()
    rendition = image.renditions.first()
    assert client.get(rendition.url).status_code == 200

    PageViewRestriction.objects.create(
        page=gallery, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )

    assert client.get(rendition.url).status_code == 404


def test_unknown_photo_path_is_404(client):
    assert client.get("/photos/images/../../etc/passwd").status_code == 404
    assert client.get("/photos/images/nic.webp").status_code == 404
