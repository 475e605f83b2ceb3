"""``manage.py load_demo_network``: real facts, idempotence, live pages, honest options.

A load takes a while (it publishes every page in Polish, English and Ukrainian),
so the tests that only read what one load made share it: each test class loads
once, in a transaction that is rolled back after its last test (see
``shared_load``), and every test still runs in its own transaction on top of
it, so what one test changes (a second run, say) is gone before the next. The
tests that need another starting point (a changed Wagtail Site, the defaults,
bad options) load on their own.
"""

import datetime
import io
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import override_settings
from wagtail.models import Locale, Page, Revision, Site, WorkflowState

from awards.choices import Voivodeship
from awards.demo.network import minister_title
from awards.models import (
    Award,
    AwardIndexPage,
    AwardStoryPage,
    CentrePage,
    GalleryPage,
    GalleryPhoto,
    Project,
    ProjectParticipantGroup,
)
from awards.roles import REVIEWERS
from home.models import (
    AccessibilityStatementPage,
    NetworkHomePage,
    NetworkImage,
    NetworkSettings,
    StandardPage,
)

SMALL = ("--centres", "3", "--stories", "12")
REAL_CENTRE_SLUGS = {
    "gops-domanice",
    "ops-marki",
    "mops-jaslo",
    "mops-szklarska-poreba",
    "ops-chocianow",
}
COUNTED_MODELS = (
    NetworkHomePage,
    StandardPage,
    AwardIndexPage,
    CentrePage,
    AwardStoryPage,
    GalleryPage,
    GalleryPhoto,
    Award,
    Project,
    ProjectParticipantGroup,
    NetworkImage,
    NetworkSettings,
    Site,
    Page,
    Revision,
)


@pytest.fixture
def media_root(settings, tmp_path):
    """Keep photos and renditions out of the repository (one folder for both storages)."""
    settings.MEDIA_ROOT = settings.PHOTOS_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@dataclass(frozen=True)
class Loaded:
    """What one shared load printed, and where its photos went."""

    out: str
    err: str
    media_root: Path
    welcome_page_before: bool  # Wagtail's welcome page was there before the load


def shared_load(django_db_blocker, tmp_path_factory, *args, **settings_during_load):
    """Load the demo network once for a test class, and roll it back after the class.

    A class-scoped fixture built on this opens a transaction around the load and
    keeps it open while the class runs; each test's own transaction (pytest-django's
    ``db``) nests inside as a savepoint, so every test starts from exactly what the
    load made. Only one such fixture may be in use at a time, hence one per class.
    """
    media_root = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(media_root), PHOTOS_ROOT=str(media_root)),
        transaction.atomic(),
    ):
        welcome_page_before = Page.objects.filter(slug="home", depth=2).exists()
        with override_settings(**settings_during_load):
            out, err = load(*args)
        with django_db_blocker.block():
            yield Loaded(out, err, media_root, welcome_page_before)
        transaction.set_rollback(True)
    cache.clear()  # e.g. Wagtail's cached Site root paths, of a Site that is gone now


@pytest.fixture(scope="class")
def real_network(django_db_setup, django_db_blocker, tmp_path_factory):
    """``load_demo_network --no-generated`` into an untouched database, DEBUG off."""
    yield from shared_load(django_db_blocker, tmp_path_factory, "--no-generated")


@pytest.fixture(scope="class")
def real_network_with_debug(django_db_setup, django_db_blocker, tmp_path_factory):
    """``load_demo_network --no-generated`` into an untouched database, DEBUG on."""
    yield from shared_load(django_db_blocker, tmp_path_factory, "--no-generated", DEBUG=True)


@pytest.fixture(scope="class")
def small_network(django_db_setup, django_db_blocker, tmp_path_factory):
    """``load_demo_network --centres 3 --stories 12`` into an untouched database."""
    yield from shared_load(django_db_blocker, tmp_path_factory, *SMALL)


def load(*args, **kwargs):
    out, err = io.StringIO(), io.StringIO()
    call_command("load_demo_network", *args, stdout=out, stderr=err, **kwargs)
    return out.getvalue(), err.getvalue()


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED_MODELS}


def fingerprint():
    return sorted(
        Page.objects.values_list(
            "url_path", "title", "live", "last_published_at", "latest_revision_id"
        )
    )


def files_under(folder):
    return sorted(
        str(path.relative_to(folder)) for path in Path(folder).rglob("*") if path.is_file()
    )


def centre(slug):
    return CentrePage.objects.get(locale__language_code="pl", slug=slug)


def stories_of(slug):
    return AwardStoryPage.objects.filter(centre=centre(slug)).order_by("date_awarded")


def live_pages():
    """Every Polish page; the other languages are checked with the translations."""
    return Page.objects.filter(depth__gt=1, locale__language_code="pl").specific()


@pytest.mark.django_db
class TestTheFiveRealCentres:
    """One ``--no-generated`` load into an untouched database, DEBUG off, read by each test."""

    def test_the_network_replaces_wagtails_untouched_defaults(self, real_network):
        assert real_network.welcome_page_before  # Wagtail's welcome page

        out = real_network.out

        assert not Page.objects.filter(slug="home", depth=2).exists()
        assert "Removed Wagtail's default welcome page" in out
        home = NetworkHomePage.objects.get(locale__language_code="pl")
        assert home.title == "Zawsze pomocni"
        assert home.locale.language_code == "pl"
        assert home.intro.startswith("<p>")
        site = Site.objects.get()
        assert (site.hostname, site.port, site.is_default_site) == ("localhost", 80, True)
        assert (site.site_name, site.root_page_id) == ("Zawsze pomocni", home.pk)
        network_settings = NetworkSettings.objects.get(site=site)
        assert "ul. Grzybowska 80/82" in network_settings.postal_address
        assert network_settings.contact_email.endswith(".example")
        assert [item.award.slug for item in home.featured_awards.all()] == [
            "zawsze-pomocni",
            "nagroda-specjalna-ministra",
            "dobra-praktyka-sieci",
        ]
        assert AwardIndexPage.objects.child_of(home).get().slug == "nagrody"
        assert set(StandardPage.objects.child_of(home).values_list("title", flat=True)) == {
            "O sieci",
            "Polityka prywatności",
            "Kontakt",
        }
        statement = AccessibilityStatementPage.objects.child_of(home).get()
        assert (statement.title, statement.live) == ("Deklaracja dostępności", True)

    def test_the_awards_are_honest_about_who_gives_them(self, real_network):
        zawsze = Award.objects.get(locale__language_code="pl", slug="zawsze-pomocni")
        assert "Marszałek Województwa Mazowieckiego" in zawsze.awarding_body
        assert "Mazowieckiego Centrum Polityki Społecznej" in zawsze.awarding_body
        assert (zawsze.level, zawsze.category, zawsze.locale.language_code) == (
            "regional",
            "team",
            "pl",
        )
        minister = Award.objects.get(locale__language_code="pl", slug="nagroda-specjalna-ministra")
        assert (minister.level, minister.category) == ("national", "team")
        assert "21 listopada" in minister.description
        own = Award.objects.get(locale__language_code="pl", slug="dobra-praktyka-sieci")
        assert "nie nagroda zewnętrzna" in own.description
        assert minister_title(2014) == "Minister Pracy i Polityki Społecznej"
        assert minister_title(2018) == "Minister Rodziny, Pracy i Polityki Społecznej"

    def test_the_five_real_centres_and_their_facts(self, real_network):
        assert set(CentrePage.objects.values_list("slug", flat=True)) == REAL_CENTRE_SLUGS
        assert AwardStoryPage.objects.filter(locale__language_code="pl").count() == 6

        domanice = centre("gops-domanice")
        assert (domanice.kind, domanice.county) == ("GOPS", "siedlecki")
        assert domanice.voivodeship == Voivodeship.MAZOWIECKIE
        [story] = stories_of("gops-domanice")
        assert story.award.slug == "zawsze-pomocni"
        assert story.date_awarded == datetime.date(2014, 11, 25)
        assert "Pałac Kultury i Nauki" in story.ceremony_place
        assert "Marszałek Województwa Mazowieckiego" in story.conferred_by
        [project] = story.projects.all()
        assert project.name == "Szansa na lepszą przyszłość"
        assert (project.priority, project.action, project.sub_action) == ("VII", "7.1", "7.1.1")
        assert project.fund == "Europejski Fundusz Społeczny"
        assert project.start_date is None  # only the year is known
        assert "od 2009 roku" in project.results
        groups = {group.label: group.count for group in project.participant_groups.all()}
        assert groups == {"osoby bezrobotne": 32, "osoby nieaktywne zawodowo": 22}
        assert project.participants_total == 54

        marki = centre("ops-marki")
        assert (marki.county, marki.voivodeship) == ("wołomiński", Voivodeship.MAZOWIECKIE)
        zawsze, minister = stories_of("ops-marki")
        assert (zawsze.award.slug, zawsze.date_awarded) == (
            "zawsze-pomocni",
            datetime.date(2018, 11, 7),
        )
        assert minister.award.slug == "nagroda-specjalna-ministra"
        assert minister.date_awarded == datetime.date(2018, 11, 21)
        assert minister.conferred_by == "Minister Rodziny, Pracy i Polityki Społecznej"
        assert "Odzyskać Dziecko" in str(minister.body)
        assert "mieszkanie chronione" in str(minister.body)

        jaslo = centre("mops-jaslo")
        assert (jaslo.voivodeship, jaslo.county, jaslo.kind) == (
            Voivodeship.PODKARPACKIE,
            "jasielski",
            "MOPS",
        )
        [story] = stories_of("mops-jaslo")
        assert story.date_awarded == datetime.date(2014, 11, 21)
        assert story.conferred_by == "Minister Pracy i Polityki Społecznej"
        assert "Pałac Prezydencki" in story.ceremony_place
        assert story.projects.get().name == "Czas na aktywność w Jaśle"

        szklarska = centre("mops-szklarska-poreba")
        assert (szklarska.street_address, szklarska.postal_code, szklarska.city) == (
            "ul. Jedności Narodowej 11",
            "58-580",
            "Szklarska Poręba",
        )
        assert (szklarska.county, szklarska.voivodeship) == (
            "jeleniogórski",
            Voivodeship.DOLNOSLASKIE,
        )
        [story] = stories_of("mops-szklarska-poreba")
        assert story.award.slug == "dobra-praktyka-sieci"  # no external award is made up
        assert "21 edukatorów" in story.lead
        assert "Leeds" in str(story.body)

        chocianow = centre("ops-chocianow")
        assert (chocianow.county, chocianow.voivodeship) == (
            "polkowicki",
            Voivodeship.DOLNOSLASKIE,
        )
        [story] = stories_of("ops-chocianow")
        assert story.award.slug == "dobra-praktyka-sieci"
        project = story.projects.get()
        assert (project.start_date, project.end_date) == (
            datetime.date(2012, 4, 1),
            datetime.date(2012, 12, 31),
        )
        assert project.participants_total == 8

    def test_real_stories_are_full_and_galleries_have_photos(self, real_network):
        for slug in REAL_CENTRE_SLUGS:
            for story in stories_of(slug):
                block_types = {block.block_type for block in story.body}
                assert {"paragraph", "heading", "key_figures", "image"} <= block_types, story.title
                assert story.hero_image is not None
                assert story.lead
            gallery = GalleryPage.objects.get(centre=centre(slug))
            assert 4 <= gallery.photos.count() <= 6
        assert any(
            block.block_type == "quote"
            for story in AwardStoryPage.objects.all()
            for block in story.body
        )

    def test_the_network_pages_render(self, client, real_network):
        home = NetworkHomePage.objects.get(locale__language_code="pl")
        assert home.get_url() == "/pl/"
        for page in [home, *StandardPage.objects.child_of(home)]:
            response = client.get(page.get_url())
            assert response.status_code == 200, page.url_path
            assert page.title in response.content.decode()

    def test_the_real_centres_are_published_in_english_and_ukrainian(self, client, real_network):
        polish = Page.objects.filter(depth__gt=1, locale__language_code="pl").specific()
        for page in polish:
            for code in ("en", "uk"):
                translation = page.get_translation(Locale.objects.get(language_code=code))
                assert translation.live, (code, page.url_path)
                response = client.get(translation.get_url())
                assert response.status_code == 200, translation.url_path
                assert f'<html lang="{code}"' in response.content.decode()
        english_award = Award.objects.get(
            locale__language_code="en", slug="nagroda-specjalna-ministra"
        )
        assert english_award.name == "Minister's Special Award"
        story = AwardStoryPage.objects.get(locale__language_code="uk", slug="zawsze-pomocni-2014")
        assert story.title.startswith("Відзнака")
        assert story.award.locale.language_code == "uk"

    def test_no_admin_without_debug_unless_a_password_is_given(self, real_network):
        assert "Demo admin not created: DEBUG is off" in real_network.err
        assert not get_user_model().objects.filter(username="admin").exists()

        out, _ = load("--no-generated", "--admin-password", "zielona-pomoc-2014")
        admin = get_user_model().objects.get(username="admin")
        assert admin.is_superuser and admin.check_password("zielona-pomoc-2014")
        assert "zielona-pomoc-2014" not in out


@pytest.mark.django_db
def test_a_changed_wagtail_default_site_is_left_alone(media_root):
    Site.objects.update(site_name="Nasza strona")

    out, _ = load("--no-generated")

    welcome = Page.objects.get(slug="home", depth=2)
    assert Site.objects.get().root_page_id == welcome.pk
    assert NetworkHomePage.objects.filter(locale__language_code="pl").count() == 1
    assert not NetworkSettings.objects.exists()
    assert "serves another page" in out


@pytest.mark.django_db
class TestTheDemoTeamWithDebugOn:
    """One ``--no-generated`` load into an untouched database, DEBUG on; each test runs it
    a second time in its own transaction."""

    def test_the_demo_admin_gets_a_random_password_once(self, settings, real_network_with_debug):
        settings.DEBUG = True

        out = real_network_with_debug.out
        password = re.search(r"login: admin  password: (\S+)", out).group(1)
        admin = get_user_model().objects.get(username="admin")
        assert admin.is_superuser and admin.check_password(password)
        hashed = admin.password

        out, _ = load("--no-generated", "--admin-password", "inne-haslo-2018")
        assert "already exists; its password is unchanged" in out
        assert "manage.py changepassword admin" in out
        admin.refresh_from_db()
        assert admin.password == hashed

    def test_the_demo_team_can_try_the_approval_loop_at_once(
        self, client, settings, real_network_with_debug
    ):
        settings.DEBUG = True

        out = real_network_with_debug.out

        password = re.search(r"Demo logins \(password for all: (\S+)\)", out).group(1)
        users = get_user_model().objects.exclude(username="admin")
        assert {(user.username, user.groups.get().name) for user in users} == {
            ("recenzent", REVIEWERS),
            *((f"redaktor-{slug}", f"{centre(slug).title}: editors") for slug in REAL_CENTRE_SLUGS),
        }
        assert all(user.check_password(password) for user in users)
        pending = WorkflowState.objects.get(status=WorkflowState.STATUS_IN_PROGRESS)
        draft = pending.content_object
        assert draft.get_parent().slug == "gops-domanice" and not draft.live
        assert pending.requested_by.username == "redaktor-gops-domanice"
        assert client.get(f"/pl/gops-domanice/{draft.slug}/").status_code == 404
        domanice_photos = NetworkImage.objects.filter(collection__name="GOPS Domanice")
        assert domanice_photos.exists()

        out, _ = load("--no-generated")

        assert "they already existed; passwords unchanged" in out
        assert WorkflowState.objects.count() == 1
        assert get_user_model().objects.count() == users.count() + 1


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
