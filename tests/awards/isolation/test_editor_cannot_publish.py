"""No admin route lets centre A's editor publish A's own pages, or change what is live.

The publish button, a go-live date, copies, reverts, the admin API, approving
their own submission and translations all end in a draft at most: only a
regional reviewer's approval publishes.
"""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from home.models import StandardPage
from tests.awards.isolation.admin_helpers import (
    assert_not_published,
    assert_refused,
    bulk_url,
    nothing_changes,
    page_form,
    workflow_action_url,
)
from tests.awards.isolation.two_centres import reload

pytestmark = pytest.mark.django_db


# --- Publishing: no route lets A's editor publish A's own pages ---


def test_publish_button_on_the_edit_form_only_saves_a_draft(editor, centre_a):
    page = centre_a.live
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    response = editor.post(url, page_form(page, "publish", title="O nas — nowa wersja"))

    assert response.status_code == 302
    page = assert_not_published(page, centre_a.live)
    assert page.draft_title == "O nas — nowa wersja"
    assert page.has_unpublished_changes
    assert page.latest_revision.as_object().title == "O nas — nowa wersja"


def test_a_new_page_saved_with_publish_stays_a_draft(editor, centre_a):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", centre_a.page.pk])
    new = StandardPage(title="Nowa strona", slug="domanice-nowa", intro="")

    response = editor.post(url, page_form(new, "publish"))

    assert response.status_code == 302
    page = StandardPage.objects.get(slug="domanice-nowa")
    assert not page.live and page.live_revision is None
    assert page.get_parent().pk == centre_a.page.pk


def test_bulk_publish_of_own_pages_publishes_nothing(editor, centre_a):
    with nothing_changes():
        response = editor.post(
            bulk_url("publish", centre_a.draft, centre_a.live), {"include_descendants": "on"}
        )

    assert response.status_code == 302


def test_copy_with_publish_copies_makes_an_unpublished_copy(editor, centre_a):
    url = reverse("wagtailadmin_pages:copy", args=[centre_a.live.pk])
    data = {
        "new_title": "O nas (kopia)",
        "new_slug": "domanice-o-nas-kopia",
        "new_parent_page": centre_a.page.pk,
        "publish_copies": "on",
        "alias": "on",
    }

    response = editor.post(url, data)

    assert response.status_code == 302
    copy = Page.objects.get(slug="domanice-o-nas-kopia")
    assert not copy.live and copy.alias_of_id is None and copy.live_revision_id is None
    assert_not_published(centre_a.live, centre_a.live)


def test_a_go_live_date_set_by_the_editor_schedules_nothing(editor, centre_a):
    page = centre_a.draft
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    past = (timezone.localtime() - datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")

    response = editor.post(url, page_form(page, "publish", go_live_at=past))
    call_command("publish_scheduled")

    assert response.status_code == 302
    page = assert_not_published(page, centre_a.draft)
    assert page.latest_revision.as_object().go_live_at is not None  # kept in the draft only


def test_cancelling_the_workflow_and_publishing_leaves_the_live_page(editor, centre_a):
    page = centre_a.moderated
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = {**page_form(page, "publish", title="Kontakt — bez akceptacji")}
    data["action-cancel-workflow"] = "action-cancel-workflow"

    # The page is locked while in moderation: this only withdraws the submission.
    editor.post(url, data)
    # Now unlocked, the same publish only saves another draft.
    editor.post(url, page_form(page, "publish", title="Kontakt — bez akceptacji"))

    workflow_state = WorkflowState.objects.get(pk=centre_a.task_state.workflow_state_id)
    assert workflow_state.status == WorkflowState.STATUS_CANCELLED
    page = assert_not_published(page, centre_a.moderated)
    assert page.draft_title == "Kontakt — bez akceptacji"


def test_reverting_to_an_old_revision_and_publishing_only_saves_a_draft(editor, centre_a, reviewer):
    page = reload(centre_a.live)
    first_revision = page.live_revision
    page.title = "O nas (2025)"
    page.save_revision(user=reviewer).publish(user=reviewer)
    before = reload(page)
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first_revision.pk])

    response = editor.post(url, page_form(first_revision.as_object(), "publish"))

    assert response.status_code == 302
    page = assert_not_published(page, before)
    assert page.title == "O nas (2025)"
    assert page.draft_title == first_revision.as_object().title == centre_a.live.title


def test_admin_api_publish_is_refused_on_own_pages(editor, centre_a):
    url = f"/admin/api/main/pages/{centre_a.draft.pk}/action/publish/"

    with nothing_changes():
        response = editor.post(url, "{}", content_type="application/json")

    assert response.status_code == 403


def test_editor_cannot_approve_their_own_submission(editor, centre_a):
    with nothing_changes():
        response = editor.post(workflow_action_url(centre_a, "approve"), follow=True)

    assert_refused(response)


def test_translations_cannot_be_published_by_the_editor(editor, centre_a):
    english = centre_a.english()
    edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    convert_url = reverse("wagtail_localize:convert_to_alias", args=[english.pk])

    with nothing_changes():
        published = editor.post(edit_url, {"action": "publish"}, follow=True)
        # "Convert to alias" would mirror the live Polish page: published, unapproved.
        confirm = editor.get(convert_url, follow=True)
        converted = editor.post(convert_url, follow=True)

    assert_refused(published)
    assert_refused(confirm)
    assert_refused(converted)
    assert not reload(english).live


def test_editor_submits_a_translation_for_approval_not_to_the_public(editor, centre_a):
    english = centre_a.english()

    response = editor.post(reverse("home_submit_translation", args=[english.pk]))

    assert response.status_code == 302
    english = reload(english)
    assert english.workflow_in_progress and not english.live


OWN_PAGE_PUBLISHING_ROUTES = {
    "unpublish": lambda a: reverse("wagtailadmin_pages:unpublish", args=[a.live.pk]),
    "privacy": lambda a: reverse("wagtailadmin_pages:set_privacy", args=[a.live.pk]),
    "delete a live page": lambda a: reverse("wagtailadmin_pages:delete", args=[a.live.pk]),
    "move a live page": lambda a: reverse("wagtailadmin_pages:move", args=[a.live.pk]),
}


@pytest.mark.parametrize(
    "route", OWN_PAGE_PUBLISHING_ROUTES.values(), ids=OWN_PAGE_PUBLISHING_ROUTES.keys()
)
def test_editor_cannot_change_what_is_live_on_own_pages(editor, centre_a, route):
    with nothing_changes():
        response = editor.post(route(centre_a), follow=True)

    assert_refused(response)
