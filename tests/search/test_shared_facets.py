"""The award index and the search page read their common facets alike (``awards.facets``).

The same value of award, year, centre, region or page is taken, or ignored
with the same notice, on both pages. On the database backend: what is read
from the URL does not depend on the engine.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from awards.factories import AwardFactory, AwardStoryPageFactory, CentrePageFactory
from search.backends import database_backend

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(settings, home_page, award_index):
    """The two pages' addresses, over a network of seven pages (one page of results on each)."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": database_backend()}
    domanice = CentrePageFactory(parent=home_page, slug="gops-domanice", voivodeship="mazowieckie")
    jaslo = CentrePageFactory(parent=home_page, slug="mops-jaslo", voivodeship="podkarpackie")
    zawsze = AwardFactory(name="Zawsze pomocni", slug="zawsze-pomocni")
    minister = AwardFactory(name="Nagroda specjalna Ministra", slug="nagroda-ministra")
    for centre, award, date in [
        (domanice, zawsze, datetime.date(2014, 11, 25)),
        (jaslo, minister, datetime.date(2014, 11, 21)),
        (jaslo, zawsze, datetime.date(2018, 11, 7)),
    ]:
        AwardStoryPageFactory(parent=centre, award=award, date_awarded=date)
    call_command("update_index", verbosity=0)
    return {"index": award_index.url, "search": "/pl/search/"}


def seen(client, path, params):
    """The notices a visitor reads and the titles listed (story cards or search results)."""
    response = client.get(path, params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    notices = [p.get_text(strip=True) for p in soup.select(".notice p")]
    titles = [h.get_text(strip=True) for h in soup.select(".card-grid h3, .search-results h3")]
    return notices, titles


@pytest.mark.parametrize(
    ("name", "value", "notice"),
    [
        ("award", "nie-ma-takiej", "Nie ma takiej nagrody; pokazujemy wszystkie nagrody."),
        ("award", "ZAWSZE-POMOCNI", "Nie ma takiej nagrody; pokazujemy wszystkie nagrody."),
        ("award", "x" * 10_000, "Nie ma takiej nagrody; pokazujemy wszystkie nagrody."),
        ("year", "abc", "Nie ma historii z tego roku; pokazujemy wszystkie lata."),
        ("year", "²", "Nie ma historii z tego roku; pokazujemy wszystkie lata."),
        ("year", "3000", "Nie ma historii z tego roku; pokazujemy wszystkie lata."),
        ("year", "9" * 20, "Nie ma historii z tego roku; pokazujemy wszystkie lata."),
        ("centre", "nowhere", "Nie ma takiego ośrodka; pokazujemy wszystkie ośrodki."),
        ("centre", "\ufffd", "Nie ma takiego ośrodka; pokazujemy wszystkie ośrodki."),
        ("region", "atlantyda", "Nie ma takiego województwa; pokazujemy wszystkie województwa."),
        ("page", "abc", "Numer strony musi być liczbą całkowitą; pokazujemy stronę 1."),
        ("page", "٢", "Numer strony musi być liczbą całkowitą; pokazujemy stronę 1."),
        ("page", "-1", "Nie ma takiej strony; pokazujemy stronę 1."),
        ("page", "999", "Jest tylko 1 strona; pokazujemy ostatnią."),
        ("page", "9" * 25, "Jest tylko 1 strona; pokazujemy ostatnią."),
    ],
)
def test_the_same_bad_value_gives_the_same_notice_on_both_pages(client, pages, name, value, notice):
    on_the_index, _stories = seen(client, pages["index"], {name: value})
    on_search, _results = seen(client, pages["search"], {name: value})

    assert on_the_index == on_search == [notice]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("award", "zawsze-pomocni"),
        ("year", "2014"),
        ("centre", "mops-jaslo"),
        ("region", "mazowieckie"),
        ("page", "1"),
    ],
)
def test_spaces_around_a_value_are_not_part_of_it_on_either_page(client, pages, name, value):
    for path in pages.values():
        plain = seen(client, path, {name: value})
        spaced = seen(client, path, {name: f" {value} "})
        blank = seen(client, path, {name: " "})
        everything = seen(client, path, {})

        assert spaced == plain
        assert plain[0] == []
        assert plain[1]
        if name != "page":
            assert plain[1] != everything[1]  # the filter is applied
        assert blank == everything
        assert blank[0] == []


def test_a_year_with_leading_zeros_is_that_year_on_both_pages(client, pages):
    for path in pages.values():
        assert seen(client, path, {"year": "02014"}) == seen(client, path, {"year": "2014"})
