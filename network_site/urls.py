from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from documents.views import serve_document
from network_site.media import serve_media
from overrides import urls as overrides_urls
from photos import urls as photos_urls
from search import views as search_views
from seo import urls as seo_urls

urlpatterns = [
    # Ahead of Wagtail's own admin URLs: see overrides/ and docs/upgrading.md.
    *overrides_urls.urlpatterns,
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
