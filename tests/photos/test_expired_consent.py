"""A consent that expires is withdrawn by ``manage.py withdraw_expired_consents``."""

import datetime
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from home.models import NetworkImage

from .conftest import consented_image, draft_gallery, publish_in

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def withdraw_expired(*args):
    output = StringIO()
    with translation.override("en"):
        call_command("withdraw_expired_consents", *args, stdout=output)
    return output.getvalue()


def let_consent_expire(image):
    """What the calendar does: no save, no signal, the end date is simply behind us."""
    NetworkImage.objects.filter(pk=image.pk).update(
        consent_valid_until=TODAY - datetime.timedelta(days=1)
    )


@pytest.fixture
def published_gallery(centre):
    """Live in Polish and English: a photo whose consent ends today, one valid for a year."""
    expiring = consented_image(title="Wycieczka do Siedlec", consent_valid_until=TODAY)
    valid = consented_image(
        title="Dyplomy", consent_valid_until=TODAY + datetime.timedelta(days=365)
    )
    gallery = draft_gallery(centre, [expiring, valid])
    gallery.get_latest_revision().publish()
    english = publish_in(gallery, "en")
    return {"pl": gallery.full_url, "en": english.full_url}, expiring, valid


def test_an_expired_consent_is_withdrawn_in_every_language_once(
    client, published_gallery, front_end_cache, django_capture_on_commit_callbacks
):
    pages, expired, valid = published_gallery
    renditions = list(expired.renditions.all())
    assert renditions
    let_consent_expire(expired)

    with django_capture_on_commit_callbacks(execute=True):
        output = withdraw_expired()

    assert "Withdrew “Wycieczka do Siedlec”" in output
    assert f"{len(renditions)} renditions deleted" in output
    assert "1 photo withdrawn." in output
    assert "Dyplomy" not in output
    assert not expired.renditions.exists()
    for rendition in renditions:
        assert not Path(rendition.file.path).exists()
        assert client.get(rendition.url).status_code == 404
    assert set(pages.values()) <= set(front_end_cache)
    assert {f"http://localhost{r.url}" for r in renditions} <= set(front_end_cache)
    for language, url in pages.items():
        html = client.get(url).content.decode()
        assert "Zdjęcie Wycieczka do Siedlec" not in html, language
        assert "Zdjęcie Dyplomy" in html, language
    # The photo whose consent is still valid keeps its renditions and its cache.
    assert valid.renditions.exists()
    purged_paths = {urlsplit(url).path for url in front_end_cache}
    assert not {r.url for r in valid.renditions.all()} & purged_paths

    # A second run, even after an editor's admin preview made a new rendition, does nothing.
    expired.get_rendition("max-165x165")
    purged_before = list(front_end_cache)
    with django_capture_on_commit_callbacks(execute=True):
        output = withdraw_expired()
    assert output.strip() == "No expired consents left to withdraw."
    assert front_end_cache == purged_before
    assert expired.renditions.exists()


def test_a_consent_extended_and_expired_again_is_withdrawn_again(
    published_gallery, django_capture_on_commit_callbacks
):
    _pages, expired, _valid = published_gallery
    let_consent_expire(expired)
    withdraw_expired()
    expired.refresh_from_db()
    expired.consent_valid_until = TODAY + datetime.timedelta(days=30)
    expired.save()
    expired.get_rendition("fill-400x300")  # shown again, e.g. after republishing
    # A later run, once the new end date has passed:
    NetworkImage.objects.filter(pk=expired.pk).update(
        consent_valid_until=TODAY - datetime.timedelta(days=1),
        public_copies_withdrawn_at=datetime.datetime(TODAY.year - 1, 1, 1, tzinfo=datetime.UTC),
    )

    assert "1 photo withdrawn." in withdraw_expired()
    assert not expired.renditions.exists()


def test_dry_run_lists_the_photo_and_changes_nothing(
    published_gallery, front_end_cache, django_capture_on_commit_callbacks
):
    pages, expired, _valid = published_gallery
    count = expired.renditions.count()
    let_consent_expire(expired)

    with django_capture_on_commit_callbacks(execute=True):
        output = withdraw_expired("--dry-run")

    assert "Would withdraw “Wycieczka do Siedlec”" in output
    assert f"{count} renditions to delete" in output
    assert "1 photo would be withdrawn (dry run, nothing changed)." in output
    assert expired.renditions.count() == count
    assert front_end_cache == []
    expired.refresh_from_db()
    assert expired.public_copies_withdrawn_at is None
    # The real run still has the photo to withdraw.
    assert "1 photo withdrawn." in withdraw_expired()


def test_nothing_to_do_when_no_consent_expired(published_gallery, front_end_cache):
    _pages, expired, valid = published_gallery
    before = {image.pk: image.renditions.count() for image in (expired, valid)}

    assert withdraw_expired().strip() == "No expired consents left to withdraw."
    assert {image.pk: image.renditions.count() for image in (expired, valid)} == before
    assert front_end_cache == []


def test_a_bad_argument_is_a_clear_error():
    with pytest.raises(CommandError, match="unrecognized arguments: yesterday"):
        withdraw_expired("yesterday")
