"""``manage.py load_demo_network`` with a generated network: idempotence, live pages,
stored photos, the defaults, and honest options (see ``demo_loading``)."""

import re

import pytest
from django.core.management.base import CommandError

from awards.choices import Voivodeship
from awards.models import AwardIndexPage, AwardStoryPage, CentrePage
from home.models import NetworkHomePage, NetworkImage

from .demo_loading import (
    REAL_CENTRE_SLUGS,
    SMALL,
    counts,
    files_under,
    fingerprint,
    live_pages,
    load,
    shared_load,
)


@pytest.fixture
def media_root(settings, tmp_path):
    """Keep photos and renditions out of the repository (one folder for both storages)."""
    settings.MEDIA_ROOT = settings.PHOTOS_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture(scope="class")
def small_network(django_db_setup, django_db_blocker, tmp_path_factory):
    """``load_demo_network --centres 3 --stories 12`` into an untouched database."""
    yield from shared_load(django_db_blocker, tmp_path_factory, *SMALL)


@pytest.mark.django_db
class TestASmallGeneratedNetwork:
    """One ``--centres 3 --stories 12`` load into an untouched database, read by each test."""

    def test_a_second_run_creates_and_changes_nothing(self, small_network):
        first_out = small_network.out
        before = (counts(), fingerprint(), files_under(small_network.media_root))

        second_out, _ = load(*SMALL)

        assert (counts(), fingerprint(), files_under(small_network.media_root)) == before
        assert "Nothing new" in second_out
        assert "Nothing new" not in first_out
        created = re.search(r"award stories\s+(\d+)\s+(\d+)", second_out)
        assert created.groups() == (
            "0",
            str(AwardStoryPage.objects.filter(locale__language_code="pl").count()),
        )

    def test_photos_are_stored_with_alt_text_and_credit(self, small_network):
        images = NetworkImage.objects.all()
        assert images.exists()
        for image in images:
            assert image.description.startswith("Grafika demonstracyjna")  # alt text
            assert image.credit
            assert (image.width, image.height) == (1600, 1067)
            assert image.file_size and image.file_hash
            assert image.file.name.endswith(".jpg")
            assert (small_network.media_root / image.file.name).is_file()

    def test_every_page_is_published_with_a_revision(self, small_network):
        pages = live_pages()
        assert len(pages) > 20
        for page in pages:
            assert page.live and page.live_revision_id, page.url_path
            assert page.live_revision_id == page.latest_revision_id
            assert page.first_published_at and not page.has_unpublished_changes
            assert page.locale.language_code == "pl"
            assert page.get_url().startswith("/pl/"), page.url_path
        generated_story = AwardStoryPage.objects.exclude(centre__slug__in=REAL_CENTRE_SLUGS).first()
        assert "fikcyjne" in str(generated_story.body)
        assert generated_story.centre.email.endswith(".example")

    @pytest.mark.slow
    def test_every_page_renders(self, client, small_network):
        for page in live_pages():
            response = client.get(page.get_url(), follow=True)
            assert response.status_code == 200, page.url_path


@pytest.mark.django_db
@pytest.mark.parametrize(
    "args, complaint",
    [
        (("--centres", "0"), "--centres must be at least 1"),
        (("--centres", "abc"), "--centres must be a whole number"),
        (("--centres", "1000"), "--centres can be at most"),
        (("--stories", "-3"), "--stories must be at least 1"),
        (("--stories", "1.5"), "--stories must be a whole number"),
        (("--seed", "x"), "--seed must be a whole number"),
        (("--no-generated", "--stories", "5"), "--no-generated"),
        (("--admin-password", ""), "--admin-password must not be empty"),
        (("--admin-password", "admin"), "--admin-password is too weak"),
    ],
)
def test_bad_options_are_a_clear_command_error(media_root, args, complaint):
    with pytest.raises(CommandError, match=re.escape(complaint)):
        load(*args)
    assert not NetworkHomePage.objects.exists()


@pytest.mark.django_db
def test_bad_option_values_from_call_command_keywords(media_root):
    with pytest.raises(CommandError, match="--centres must be at least 1"):
        load(centres=0)
    with pytest.raises(CommandError, match="--stories must be a whole number"):
        load(stories=[3])


@pytest.mark.slow
@pytest.mark.django_db
def test_the_defaults_give_about_thirty_centres_and_two_hundred_stories(client, media_root):
    load()

    assert CentrePage.objects.filter(locale__language_code="pl").count() == 30
    assert AwardStoryPage.objects.filter(locale__language_code="pl").count() == 200
    years = {date.year for date in AwardStoryPage.objects.dates("date_awarded", "year")}
    assert years == set(range(2010, 2026))
    used = set(AwardStoryPage.objects.values_list("award__slug", flat=True))
    assert used == {"zawsze-pomocni", "nagroda-specjalna-ministra", "dobra-praktyka-sieci"}
    assert len(set(CentrePage.objects.values_list("voivodeship", flat=True))) >= 5
    for page in CentrePage.objects.all():
        assert re.fullmatch(r"\d{2}-\d{3}", page.postal_code)
    # Zawsze pomocni is a Mazowsze distinction: only Mazowsze centres receive it.
    assert set(
        AwardStoryPage.objects.filter(award__slug="zawsze-pomocni").values_list(
            "centre__voivodeship", flat=True
        )
    ) == {Voivodeship.MAZOWIECKIE}
    # Enough stories to page through the award index.
    index = AwardIndexPage.objects.get(locale__language_code="pl")
    response = client.get(index.get_url() + "?page=2", follow=True)
    assert response.status_code == 200
