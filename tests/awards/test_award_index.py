"""The award index: every story in the network, filtered through URL parameters."""

import datetime

import pytest

from awards.factories import AwardFactory, AwardStoryPageFactory, CentrePageFactory
from awards.models.index import STORIES_PER_PAGE

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(home_page, award_index):
    """Two centres in two voivodeships, two awards, stories over three years."""
    domanice = CentrePageFactory(parent=home_page, slug="gops-domanice", voivodeship="mazowieckie")
    jaslo = CentrePageFactory(parent=home_page, slug="mops-jaslo", voivodeship="podkarpackie")
    zawsze = AwardFactory(name="Zawsze pomocni", slug="zawsze-pomocni")
    minister = AwardFactory(name="Nagroda specjalna Ministra", slug="nagroda-ministra")
    stories = {
        "domanice-2014": AwardStoryPageFactory(
            parent=domanice, award=zawsze, date_awarded=datetime.date(2014, 11, 25)
        ),
        "jaslo-2014": AwardStoryPageFactory(
            parent=jaslo, award=minister, date_awarded=datetime.date(2014, 11, 21)
        ),
        "jaslo-2018": AwardStoryPageFactory(
            parent=jaslo, award=zawsze, date_awarded=datetime.date(2018, 11, 7)
        ),
    }
    return award_index, stories


def shown(response):
    return [story.pk for story in response.context["stories"]]


def notices(response):
    return response.context["messages_for_visitor"]


def test_lists_every_story_newest_first(client, network):
    index, stories = network

    response = client.get(index.url)

    assert response.status_code == 200
    assert shown(response) == [
        stories["jaslo-2018"].pk,
        stories["domanice-2014"].pk,
        stories["jaslo-2014"].pk,
    ]
    assert notices(response) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("award=zawsze-pomocni", ["jaslo-2018", "domanice-2014"]),
        ("year=2014", ["domanice-2014", "jaslo-2014"]),
        ("centre=mops-jaslo", ["jaslo-2018", "jaslo-2014"]),
        ("region=mazowieckie", ["domanice-2014"]),
        ("award=zawsze-pomocni&year=2014&region=mazowieckie", ["domanice-2014"]),
        ("award=nagroda-ministra&centre=gops-domanice", []),
    ],
)
def test_filters_combine(client, network, query, expected):
    index, stories = network

    response = client.get(f"{index.url}?{query}")

    assert response.status_code == 200
    assert shown(response) == [stories[key].pk for key in expected]
    assert notices(response) == []


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ("award=nie-ma-takiej", "Nie ma takiej nagrody; pokazujemy wszystkie nagrody."),
        ("year=abc", "Nie ma historii z tego roku; pokazujemy wszystkie lata."),
        ("year=1999", "Nie ma historii z tego roku; pokazujemy wszystkie lata."),
        ("centre=%00%ff", "Nie ma takiego ośrodka; pokazujemy wszystkie ośrodki."),
        ("region=atlantyda", "Nie ma takiego województwa; pokazujemy wszystkie województwa."),
        ("award=" + "x" * 10_000, "Nie ma takiej nagrody; pokazujemy wszystkie nagrody."),
        ("page=abc", "Numer strony musi być liczbą całkowitą; pokazujemy stronę 1."),
        ("page=-1", "Nie ma takiej strony; pokazujemy stronę 1."),
        ("page=999", "Jest tylko 1 strona; pokazujemy ostatnią."),
        ("page=99999999999999999999999", "Jest tylko 1 strona; pokazujemy ostatnią."),
    ],
)
def test_bad_parameters_give_the_whole_list_and_a_clear_notice(client, network, query, notice):
    index, stories = network

    response = client.get(f"{index.url}?{query}")

    assert response.status_code == 200
    assert len(shown(response)) == len(stories)
    assert notices(response) == [notice]
    assert notice in response.content.decode()


def test_a_bad_filter_keeps_the_good_ones(client, network):
    index, stories = network

    response = client.get(f"{index.url}?award=zawsze-pomocni&year=abc")

    assert shown(response) == [stories["jaslo-2018"].pk, stories["domanice-2014"].pk]
    assert len(notices(response)) == 1


def test_repeated_parameter_uses_the_last_value(client, network):
    index, stories = network

    response = client.get(f"{index.url}?year=2014&year=2018")

    assert response.status_code == 200
    assert shown(response) == [stories["jaslo-2018"].pk]


def test_pages_through_the_stories(client, home_page, award_index):
    centre = CentrePageFactory(parent=home_page)
    AwardStoryPageFactory.create_batch(STORIES_PER_PAGE + 2, parent=centre)

    first = client.get(award_index.url)
    second = client.get(f"{award_index.url}?page=2")

    assert len(shown(first)) == STORIES_PER_PAGE
    assert len(shown(second)) == 2
    assert not set(shown(first)) & set(shown(second))


def test_drafts_and_other_locales_are_not_listed(client, network):
    index, stories = network
    stories["jaslo-2018"].unpublish()

    response = client.get(index.url)

    assert stories["jaslo-2018"].pk not in shown(response)
