"""What the isolation tests check in the admin: refusals, absences and an unchanged database."""

import contextlib
import json

from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Page,
    PageLogEntry,
    PageViewRestriction,
    Revision,
    TaskState,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.awards.isolation.two_centres import reload

# Wagtail's answer to a PermissionDenied in the admin: back to the dashboard with this message.
NO_PERMISSION = "Przepraszamy, ale nie posiadasz uprawnień dostępu do tego miejsca."


def database_state():
    """Everything anyone could notice change: tree, live/draft state, workflows, locks, media."""
    return {
        "pages": list(
            Page.objects.order_by("path").values(
                "pk",
                "path",
                "url_path",
                "title",
                "draft_title",
                "slug",
                "live",
                "has_unpublished_changes",
                "live_revision_id",
                "latest_revision_id",
                "locked",
                "locked_by_id",
                "go_live_at",
                "expire_at",
                "alias_of_id",
                "owner_id",
            )
        ),
        "revisions": list(Revision.objects.order_by("pk").values_list("pk", "approved_go_live_at")),
        "workflows": list(WorkflowState.objects.order_by("pk").values_list("pk", "status")),
        "tasks": list(TaskState.objects.order_by("pk").values_list("pk", "status", "comment")),
        "privacy": list(PageViewRestriction.objects.values_list("page_id", "restriction_type")),
        "log": PageLogEntry.objects.count(),
        "images": list(
            get_image_model().objects.order_by("pk").values_list("pk", "title", "collection_id")
        ),
        "documents": list(
            get_document_model().objects.order_by("pk").values_list("pk", "title", "collection_id")
        ),
    }


@contextlib.contextmanager
def nothing_changes():
    before = database_state()
    yield
    assert database_state() == before


def assert_refused(response):
    """Followed to the end: Wagtail's dashboard with its "no permission" message."""
    assert response.redirect_chain, "expected a redirect away"
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert NO_PERMISSION in text(response)


def text(response):
    """What the browser shows: the page, or a modal's HTML and data (JSON, not \\u-escaped)."""
    if response.get("Content-Type", "").startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode()


def assert_absent(response, titles):
    body = text(response)
    shown = [title for title in titles if title in body]
    assert not shown, f"shown to another centre's editor: {shown}"


def page_form(page, action=None, **fields):
    """A StandardPage's edit form as the editor submits it."""
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "seo_title": "",
            "search_description": "",
            "intro": page.intro,
            "body": streamfield([]),
            "comments": inline_formset([]),
            **fields,
        }
    )
    if action:
        data[f"action-{action}"] = f"action-{action}"
    return data


def bulk_url(action, *pages, **params):
    """A page bulk action on ``pages`` (or "all", with ``childOf``), as the explorer links it."""
    ids = [page if page == "all" else page.pk for page in pages]
    query = "&".join([f"id={pk}" for pk in ids] + [f"{k}={v}" for k, v in params.items()])
    return reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + "?" + query


def workflow_action_url(centre, action):
    return reverse(
        "wagtailadmin_pages:workflow_action",
        args=[centre.moderated.pk, action, centre.task_state.pk],
    )


def log_actions(page, since=0):
    return list(
        PageLogEntry.objects.filter(page=page, pk__gt=since)
        .order_by("pk")
        .values_list("action", "user__username")
    )


def assert_not_published(page, before):
    """The live page is exactly what it was: same live revision, title and content."""
    page = reload(page)
    assert page.live == before.live
    assert page.live_revision_id == before.live_revision_id
    assert (page.title, page.slug, page.intro) == (before.title, before.slug, before.intro)
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    assert not PageLogEntry.objects.filter(
        page=page, action="wagtail.publish", user__groups__name__endswith=": editors"
    ).exists()
    return page
