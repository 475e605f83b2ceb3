"""The yearly reminder: accessibility statements must be reviewed by 31 March.

Public bodies review and update their deklaracja dostępności every year by 31
March (ustawa o dostępności cyfrowej, art. 11). A statement is due from 1
January until it is reviewed in that year (so a review more than a year old
is always due); after 31 March a due statement is overdue.
"""

import datetime

from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import AccessibilityStatementPage

REVIEW_MONTH, REVIEW_DAY = 3, 31


def review_deadline(year):
    return datetime.date(year, REVIEW_MONTH, REVIEW_DAY)


def is_due(reviewed_on, today):
    """Not reviewed yet in this year's round (which also catches any review over a year old)."""
    return reviewed_on < datetime.date(today.year, 1, 1)


def due_statements(user, today=None):
    """The statements ``user`` may edit that are due, in the default language, oldest first."""
    today = today or timezone.localdate()
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    statements = (
        AccessibilityStatementPage.objects.filter(
            locale=Locale.get_default(), pk__in=editable.values("pk")
        )
        .select_related("locale")
        .order_by("reviewed_on", "path")
    )
    return [statement for statement in statements if is_due(statement.reviewed_on, today)]


class StatementReviewPanel(Component):
    """Which accessibility statements need their yearly review, and by when."""

    name = "accessibility_statement_review"
    template_name = "home/dashboard/statement_review.html"
    order = 80

    def __init__(self, statements, today):
        self.statements = statements
        self.today = today

    def get_context_data(self, parent_context):
        deadline = review_deadline(self.today.year)
        return {
            "statements": self.statements,
            "deadline": deadline,
            "overdue": self.today > deadline,
        }
