from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from awards import wagtail_admin_chooser
from documents.views import serve_document
from home import wagtail_admin_bulk_actions, wagtail_admin_reports, wagtail_localize_overrides
from network_site.media import serve_media
from photos import urls as photos_urls
from photos import wagtail_workflow_action
from search import views as search_views
from seo import urls as seo_urls

urlpatterns = [
    # Ahead of Wagtail's own admin URLs: see the module's docstring.
    path(
        "admin/choose-page/chosen-multiple/",
        wagtail_admin_chooser.chosen_multiple,
        name="wagtailadmin_choose_page_chosen_multiple",
    ),
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        wagtail_workflow_action.workflow_action,
        name="wagtailadmin_pages_workflow_action_checked",
    ),
    path(
        "admin/reports/page-types-usage/",
        wagtail_admin_reports.page_types_usage,
        name="wagtailadmin_reports_page_types_usage_publishers",
    ),
    path(
        "admin/reports/page-types-usage/results/",
        wagtail_admin_reports.page_types_usage_results,
        name="wagtailadmin_reports_page_types_usage_results_publishers",
    ),
    path(
        "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
        wagtail_localize_overrides.edit_override_checked,
        name="wagtail_localize_edit_override_checked",
    ),
    path(
        "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/",
        wagtail_admin_bulk_actions.bulk_action,
        name="wagtail_bulk_action_checked_ids",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Photos and their renditions, for those allowed to see them (photos.access).
    path("photos/", include(photos_urls)),
    # Ahead of Wagtail's own: the same view, with documents.access's caching.
    re_path(r"^documents/(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    *seo_urls.urlpatterns,
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.SERVE_MEDIA:
    urlpatterns += [re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve_media)]

# Public pages carry their language in the address: /pl/…, /en/…, /uk/….
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    *seo_urls.language_urlpatterns,
    path("", include(wagtail_urls)),
)
