"""Admin addresses answered here before Wagtail's and wagtail-localize's own.

``network_site.urls`` includes these ahead of ``wagtail.admin.urls``; each
module's docstring says which gap its view closes and when to delete it.
"""

from django.urls import path

from . import (
    bulk_action_ids,
    page_chooser,
    page_types_report,
    translation_overrides,
    workflow_action,
)

urlpatterns = [
    path(
        "admin/choose-page/chosen-multiple/",
        page_chooser.chosen_multiple,
        name="wagtailadmin_choose_page_chosen_multiple",
    ),
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        workflow_action.workflow_action,
        name="wagtailadmin_pages_workflow_action_checked",
    ),
    path(
        "admin/reports/page-types-usage/",
        page_types_report.page_types_usage,
        name="wagtailadmin_reports_page_types_usage_publishers",
    ),
    path(
        "admin/reports/page-types-usage/results/",
        page_types_report.page_types_usage_results,
        name="wagtailadmin_reports_page_types_usage_results_publishers",
    ),
    path(
        "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
        translation_overrides.edit_override_checked,
        name="wagtail_localize_edit_override_checked",
    ),
    path(
        "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/",
        bulk_action_ids.bulk_action,
        name="wagtail_bulk_action_checked_ids",
    ),
]
