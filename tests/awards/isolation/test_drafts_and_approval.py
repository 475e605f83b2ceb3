"""What A's editor may do (drafts, submissions) and what the reviewer does with them.

Drafts stay out of public view; a submission goes to "Regional approval" and
tells the reviewers, not other centres; approval publishes exactly the
submitted change, rejection leaves the live page and tells the editor why; and
every step is in Wagtail's audit log with who and when.
"""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from awards.roles import REVIEW_TASK
from tests.awards.isolation.admin_helpers import (
    assert_not_published,
    log_actions,
    page_form,
    text,
    workflow_action_url,
)
from tests.awards.isolation.two_centres import reload

pytestmark = pytest.mark.django_db


# --- What the editor can do: drafts and submissions; and what the reviewer does with them ---


def test_editor_saves_a_draft_the_public_does_not_see(editor, centre_a, client):
    page = centre_a.live
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    response = editor.post(url, page_form(page, title="O nas — szkic zmian"))

    assert response.status_code == 302
    page = assert_not_published(page, centre_a.live)
    assert page.draft_title == "O nas — szkic zmian"
    assert log_actions(page)[-1] == ("wagtail.edit", centre_a.editor.username)
    public = client.get(page.url)
    assert public.status_code == 200
    assert page.title in text(public) and "O nas — szkic zmian" not in text(public)


def test_drafts_are_never_public(client, centre_a):
    moderated = client.get(centre_a.moderated.url)
    draft = client.get(centre_a.draft.url)

    assert moderated.status_code == 200
    assert centre_a.moderated.title in text(moderated)
    assert centre_a.moderated.draft_title not in text(moderated)
    assert centre_a.pending.intro not in text(moderated)
    assert draft.status_code == 404
    # Nor is the draft English translation of a live page: its address leads to
    # nothing, or to the live Polish page at its own /pl/ address.
    english = client.get(centre_a.english().url)
    assert english.status_code == 404 or english["Location"].startswith("/pl/")


def test_editor_submits_to_regional_approval(editor, centre_a, centre_b, reviewer):
    page = centre_a.draft
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    response = editor.post(url, page_form(page, "submit", title="Szkic do akceptacji"))

    assert response.status_code == 302
    state = WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk), status="in_progress"
    )
    assert state.requested_by == centre_a.editor
    assert state.current_task_state.task.name == REVIEW_TASK
    assert state.current_task_state.revision.as_object().title == "Szkic do akceptacji"
    assert not reload(page).live
    # The reviewers are told; the other centre's editor is not.
    recipients = {address for message in mail.outbox for address in message.to}
    assert reviewer.email in recipients
    assert centre_b.editor.email not in recipients


def test_reviewer_approval_publishes_the_submitted_change(reviewer_client, centre_a, client):
    page = centre_a.moderated
    submitted = page.latest_revision

    response = reviewer_client.post(workflow_action_url(centre_a, "approve"), {"comment": ""})

    assert response.status_code == 302
    page = reload(page)
    assert page.live and page.live_revision_id == submitted.pk
    assert page.title == centre_a.moderated.draft_title
    assert page.title in text(client.get(page.url))
    state = WorkflowState.objects.get(pk=centre_a.task_state.workflow_state_id)
    assert state.status == WorkflowState.STATUS_APPROVED
    assert [message.to for message in mail.outbox] == [[centre_a.editor.email]]


def test_reviewer_rejection_leaves_the_live_page_and_tells_the_editor(
    reviewer_client, editor, centre_a, client
):
    page = centre_a.moderated
    comment = "Proszę podać numer telefonu z kierunkowym."

    response = reviewer_client.post(workflow_action_url(centre_a, "reject"), {"comment": comment})

    assert response.status_code == 302
    page = assert_not_published(page, centre_a.moderated)
    assert page.intro == centre_a.moderated.intro != centre_a.pending.intro
    assert page.title in text(client.get(page.url))
    state = WorkflowState.objects.get(pk=centre_a.task_state.workflow_state_id)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    # The editor finds the comment on the page's edit view, in its workflow history
    # and in an email.
    edit_view = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    history = editor.get(
        reverse("wagtailadmin_pages:workflow_history_detail", args=[page.pk, state.pk])
    )
    assert edit_view.status_code == 200 and comment in text(edit_view)
    assert history.status_code == 200 and comment in text(history)
    (message,) = mail.outbox
    assert message.to == [centre_a.editor.email]
    assert comment in message.body


def test_every_step_is_in_the_audit_log_with_who_and_when(
    editor, reviewer_client, centre_a, reviewer
):
    page = centre_a.draft
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    since = PageLogEntry.objects.latest("pk").pk

    editor.post(edit_url, page_form(page, "submit", title="Historia nagrody"))
    task_state = reload(page).current_workflow_task_state
    reject = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    reviewer_client.post(reject, {"comment": "Brak daty."})
    editor.post(edit_url, page_form(page, "submit", title="Historia nagrody 2014"))
    task_state = reload(page).current_workflow_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    reviewer_client.post(approve, {"comment": ""})

    steps = [
        (action, user)
        for action, user in log_actions(page, since)
        if action.startswith(("wagtail.workflow", "wagtail.publish"))
    ]
    editor_name, reviewer_name = centre_a.editor.username, reviewer.username
    assert steps == [
        ("wagtail.workflow.start", editor_name),
        ("wagtail.workflow.reject", reviewer_name),
        ("wagtail.workflow.resume", editor_name),
        ("wagtail.workflow.approve", reviewer_name),
        ("wagtail.publish", reviewer_name),
    ]
    entries = PageLogEntry.objects.filter(page=page, pk__gt=since)
    assert not entries.filter(timestamp__isnull=True).exists()
    assert not entries.filter(user__isnull=True).exists()
    assert reload(page).live and reload(page).title == "Historia nagrody 2014"
