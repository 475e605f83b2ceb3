"""Where an address leads, remembered until the content changes.

Wagtail routes a page request by finding the Site, its root page in the
reader's language, then walking the tree from there, two queries a level: seven
queries for a story under its centre. ``RouteCacheMiddleware`` remembers the
page an address led to, under the host, the language, the path and the content
generation (caching/generation.py), which changes whenever a live page is
saved, moved, unpublished or deleted; so an address already served costs one
query, and a remembered route never outlives a slug or a move. Only routes
that ended on a page itself (no extra path arguments) and answered 200 are
kept; a page that is no longer live is routed afresh.

The route is handed to Wagtail through ``request._wagtail_route_for_request``,
where ``Page.route_for_request`` keeps the route of a request (its docstring
says so). Should Wagtail ever stop reading it, pages are routed as before,
only slower: tests/deploy/test_fragment_cache.py counts the queries.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404
from django.utils.translation import get_language
from wagtail.views import serve as wagtail_serve

from .generation import FRAGMENT_TIMEOUT, generation

ROUTE_ATTRIBUTE = "_wagtail_route_for_request"


def _remembered_route(request, found):
    page_id, content_type_id = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model and model.objects.filter(pk=page_id, live=True).first()
    if page is None:
        return None
    try:
        return page.route(request, [])
    except Http404:
        return None


class RouteCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_route_cache_key", None)
        route = getattr(request, ROUTE_ATTRIBUTE, None)
        if key and route and response.status_code == 200 and not route.args and not route.kwargs:
            page = route.page
            cache.set(key, (page.pk, page.content_type_id), FRAGMENT_TIMEOUT)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve or request.method not in ("GET", "HEAD"):
            return None
        token = generation()
        if token is None:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        address = f"{request.get_host()}|{request.get_port()}|{get_language()}|{path}|{token}"
        key = "route:" + hashlib.sha256(address.encode()).hexdigest()
        found = cache.get(key)
        route = _remembered_route(request, found) if found else None
        if route is None:
            request._route_cache_key = key
        else:
            setattr(request, ROUTE_ATTRIBUTE, route)
        return None
