from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from awards import wagtail_admin_chooser
from search import views as search_views
from seo import urls as seo_urls

urlpatterns = [
    # Ahead of Wagtail's own admin URLs: see the module's docstring.
    path(
        "admin/choose-page/chosen-multiple/",
        wagtail_admin_chooser.chosen_multiple,
        name="wagtailadmin_choose_page_chosen_multiple",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    *seo_urls.urlpatterns,
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages carry their language in the address: /pl/…, /en/…, /uk/….
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    *seo_urls.language_urlpatterns,
    path("", include(wagtail_urls)),
)
