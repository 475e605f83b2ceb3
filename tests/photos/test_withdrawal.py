"""Withdrawing consent takes the photo off every public page, in every language, at once."""

import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from home.publishing import PublishingRefused

from .conftest import consented_image, draft_gallery, publish_in

pytestmark = pytest.mark.django_db


def test_withdrawal_removes_the_photo_everywhere_and_purges_the_cache(
    client, centre, front_end_cache, django_capture_on_commit_callbacks
):
    withdrawn = consented_image(title="Wycieczka do Siedlec")
    kept = consented_image(title="Dyplomy")
    gallery = draft_gallery(centre, [withdrawn, kept])
    gallery.get_latest_revision().publish()
    english = publish_in(gallery, "en")
    pages = {"pl": gallery.full_url, "en": english.full_url}
    renditions = list(withdrawn.renditions.all())
    for language, url in pages.items():
        html = client.get(url).content.decode()
        assert "Zdjęcie Wycieczka do Siedlec" in html, language
        assert all(r.url in html for r in renditions if "fill-400x300" in r.filter_spec)

    with django_capture_on_commit_callbacks(execute=True):
        withdrawn.consent_withdrawn_on = datetime.date.today()
        withdrawn.save()

    assert not withdrawn.renditions.exists()
    for rendition in renditions:
        assert not Path(rendition.file.path).exists()
        assert client.get(rendition.url).status_code == 404
    for language, url in pages.items():
        html = client.get(url).content.decode()
        assert "Zdjęcie Wycieczka do Siedlec" not in html, language
        assert "Zdjęcie Dyplomy" in html, language
    assert set(pages.values()) <= set(front_end_cache)
    # The centre's page lists the gallery with its cover: purged with it.
    assert centre.full_url in front_end_cache
    assert {f"http://localhost{r.url}" for r in renditions} <= set(front_end_cache)
    purged_paths = {urlsplit(url).path for url in front_end_cache}
    assert kept.renditions.exists()
    assert not {r.url for r in kept.renditions.all()} & purged_paths


def test_a_page_that_still_shows_a_withdrawn_photo_cannot_be_republished(centre):
    image = consented_image()
    gallery = draft_gallery(centre, [image])
    gallery.get_latest_revision().publish()

    image.consent_withdrawn_on = datetime.date.today()
    image.save()

    with pytest.raises(PublishingRefused):
        gallery.save_revision().publish()
