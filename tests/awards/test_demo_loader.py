"""``manage.py load_demo_network``: the real centres, their facts and translations, the
demo team, and a Wagtail Site someone changed (see ``demo_loading`` for the shared loads)."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site, WorkflowState

from awards.choices import Voivodeship
from awards.demo.reading import network
from awards.models import Award, AwardIndexPage, AwardStoryPage, CentrePage, GalleryPage
from awards.roles import REVIEWERS
from home.models import (
    AccessibilityStatementPage,
    NetworkHomePage,
    NetworkImage,
    NetworkSettings,
    StandardPage,
)

from .demo_loading import REAL_CENTRE_SLUGS, centre, load, shared_load, stories_of


@pytest.fixture
def media_root(settings, tmp_path):
    """Keep photos and renditions out of the repository (one folder for both storages)."""
    settings.MEDIA_ROOT = settings.PHOTOS_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture(scope="class")
def real_network(django_db_setup, django_db_blocker, tmp_path_factory):
    """``load_demo_network --no-generated`` into an untouched database, DEBUG off."""
    yield from shared_load(django_db_blocker, tmp_path_factory, "--no-generated")


@pytest.fixture(scope="class")
def real_network_with_debug(django_db_setup, django_db_blocker, tmp_path_factory):
    """``load_demo_network --no-generated`` into an untouched database, DEBUG on."""
    yield from shared_load(django_db_blocker, tmp_path_factory, "--no-generated", DEBUG=True)


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
        assert network().minister_title(2014) == "Minister Pracy i Polityki Społecznej"
        assert network().minister_title(2018) == "Minister Rodziny, Pracy i Polityki Społecznej"

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
