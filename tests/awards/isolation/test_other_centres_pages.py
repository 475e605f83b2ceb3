"""Centre A's editor can neither open nor change centre B's pages, one by one or in bulk.

Every admin route into B's pages refuses (Wagtail's dashboard with "no
permission") without naming B's drafts, bulk actions on B's ids name nothing
and do nothing, and every write into B is refused with the database unchanged.
"""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page

from home.models import StandardPage
from tests.awards.isolation.admin_helpers import (
    assert_absent,
    assert_refused,
    bulk_url,
    nothing_changes,
    page_form,
    workflow_action_url,
)

pytestmark = pytest.mark.django_db


# --- Another centre's pages: every admin route refuses ---

REFUSED_PAGE_ROUTES = {
    "edit live page": lambda a, b: reverse("wagtailadmin_pages:edit", args=[b.live.pk]),
    "edit draft": lambda a, b: reverse("wagtailadmin_pages:edit", args=[b.draft.pk]),
    "edit page in moderation": lambda a, b: reverse(
        "wagtailadmin_pages:edit", args=[b.moderated.pk]
    ),
    "view draft": lambda a, b: reverse("wagtailadmin_pages:view_draft", args=[b.draft.pk]),
    "view pending change": lambda a, b: reverse(
        "wagtailadmin_pages:view_draft", args=[b.moderated.pk]
    ),
    "preview on edit": lambda a, b: reverse(
        "wagtailadmin_pages:preview_on_edit", args=[b.draft.pk]
    ),
    "preview on add": lambda a, b: reverse(
        "wagtailadmin_pages:preview_on_add", args=["home", "standardpage", b.page.pk]
    ),
    "add child": lambda a, b: reverse(
        "wagtailadmin_pages:add", args=["home", "standardpage", b.page.pk]
    ),
    "add subpage (choose type)": lambda a, b: reverse(
        "wagtailadmin_pages:add_subpage", args=[b.page.pk]
    ),
    "history": lambda a, b: reverse("wagtailadmin_pages:history", args=[b.moderated.pk]),
    "history results": lambda a, b: reverse(
        "wagtailadmin_pages:history_results", args=[b.moderated.pk]
    ),
    "revisions listing": lambda a, b: reverse(
        "wagtailadmin_pages:revisions_index", args=[b.moderated.pk]
    ),
    "revision view": lambda a, b: reverse(
        "wagtailadmin_pages:revisions_view", args=[b.moderated.pk, b.moderated.latest_revision_id]
    ),
    "revisions compare": lambda a, b: reverse(
        "wagtailadmin_pages:revisions_compare", args=[b.moderated.pk, "live", "latest"]
    ),
    "revision revert": lambda a, b: reverse(
        "wagtailadmin_pages:revisions_revert", args=[b.live.pk, b.live.live_revision_id]
    ),
    "revision unschedule": lambda a, b: reverse(
        "wagtailadmin_pages:revisions_unschedule", args=[b.live.pk, b.live.live_revision_id]
    ),
    "workflow history": lambda a, b: reverse(
        "wagtailadmin_pages:workflow_history", args=[b.moderated.pk]
    ),
    "workflow history detail": lambda a, b: reverse(
        "wagtailadmin_pages:workflow_history_detail",
        args=[b.moderated.pk, b.task_state.workflow_state_id],
    ),
    "workflow task preview": lambda a, b: reverse(
        "wagtailadmin_pages:workflow_preview", args=[b.moderated.pk, b.task_state.task_id]
    ),
    "workflow approve": lambda a, b: workflow_action_url(b, "approve"),
    "workflow reject": lambda a, b: workflow_action_url(b, "reject"),
    "workflow collect action data": lambda a, b: reverse(
        "wagtailadmin_pages:collect_workflow_action_data",
        args=[b.moderated.pk, "reject", b.task_state.pk],
    ),
    "move (choose destination)": lambda a, b: reverse("wagtailadmin_pages:move", args=[b.draft.pk]),
    "move B's page into A (confirm)": lambda a, b: reverse(
        "wagtailadmin_pages:move_confirm", args=[b.draft.pk, a.page.pk]
    ),
    "move A's page into B (confirm)": lambda a, b: reverse(
        "wagtailadmin_pages:move_confirm", args=[a.draft.pk, b.page.pk]
    ),
    "copy": lambda a, b: reverse("wagtailadmin_pages:copy", args=[b.live.pk]),
    "delete": lambda a, b: reverse("wagtailadmin_pages:delete", args=[b.draft.pk]),
    "unpublish": lambda a, b: reverse("wagtailadmin_pages:unpublish", args=[b.live.pk]),
    "privacy": lambda a, b: reverse("wagtailadmin_pages:set_privacy", args=[b.live.pk]),
    "usage": lambda a, b: reverse("wagtailadmin_pages:usage", args=[b.draft.pk]),
    "translate": lambda a, b: reverse("wagtail_localize:submit_page_translation", args=[b.live.pk]),
    "edit the English translation": lambda a, b: reverse(
        "wagtailadmin_pages:edit", args=[b.english().pk]
    ),
    "convert the translation to an alias": lambda a, b: reverse(
        "wagtail_localize:convert_to_alias", args=[b.english().pk]
    ),
    "submit the translation for approval": lambda a, b: reverse(
        "home_submit_translation", args=[b.english().pk]
    ),
}


@pytest.mark.parametrize("route", REFUSED_PAGE_ROUTES.values(), ids=REFUSED_PAGE_ROUTES.keys())
def test_every_page_route_into_another_centre_is_refused(editor, centre_a, centre_b, route):
    url = route(centre_a, centre_b)  # (creates B's translation first, where needed)

    with nothing_changes():
        response = editor.get(url, follow=True)

    assert_refused(response)
    assert_absent(response, centre_b.draft_titles)


# --- Bulk actions with another centre's ids: nothing named, nothing done ---

BULK_ACTIONS = ["publish", "unpublish", "delete", "move"]


@pytest.mark.parametrize("selection", ["by id", "all children"])
@pytest.mark.parametrize("action", BULK_ACTIONS)
def test_bulk_action_confirmation_does_not_name_another_centres_pages(
    editor, centre_b, action, selection
):
    if selection == "by id":
        url = bulk_url(action, centre_b.live, centre_b.draft, centre_b.moderated)
    else:
        url = bulk_url(action, "all", childOf=centre_b.page.pk)

    with nothing_changes():
        response = editor.get(url)

    # Fixed in awards.wagtail_hooks: Wagtail listed them as "no permission", by draft title.
    assert response.status_code == 200
    assert_absent(response, [*centre_b.draft_titles, *centre_b.live_titles])


@pytest.mark.parametrize("action", BULK_ACTIONS)
def test_bulk_action_on_another_centres_pages_changes_nothing(editor, centre_a, centre_b, action):
    data = {"chooser": centre_a.page.pk} if action == "move" else {}

    with nothing_changes():
        response = editor.post(
            bulk_url(action, centre_b.live, centre_b.draft, centre_b.moderated), data
        )

    assert response.status_code in (200, 302)


def test_bulk_move_of_own_draft_into_another_centre_changes_nothing(editor, centre_a, centre_b):
    with nothing_changes():
        response = editor.post(bulk_url("move", centre_a.draft), {"chooser": centre_b.page.pk})

    assert response.status_code == 200  # the confirmation again, listing the refused page


# --- Writing to another centre: refused, and the database is unchanged ---

REFUSED_PAGE_POSTS = {
    "edit and publish": lambda a, b: (
        reverse("wagtailadmin_pages:edit", args=[b.live.pk]),
        page_form(b.live, "publish", title="Przejęta strona"),
    ),
    "edit a draft": lambda a, b: (
        reverse("wagtailadmin_pages:edit", args=[b.draft.pk]),
        page_form(b.draft, title="Przejęty szkic"),
    ),
    "edit and approve the change in moderation": lambda a, b: (
        reverse("wagtailadmin_pages:edit", args=[b.moderated.pk]),
        {
            **page_form(b.moderated, "workflow-action"),
            "workflow-action-name": "approve",
        },
    ),
    "add a child and publish": lambda a, b: (
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", b.page.pk]),
        page_form(StandardPage(title="Podrzutek", slug="podrzutek", intro=""), "publish"),
    ),
    "preview a changed draft": lambda a, b: (
        reverse("wagtailadmin_pages:preview_on_edit", args=[b.draft.pk]),
        page_form(b.draft, title="Podgląd"),
    ),
    "delete": lambda a, b: (reverse("wagtailadmin_pages:delete", args=[b.draft.pk]), {}),
    "unpublish": lambda a, b: (
        reverse("wagtailadmin_pages:unpublish", args=[b.live.pk]),
        {"include_descendants": "on"},
    ),
    "move B's page into A": lambda a, b: (
        reverse("wagtailadmin_pages:move_confirm", args=[b.draft.pk, a.page.pk]),
        {},
    ),
    "move A's draft into B": lambda a, b: (
        reverse("wagtailadmin_pages:move_confirm", args=[a.draft.pk, b.page.pk]),
        {},
    ),
    "copy B's page into A": lambda a, b: (
        reverse("wagtailadmin_pages:copy", args=[b.live.pk]),
        {"new_title": "Kopia", "new_slug": "kopia", "new_parent_page": a.page.pk},
    ),
    "lock": lambda a, b: (reverse("wagtailadmin_pages:lock", args=[b.live.pk]), {}),
    "privacy": lambda a, b: (
        reverse("wagtailadmin_pages:set_privacy", args=[b.live.pk]),
        {"restriction_type": "login"},
    ),
    "reorder": lambda a, b: (
        reverse("wagtailadmin_pages:set_page_position", args=[b.live.pk]) + "?position=0",
        {},
    ),
    "revert to a revision and publish": lambda a, b: (
        reverse("wagtailadmin_pages:revisions_revert", args=[b.live.pk, b.live.live_revision_id]),
        page_form(b.live, "publish"),
    ),
    "publish the English translation": lambda a, b: (
        reverse("wagtailadmin_pages:edit", args=[b.english().pk]),
        {"action": "publish"},
    ),
    "convert the translation to a live alias": lambda a, b: (
        reverse("wagtail_localize:convert_to_alias", args=[b.english().pk]),
        {},
    ),
    "submit the translation for approval": lambda a, b: (
        reverse("home_submit_translation", args=[b.english().pk]),
        {},
    ),
    "approve": lambda a, b: (workflow_action_url(b, "approve"), {"comment": ""}),
    "reject": lambda a, b: (workflow_action_url(b, "reject"), {"comment": "Nie."}),
}


@pytest.mark.parametrize("route", REFUSED_PAGE_POSTS.values(), ids=REFUSED_PAGE_POSTS.keys())
def test_every_write_into_another_centre_is_refused(editor, centre_a, centre_b, route):
    url, data = route(centre_a, centre_b)  # (creates B's translation first, where needed)

    with nothing_changes():
        response = editor.post(url, data, follow=True)

    assert_refused(response)


def test_copy_of_own_page_into_another_centre_is_refused(editor, centre_a, centre_b):
    url = reverse("wagtailadmin_pages:copy", args=[centre_a.live.pk])
    data = {"new_title": "Kopia", "new_slug": "kopia", "new_parent_page": centre_b.page.pk}

    with nothing_changes():
        response = editor.post(url, data)

    assert response.status_code == 200
    assert response.context["form"].errors["new_parent_page"]


def test_editor_cannot_unlock_another_centres_page(editor, centre_b, reviewer):
    Page.objects.filter(pk=centre_b.live.pk).update(locked=True, locked_by=reviewer)

    with nothing_changes():
        response = editor.post(
            reverse("wagtailadmin_pages:unlock", args=[centre_b.live.pk]), follow=True
        )

    assert_refused(response)


@pytest.mark.parametrize("action", ["publish", "unpublish", "delete", "move", "copy"])
def test_admin_api_actions_do_not_reach_another_centre(editor, centre_a, centre_b, action):
    url = f"/admin/api/main/pages/{centre_b.live.pk}/action/{action}/"
    payload = {"destination_page_id": centre_a.page.pk}

    with nothing_changes():
        response = editor.post(
            url, json.dumps(payload), content_type="application/json", follow=True
        )

    # B's page is not in the API's queryset for this user: 404 (which LocaleMiddleware
    # first redirects to /pl/admin/…, itself a 404).
    assert response.status_code == 404
