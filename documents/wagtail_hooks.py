from django.http import Http404
from wagtail import hooks

from .access import cache_control_for


@hooks.register("before_serve_document")
def refuse_unpublished_document(document, request):
    """A document no live page links is not there, for anyone who may not manage it."""
    if cache_control_for(request, document) is None:
        raise Http404
