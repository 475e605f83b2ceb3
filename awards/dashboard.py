"""Dashboard panels for the regional reviewers: what waits for approval, what went live when."""

import datetime

from django.db.models import Count, Max, Q
from django.db.models.functions import Substr
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, PageLogEntry, WorkflowState

from .models import CentrePage
from .roles import REVIEWERS
from .tree import CENTRE_DEPTH, CENTRE_PATH_LENGTH, centre_path

RECENT_DAYS = 30
CENTRES_SHOWN = 30


def is_reviewer(user):
    return user.is_superuser or user.groups.filter(name=REVIEWERS).exists()


def centres_by_path(paths):
    """The centres whose subtrees hold the given page paths, keyed by the centre's path."""
    prefixes = {centre_path(path) for path in paths} - {None}
    return {centre.path: centre for centre in CentrePage.objects.filter(path__in=prefixes)}


class PendingSubmissionsPanel(Component):
    """Every page waiting for approval anywhere in the network, oldest first."""

    name = "pending_submissions"
    template_name = "awards/dashboard/pending_submissions.html"
    order = 90

    def get_context_data(self, parent_context):
        states = list(
            WorkflowState.objects.filter(
                status=WorkflowState.STATUS_IN_PROGRESS,
                base_content_type__app_label="wagtailcore",
                base_content_type__model="page",
            )
            .select_related("requested_by", "current_task_state__task")
            .order_by("created_at")
        )
        pages = Page.objects.in_bulk([int(state.object_id) for state in states])
        centres = centres_by_path(page.path for page in pages.values())
        rows = []
        for state in states:
            page = pages.get(int(state.object_id))
            if page is not None:
                centre = centres.get(centre_path(page.path))
                rows.append({"state": state, "page": page, "centre": centre})
        return {"rows": rows}


class CentrePublicationsPanel(Component):
    """Per centre: when it last published and how much in the last 30 days."""

    name = "centre_publications"
    template_name = "awards/dashboard/centre_publications.html"
    order = 95

    def get_context_data(self, parent_context):
        since = timezone.now() - datetime.timedelta(days=RECENT_DAYS)
        activity = (
            PageLogEntry.objects.filter(action="wagtail.publish", page__depth__gte=CENTRE_DEPTH)
            .annotate(centre_path=Substr("page__path", 1, CENTRE_PATH_LENGTH))
            .values("centre_path")
            .annotate(
                last_published=Max("timestamp"),
                recent=Count("id", filter=Q(timestamp__gte=since)),
            )
            .order_by("-last_published")[:CENTRES_SHOWN]
        )
        centres = centres_by_path(row["centre_path"] for row in activity)
        rows = [
            {**row, "centre": centres[row["centre_path"]]}
            for row in activity
            if row["centre_path"] in centres
        ]
        return {"rows": rows, "recent_days": RECENT_DAYS}
