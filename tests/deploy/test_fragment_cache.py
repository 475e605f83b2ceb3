"""A page is rendered once and reused until the content changes; its route too.

caching/generation.py keeps the rendered page, caching/routes.py where its
address leads. Readers must never see the difference, except in speed.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from home.models import EUMarkingSettings, NetworkSettings
from tests.publishing import publish

pytestmark = pytest.mark.django_db

STORY = "/pl/ops-marki/nagroda-2018/"

#: A page served again: the remembered route (1), Wagtail's view restrictions (2)
#: and the page's locale for the language check (1); rendering it takes many more.
SERVED_AGAIN_QUERIES = 4


@pytest.fixture(autouse=True)
def settings_rows(network):
    """As on a running site: made on the first view, they would start a new generation."""
    NetworkSettings.for_site(Site.objects.get(is_default_site=True))
    EUMarkingSettings.load()


def render(client, path=STORY):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


@pytest.mark.parametrize("name", ["home", "index", "centre", "story"])
def test_a_page_served_again_is_the_same_page_from_four_queries(client, network, name):
    path = network[name].url
    first, first_queries = render(client, path)
    second, second_queries = render(client, path)

    assert second == first
    assert second_queries <= SERVED_AGAIN_QUERIES < first_queries


def test_a_new_release_renders_every_page_afresh(client, network, settings):
    """After a deploy readers get the new code's HTML, not the previous release's."""
    settings.RELEASE = "release-1"
    render(client)
    assert render(client)[1] <= SERVED_AGAIN_QUERIES

    settings.RELEASE = "release-2"

    assert render(client)[1] > SERVED_AGAIN_QUERIES


def test_with_the_page_cache_off_every_view_is_rendered_afresh(client, network, settings):
    """As under `make run`, where templates change beneath the running server."""
    settings.PAGE_CACHE = False
    render(client)

    assert render(client)[1] > SERVED_AGAIN_QUERIES


def test_a_new_revision_shows_at_once(client, network):
    render(client)
    story = network["story"]
    story.lead = "Nowy lead po poprawce."

    publish(story)

    assert "Nowy lead po poprawce." in render(client)[0]


def test_a_renamed_award_or_centre_shows_at_once(client, network):
    render(client)
    award = network["story"].award
    award.name = "Nagroda Ministra (nowa nazwa)"
    award.save()
    centre = network["centre"]
    centre.title = "OPS w Markach"
    publish(centre)

    html = render(client)[0]

    assert "Nagroda Ministra (nowa nazwa)" in html
    assert "OPS w Markach" in html


def test_a_draft_being_written_shows_nothing_and_keeps_the_cached_page(client, network):
    before = render(client)[0]
    story = network["story"]
    story.lead = "Szkic, jeszcze nie opublikowany."
    story.save_revision()

    html, queries = render(client)

    assert html == before
    assert queries <= SERVED_AGAIN_QUERIES


def test_a_preview_shows_the_draft_not_the_cached_page(client, network):
    render(client)
    draft = network["story"]
    draft.lead = "Szkic, jeszcze nie opublikowany."

    preview = draft.make_preview_request()

    assert "Szkic, jeszcze nie opublikowany." in preview.content.decode()
    assert "Szkic, jeszcze nie opublikowany." not in render(client)[0]


def test_a_new_slug_moves_the_page_at_once(client, network):
    render(client)
    story = network["story"]
    story.slug = "nagroda-ministra-2018"
    publish(story)

    assert client.get(STORY).status_code == 404
    assert (
        "Nagroda specjalna Ministra 2018"
        in render(client, "/pl/ops-marki/nagroda-ministra-2018/")[0]
    )


def test_a_moved_page_answers_at_its_new_address(client, network, home_page):
    render(client)
    network["story"].move(home_page, pos="last-child")

    old_address = client.get(STORY)
    assert old_address.status_code == 301  # Wagtail's redirect, made on the move
    assert old_address["Location"] == "/pl/nagroda-2018/"
    assert "Nagroda specjalna Ministra 2018" in render(client, "/pl/nagroda-2018/")[0]


def test_an_unpublished_page_is_gone_at_once(client, network):
    render(client)
    network["story"].unpublish()

    assert client.get(STORY).status_code == 404


def test_filters_in_the_query_string_are_never_answered_from_the_cache(client, network):
    index = network["index"].url
    render(client, index)

    filtered, _ = render(client, f"{index}?region=slaskie")  # Marki is in Mazowieckie

    assert "Nagroda specjalna Ministra 2018" not in filtered
    assert "Nagroda specjalna Ministra 2018" in render(client, index)[0]


def test_an_editor_gets_the_user_bar_on_a_cached_page_and_readers_never_do(
    client, network, django_user_model
):
    render(client)
    editor = django_user_model.objects.create_superuser("ed", "ed@example.com", "x")

    client.force_login(editor)
    for_editor = render(client)[0]
    client.logout()
    for_reader = render(client)[0]

    assert "wagtail-userbar" in for_editor
    assert "wagtail-userbar" not in for_reader
