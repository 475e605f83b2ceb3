"""Wagtail's document view with the caching ``documents.access`` decides.

Wagtail's ``before_serve_document`` hook can refuse a document but not set
headers on the file it serves, so this view wraps Wagtail's (routed ahead of
it in ``network_site.urls``): the hook still refuses, and this adds
``Cache-Control`` and gives every refusal one uncached 404.
"""

from django.http import Http404, HttpResponseNotFound
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve

from .access import cache_control_for


def not_found():
    """A 404 no cache keeps: the document may become public when its page is published."""
    response = HttpResponseNotFound(
        _("No such document."), content_type="text/plain; charset=utf-8"
    )
    patch_cache_control(response, no_store=True)
    return response


@require_safe
def serve_document(request, document_id, document_filename):
    try:
        response = serve(request, document_id, document_filename)
    except Http404:
        return not_found()
    if response.status_code in (200, 304):
        document = get_document_model().objects.get(pk=document_id)
        patch_cache_control(response, **(cache_control_for(request, document) or {}))
    return response
