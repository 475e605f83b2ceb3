"""Serve uploaded files from Django when nothing else does (``SERVE_MEDIA``).

In the one-server shape Varnish sits in front of gunicorn and keeps a copy of
every file it is asked for, so the files need only sensible cache headers:
renditions and originals keep their name for life (a new upload or a new
rendition gets a new name), so a day in browsers and a week in Varnish.
A server with nginx in front can serve ``MEDIA_ROOT`` itself instead, except its
``documents/`` and ``wagtail_uploads/`` folders.

Uploads the multiple uploaders hold (``wagtail_uploads/``) are never served:
they are kept outside ``MEDIA_ROOT`` (``home.storage.MediaStorage``),
and a copy left there from before is refused here too.
"""

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.static import serve

from home.storage import is_held_upload

BROWSER_MAX_AGE = 24 * 3600
SHARED_MAX_AGE = 7 * 24 * 3600


# Wagtail stores documents under MEDIA_ROOT too (its ``upload_to``), but they
# are public only through /documents/<id>/… (documents.access).
PRIVATE_PREFIXES = ("documents/",)


def serve_media(request, path):
    if is_held_upload(path) or path.lstrip("/").startswith(PRIVATE_PREFIXES):
        raise Http404(path)
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    patch_cache_control(response, public=True, max_age=BROWSER_MAX_AGE, s_maxage=SHARED_MAX_AGE)
    return response
