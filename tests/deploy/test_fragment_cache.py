"""The story's content is rendered once and reused until any content changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.publishing import publish

pytestmark = pytest.mark.django_db

STORY = "/pl/ops-marki/nagroda-2018/"


def render(client, path=STORY):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_a_story_is_rendered_again_from_its_cached_fragment(client, network):
    first, first_queries = render(client)
    second, second_queries = render(client)

    assert second == first
    assert second_queries < first_queries


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


def test_a_preview_shows_the_draft_not_the_cached_fragment(client, network):
    render(client)
    draft = network["story"]
    draft.lead = "Szkic, jeszcze nie opublikowany."

    preview = draft.make_preview_request()

    assert "Szkic, jeszcze nie opublikowany." in preview.content.decode()
    assert "Szkic, jeszcze nie opublikowany." not in render(client)[0]
