"""How photos reach visitors: modern formats, no layout shift, lazy below the fold, plain links."""

import re

import pytest
from wagtail.models import Page

from home.models import NetworkRendition

from .conftest import consented_image, draft_gallery

pytestmark = pytest.mark.django_db


@pytest.fixture
def gallery(centre):
    images = [consented_image(title=f"Gala {n}") for n in range(6)]
    gallery = draft_gallery(centre, images)
    gallery.get_latest_revision().publish()
    return Page.objects.get(pk=gallery.pk).specific


def test_gallery_grid_offers_avif_webp_and_jpeg_with_dimensions(client, gallery):
    html = client.get(gallery.url).content.decode()

    pictures = re.findall(r"<picture>.*?</picture>", html, re.S)
    assert len(pictures) == 6
    for picture in pictures:
        assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
        img = re.search(r"<img [^>]*>", picture).group(0)
        assert re.search(r'src="/photos/images/[^"]+\.jpg"', img), img
        assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img), img
        assert 'alt="' in img and 'alt=""' not in img  # the photo is the content here
    loading = [re.search(r'loading="(\w+)"', p).group(1) for p in pictures]
    assert loading == ["eager"] * 4 + ["lazy"] * 2  # the first row is above the fold


def test_each_thumbnail_is_a_plain_link_to_a_large_jpeg(client, gallery):
    html = client.get(gallery.url).content.decode()

    links = re.findall(r'<a class="gallery-grid__link" href="([^"]+)"', html)
    assert len(links) == 6
    for link in links:
        response = client.get(link)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/jpeg"


def test_every_rendition_the_gallery_needs_exists_once_it_is_published(gallery):
    for photo in gallery.photos.all():
        specs = set(photo.image.renditions.values_list("filter_spec", flat=True))
        assert {"fill-400x300|format-avif", "max-1600x1600|format-jpeg"} <= specs


def test_a_saved_draft_has_its_renditions_so_approving_it_makes_none(centre):
    images = [consented_image(title=f"Szkic {n}") for n in range(3)]
    draft = draft_gallery(centre, images)  # saves a revision, as the editor's Save does
    made_with_the_draft = NetworkRendition.objects.filter(image__in=images).count()

    draft.get_latest_revision().publish()

    assert made_with_the_draft >= 3 * 4  # per photo: the thumbnail in three formats, the large JPEG
    assert NetworkRendition.objects.filter(image__in=images).count() == made_with_the_draft


def test_latest_galleries_on_the_network_home_and_the_centre_page(client, gallery, centre):
    for page in (centre.get_parent(), centre):
        html = client.get(page.url).content.decode()
        assert gallery.url in html, page.title
        assert 'class="gallery-list"' in html
