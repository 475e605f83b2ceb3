"""The site's URLs with ``MEDIA_URL`` served by Django both ways ``network_site.urls`` can.

Tests run with ``DEBUG`` and ``SERVE_MEDIA`` off, so ``/media/`` is not routed
at all; this URLconf turns on both routes, as a developer's machine (``DEBUG``,
``static()``) and the one-server production shape (``SERVE_MEDIA``) have them.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from network_site.media import serve_media
from network_site.urls import urlpatterns as site_urlpatterns


def debug_serve(request, path):
    # What ``static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)`` routes to.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve_media),
    re_path(r"^debug-media/(?P<path>.*)$", debug_serve),
    *site_urlpatterns,
]
