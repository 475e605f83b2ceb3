"""Every page type renders as a visitor sees it, with the facts it promises."""

import datetime

import pytest
from wagtail.models import Page

from awards.factories import (
    AwardFactory,
    AwardStoryPageFactory,
    CentrePageFactory,
    GalleryPhotoFactory,
    ProjectFactory,
)
from home.factories import NetworkImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def domanice(home_page, award_index):
    image = NetworkImageFactory(description="Pracownicy ośrodka z dyplomem", credit="Jan Nowak")
    centre = CentrePageFactory(
        parent=home_page,
        title="GOPS Domanice",
        slug="gops-domanice",
        official_name="Gminny Ośrodek Pomocy Społecznej w Domanicach",
        phone="25 000 00 00",
        email="gops@domanice.example",
        bip_url="https://bip.domanice.example/",
        logo=image,
    )
    project = ProjectFactory(name="Szansa na lepszą przyszłość")
    project.participant_groups.create(label="osoby bezrobotne", count=32)
    project.participant_groups.create(label="osoby nieaktywne zawodowo", count=22)
    story = AwardStoryPageFactory(
        parent=centre,
        title="Zawsze pomocni 2014",
        slug="zawsze-pomocni-2014",
        award=AwardFactory(name="Zawsze pomocni", slug="zawsze-pomocni"),
        date_awarded=datetime.date(2014, 11, 25),
        ceremony_place="Pałac Kultury i Nauki, Warszawa",
        conferred_by="Marszałek Województwa Mazowieckiego",
        hero_image=image,
        body=[
            ("heading", {"text": "Szansa na lepszą przyszłość", "level": "h2"}),
            ("paragraph", "<p>Projekt prowadzimy od 2009 roku.</p>"),
            ("quote", {"quote": "Razem możemy więcej.", "attribution": "Kierownik GOPS"}),
            ("image", {"image": image, "caption": "Konferencja w PKiN", "credit": ""}),
            (
                "key_figures",
                {"title": "Uczestnicy", "figures": [{"value": "54", "label": "uczestników"}]},
            ),
        ],
    )
    story.projects.add(project)
    story.save()
    gallery_photo = GalleryPhotoFactory(
        page__parent=centre, page__title="Gala w Warszawie", image=image, caption="Gala"
    )
    about = StandardPageFactory(parent=centre, title="O ośrodku", intro="Kim jesteśmy.")
    return {
        "home": home_page,
        "index": award_index,
        "centre": centre,
        "story": story,
        "gallery": gallery_photo.page,
        "standard": about,
    }


def html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page
    return response.content.decode()


def test_every_page_type_in_the_network_renders(client, domanice):
    rendered_types = {
        type(page.specific).__name__
        for page in Page.objects.filter(depth__gt=1)
        if html(client, page.specific)
    }

    assert rendered_types == {
        "NetworkHomePage",
        "AwardIndexPage",
        "CentrePage",
        "AwardStoryPage",
        "GalleryPage",
        "StandardPage",
    }


def test_story_shows_award_centre_dates_body_and_project(client, domanice):
    page = html(client, domanice["story"])

    for fact in [
        "Zawsze pomocni 2014",
        "Zawsze pomocni",
        "GOPS Domanice",
        "25 listopada 2014",
        "Pałac Kultury i Nauki, Warszawa",
        "Marszałek Województwa Mazowieckiego",
        "Projekt prowadzimy od 2009 roku.",
        "Razem możemy więcej.",
        "Szansa na lepszą przyszłość",
        "54",
        'alt="Pracownicy ośrodka z dyplomem"',
        "Jan Nowak",
    ]:
        assert fact in page, fact
    assert f'href="{domanice["centre"].url}"' in page


def test_centre_shows_contact_stories_and_galleries(client, domanice):
    page = html(client, domanice["centre"])

    for fact in [
        "Gminny Ośrodek Pomocy Społecznej w Domanicach",
        'href="tel:',
        'href="mailto:gops@domanice.example"',
        "https://bip.domanice.example/",
        domanice["story"].url,
        domanice["gallery"].url,
    ]:
        assert fact in page, fact


def test_home_lists_latest_stories_and_centres_by_voivodeship(client, domanice):
    page = html(client, domanice["home"])

    assert domanice["story"].url in page
    assert domanice["centre"].url in page
    assert "mazowieckie" in page


def test_gallery_links_every_photo_without_javascript(client, domanice):
    page = html(client, domanice["gallery"])

    assert page.count("<figure") >= 1
    assert "Gala" in page and "Jan Nowak" in page
    assert "/photos/images/" in page  # each thumbnail links to a large rendition


def test_every_page_has_the_basics_of_an_accessible_shareable_page(client, domanice):
    for name, page in domanice.items():
        text = html(client, page)
        assert '<html lang="pl"' in text, name
        assert 'class="skip-link" href="#main"' in text, name
        assert 'id="main"' in text, name
        assert '<meta name="description"' in text, name
        assert '<meta property="og:title"' in text, name
        assert 'rel="icon"' in text, name


def test_unknown_address_is_a_404(client, domanice):
    assert client.get(domanice["centre"].url + "nie-ma-takiej-strony/").status_code == 404
