"""An approval publishes exactly what the reviewer saw, and nothing changes it meanwhile.

Attacks by centre A's editor (a plain user in A's editors' group) on A's own
page while a change to it waits in "Regional approval": the admin API's page
actions, and a translation submitted with a broken override. And the
reviewer's Approve itself: it refuses a latest revision that was never
submitted, whatever route made it.
"""

import json

import pytest
from django.urls import reverse
from wagtail.models import Locale, TaskState, WorkflowState
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    Translation,
    TranslationSource,
)

from tests.awards.isolation.admin_helpers import nothing_changes, text
from tests.awards.isolation.two_centres import reload
from tests.security.networks import logged_in, rolled_back_network

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def approval_network(django_db_setup, django_db_blocker, tmp_path_factory):
    with rolled_back_network(django_db_blocker, tmp_path_factory.mktemp("media")) as network:
        yield network


@pytest.fixture
def centre(approval_network):
    return approval_network.a


@pytest.fixture
def editor(centre):
    return logged_in(centre.editor)


@pytest.fixture
def reviewer(approval_network):
    return logged_in(approval_network.reviewer)


def api_action(client, page, action, **payload):
    return client.post(
        f"/admin/api/main/pages/{page.pk}/action/{action}/",
        json.dumps(payload),
        content_type="application/json",
    )


def approve(client, centre):
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[centre.moderated.pk, "approve", centre.task_state.pk],
    )
    return client.post(url, {"comment": ""}, follow=True)


# --- The admin API's page actions: the admin UI uses none of them ---

API_ACTIONS = {
    # Changed the change in moderation: the reviewer's Approve then published the reverted text.
    "revert_to_page_revision": lambda c: {"revision_id": c.moderated.live_revision_id},
    # Made a page the editor's own tree did not ask for, bypassing the copy form's rules.
    "copy": lambda c: {
        "destination_page_id": c.page.pk,
        "slug": "kopia",
        "title": "Kopia",
        "keep_live": False,
    },
    "create_alias": lambda c: {"destination_page_id": c.page.pk, "update_slug": "alias"},
    "copy_for_translation": lambda c: {"locale": "en", "alias": True},
    "publish": lambda c: {},
    "unpublish": lambda c: {},
    "delete": lambda c: {},
    "move": lambda c: {"destination_page_id": c.live.pk},
    "convert_alias": lambda c: {},
}
SWITCHED_OFF = "Operacje na stronach nie są dostępne przez API panelu; użyj edytora strony."


@pytest.mark.parametrize("action", API_ACTIONS)
def test_admin_api_page_actions_are_switched_off(editor, centre, action):
    Locale.objects.get_or_create(language_code="en")

    with nothing_changes():
        response = api_action(editor, centre.moderated, action, **API_ACTIONS[action](centre))

    assert response.status_code == 403
    assert response.json() == {"detail": SWITCHED_OFF}


def test_reverting_through_the_admin_api_cannot_change_what_the_reviewer_approves(
    editor, reviewer, centre, client
):
    submitted = centre.moderated.latest_revision

    reverted = api_action(
        editor,
        centre.moderated,
        "revert_to_page_revision",
        revision_id=centre.moderated.live_revision_id,
    )
    approved = approve(reviewer, centre)

    assert reverted.status_code == 403
    assert approved.status_code == 200
    page = reload(centre.moderated)
    assert page.live_revision_id == submitted.pk
    assert page.title == centre.moderated.draft_title
    assert centre.pending.intro in text(client.get(page.url))


# --- The reviewer's Approve publishes the revision submitted to the task, or nothing ---

CHANGED_SINCE_SUBMITTED = "zmieniła się od zgłoszenia do akceptacji"


def test_approval_refuses_a_latest_revision_that_was_not_submitted(reviewer, centre, client):
    # A revision made behind the workflow's back, by whatever route might still exist.
    page = reload(centre.moderated)
    page.intro = "Numer konta do wpłat: 00 1111 2222."
    page.save_revision(user=centre.editor)

    response = approve(reviewer, centre)

    assert response.status_code == 200
    assert CHANGED_SINCE_SUBMITTED in text(response)
    page = reload(centre.moderated)
    assert page.live_revision_id == centre.moderated.live_revision_id
    assert "00 1111 2222" not in text(client.get(page.url))
    task_state = TaskState.objects.get(pk=centre.task_state.pk)
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


# --- "Submit translation for approval" with an override that cannot be saved ---

BROKEN_OVERRIDE = "Nie można zapisać tłumaczenia"


def english_with_a_photo(centre, reviewer_user):
    """A's live page with a photo in its body, and its English draft translation."""
    page = reload(centre.live)
    page.body = [("image", {"image": centre.image, "caption": "Zajęcia", "credit": ""})]
    page.save_revision(user=reviewer_user).publish(user=reviewer_user)
    english = centre.english()
    TranslationSource.update_or_create_from_instance(reload(centre.live))
    return english


@pytest.mark.parametrize("value", ["999999", "nie-liczba"])
def test_a_translation_with_a_broken_photo_override_is_refused_with_a_message(
    editor, approval_network, centre, value
):
    english = english_with_a_photo(centre, approval_network.reviewer)
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale=english.locale
    )
    segment = OverridableSegment.objects.get(source=translation.source)
    override_url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
    # The translation editor's own request for "use another image" refuses it at once...
    saved = editor.put(
        override_url, f"value={value}", content_type="application/x-www-form-urlencoded"
    )
    assert saved.status_code == 400
    assert "Nie można zapisać tłumaczenia" in saved.json()["error"]
    assert not SegmentOverride.objects.filter(context=segment.context).exists()
    # ...but one stored before that check, or whose photo was deleted since, stays.
    SegmentOverride.objects.create(
        locale=english.locale, context=segment.context, data_json=json.dumps(value)
    )

    with nothing_changes():
        response = editor.post(reverse("home_submit_translation", args=[english.pk]), follow=True)

    assert response.status_code == 200
    assert BROKEN_OVERRIDE in text(response)
    assert not WorkflowState.objects.filter(object_id=str(english.pk)).exists()
