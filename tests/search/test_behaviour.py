"""One search behaviour on every backend (see conftest.py for which run here).

Each test asserts what a visitor sees on /pl/search/: which stories are
listed, in which order, with which facet counts and notices.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from .conftest import refresh, visit

pytestmark = pytest.mark.django_db


def test_inflected_query_finds_the_story_in_its_base_form(client, network):
    # "nagrodę ministra" (accusative, genitive) -> "Nagroda specjalna Ministra".
    page = visit(client, q="nagrodę ministra")
    assert page.status == 200
    assert set(page.titles) == {network.s_jaslo.title, network.s_chocianow.title}
    assert page.titles[0] == network.s_jaslo.title  # the title says it, not only the award


def test_query_without_diacritics_and_inflected(client, network):
    page = visit(client, q="osrodka pomocy spolecznej w Jasle")
    # The centre ("Miejski Ośrodek Pomocy Społecznej w Jaśle") and its story.
    assert set(page.titles) == {network.jaslo.title, network.s_jaslo.title}


def test_every_word_must_match_in_some_form(client, network):
    assert visit(client, q="wolontariuszy Chocianów").titles == [network.s_chocianow.title]
    assert visit(client, q="wolontariusze Domanice").titles == []


def test_drafts_and_private_pages_are_never_found(client, network):
    titles = visit(client, q="nagroda ministra").titles
    assert network.draft.title not in titles
    assert network.private.title not in titles


def test_facets_count_and_combine_with_the_query_and_each_other(client, network):
    page = visit(client, q="nagroda")
    awards = {label: count for label, count, _selected in page.facets["award"]}
    assert awards == {"Nagroda specjalna Ministra": 2}

    browse = visit(client)  # no query: browse everything
    awards = {label: count for label, count, _selected in browse.facets["award"]}
    assert awards == {"Nagroda specjalna Ministra": 2, "Zawsze pomocni": 2}
    regions = {label: count for label, count, _selected in browse.facets["region"]}
    assert regions["podkarpackie"] == 3  # the centre and its two stories
    years = {label: count for label, count, _selected in browse.facets["year"]}
    assert years == {"2012": 1, "2014": 2, "2016": 1}

    both = visit(client, award="nagroda-specjalna-ministra", year="2014")
    assert both.titles == [network.s_jaslo.title]
    selected = [label for label, _count, chosen in both.facets["award"] if chosen]
    assert selected == ["Nagroda specjalna Ministra"]

    region = visit(client, q="wolontariusze", region="podkarpackie")
    assert region.titles == [network.s_wolontariat.title]
    centre = visit(client, centre="ops-chocianow", type="awardstorypage")
    assert centre.titles == [network.s_chocianow.title]


def test_ordering_by_relevance_or_by_date(client, network):
    relevance = visit(client, q="wolontariusze")
    assert set(relevance.titles) == {network.s_wolontariat.title, network.s_chocianow.title}
    by_date = visit(client, q="wolontariusze", order="date")
    assert by_date.titles == [network.s_wolontariat.title, network.s_chocianow.title]
    by_date = visit(client, q="nagroda ministra", order="date")
    assert by_date.titles == [network.s_jaslo.title, network.s_chocianow.title]
    newest = visit(client, type="awardstorypage")
    assert newest.titles == [
        network.s_wolontariat.title,
        network.s_domanice.title,
        network.s_jaslo.title,
        network.s_chocianow.title,
    ]


def test_autocomplete_suggests_titles_without_diacritics(client, network):
    response = client.get("/pl/search/", {"format": "suggestions", "q": "jasl"})
    titles = [s["title"] for s in response.json()["suggestions"]]
    assert set(titles) == {"MOPS Jasło", network.s_jaslo.title, network.s_wolontariat.title}
    urls = [s["url"] for s in response.json()["suggestions"]]
    assert "/pl/mops-jaslo/" in urls


def test_publishing_unpublishing_moving_and_deleting_show_at_once(client, network):
    network.s_jaslo.unpublish()
    refresh()
    assert network.s_jaslo.title not in visit(client, q="nagroda ministra").titles

    network.draft.save_revision().publish()
    refresh()
    assert network.draft.title in visit(client, q="nagroda ministra").titles

    network.s_wolontariat.move(network.domanice, pos="last-child")
    refresh()
    moved = visit(client, q="wolontariat", centre="gops-domanice")
    assert moved.titles == [network.s_wolontariat.title]

    Page.objects.get(pk=network.s_chocianow.pk).delete()
    refresh()
    assert network.s_chocianow.title not in visit(client, q="wolontariusze").titles


BAD_INPUT = [
    {"q": ""},
    {"q": "x" * 10_000},
    {"q": '"'},
    {"q": "("},
    {"q": "*"},
    {"q": "~"},
    {"q": "\\"},
    {"q": "NEAR("},
    {"q": "AND OR"},
    {"q": '"nagroda ministra'},
    {"q": "nagroda\x00"},
    {"q": "nagroda", "award": "no-such-award", "centre": "nowhere", "region": "atlantis"},
    {"q": "nagroda", "year": "abc", "type": "nothing", "order": "sideways"},
    {"q": "nagroda", "page": "-1"},
    {"q": "nagroda", "page": "999"},
    {"q": "nagroda", "page": "x" * 1000},
    {"format": "suggestions", "q": "(*~\\"},
]


def test_bad_input_never_gives_an_error_page(client, network):
    for params in BAD_INPUT:
        response = client.get("/pl/search/", params)
        assert response.status_code == 200, params


def test_bad_input_is_reported_and_ignored(client, network):
    page = visit(client, q="nagroda", award="no-such-award", page="999")
    assert set(page.titles) == {network.s_jaslo.title, network.s_chocianow.title}
    assert len(page.notices) == 2


def test_a_search_never_writes_to_the_database(client, network):
    with CaptureQueriesContext(connection) as queries:
        visit(client, q="nagrodę ministra", award="nagroda-specjalna-ministra", order="date")
        client.get("/pl/search/", {"format": "suggestions", "q": "jasl"})
    statements = [query["sql"].lstrip().split()[0].upper() for query in queries.captured_queries]
    assert statements
    assert set(statements) <= {"SELECT"}, statements
