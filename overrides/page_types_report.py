"""The "Page types usage" report, for those who may publish pages only.

Works around a gap in Wagtail 8.0: the report is open to anyone who may add or
change a page anywhere, and its "last edited page" column names the latest
edited page of each type across the whole network, by its draft title, so a
centre editor would see another centre's unapproved titles. The editors have
no need for it; the reviewers keep it. ``overrides/urls.py`` routes its two
URLs here, ahead of Wagtail's admin URLs, and ``construct_reports_menu``
hides the menu item.

Delete it (and its URLs) when Wagtail's report limits that column to pages
the user may explore.
"""

from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry


class PublishersPageTypesUsageReportView(PageTypesUsageReportView):
    any_permission_required = ["publish"]


def may_publish(user):
    return policy_registry.get_by_type(Page).user_has_any_permission(user, ["publish"])


@hooks.register("construct_reports_menu")
def hide_page_types_usage_from_editors(request, menu_items):
    if not may_publish(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


# Wrapped as Wagtail wraps its admin views: a refused user is sent to the
# dashboard with "no permission", and nothing is cached.
page_types_usage = never_cache(require_admin_access(PublishersPageTypesUsageReportView.as_view()))
page_types_usage_results = never_cache(
    require_admin_access(PublishersPageTypesUsageReportView.as_view(results_only=True))
)
