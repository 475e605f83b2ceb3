"""The guards in ``awards.wagtail_hooks`` refuse only what the user may not do anyway.

Moves, bulk actions and converting a translation to an alias still work for
the regional reviewers, and for A's editor within A.
"""

import pytest
from django.urls import reverse

from tests.awards.isolation.admin_helpers import bulk_url, text
from tests.awards.isolation.two_centres import reload

pytestmark = pytest.mark.django_db


# --- The guards in awards.wagtail_hooks refuse only what the user may not do anyway ---


def test_moves_the_user_may_make_are_still_confirmed_and_made(
    editor, reviewer_client, centre_a, centre_b
):
    own_move = reverse(
        "wagtailadmin_pages:move_confirm", args=[centre_a.draft.pk, centre_a.live.pk]
    )
    reviewer_move = reverse(
        "wagtailadmin_pages:move_confirm", args=[centre_b.draft.pk, centre_a.page.pk]
    )

    assert editor.get(own_move).status_code == 200
    assert editor.post(own_move).status_code == 302
    assert reviewer_client.get(reviewer_move).status_code == 200
    assert reviewer_client.post(reviewer_move).status_code == 302

    assert reload(centre_a.draft).get_parent().pk == centre_a.live.pk
    assert reload(centre_b.draft).get_parent().pk == centre_a.page.pk


def test_bulk_actions_still_name_own_pages_and_work_for_reviewers(
    editor, reviewer_client, centre_a, centre_b
):
    own = editor.get(bulk_url("unpublish", centre_a.live))
    reviewers_view = reviewer_client.get(bulk_url("publish", centre_b.draft))
    published = reviewer_client.post(bulk_url("publish", centre_b.draft), {})

    assert centre_a.live.title in text(own)  # "you may not unpublish this page"
    assert centre_b.draft.title in text(reviewers_view)
    assert published.status_code == 302
    assert reload(centre_b.draft).live


def test_reviewer_may_still_convert_a_translation_to_an_alias(reviewer_client, centre_a):
    english = centre_a.english()
    url = reverse("wagtail_localize:convert_to_alias", args=[english.pk])

    assert reviewer_client.get(url).status_code == 200
    response = reviewer_client.post(url)

    assert response.status_code == 302
    english = reload(english)
    assert english.alias_of_id == centre_a.live.pk and english.live
