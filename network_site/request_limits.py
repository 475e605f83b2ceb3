"""Refuse, unread, a request no page of the site could answer.

- PostgreSQL refuses NUL in any string, so a NUL must never reach a query: a
  path carrying one (``%00``) gets 400, and query parameters lose theirs
  before any view reads them (search filters, the award index).
- A body larger than ``REQUEST_BODY_MAX_BYTES`` gets 413, unread.

Django reads a multipart body whole (to a temporary file) before a form can
say the photo is too large: a 200 MB upload held a worker for minutes.
gunicorn has no body-size limit, so this middleware, placed before anything
that reads the body, answers 413 from the ``Content-Length`` header alone.
Varnish refuses the same requests in front (deploy/varnish/default.vcl), and
refuses a body without a ``Content-Length``.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

TOO_LARGE = _("The request is too large: at most %(size)s MB can be sent at once.")
NUL_IN_ADDRESS = _("This address contains a character that is not allowed.")


class RequestLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path:
            return HttpResponse(
                NUL_IN_ADDRESS, status=400, content_type="text/plain; charset=utf-8"
            )
        if "%00" in request.META.get("QUERY_STRING", ""):
            # A parameter loses its NULs and is then read as usual (a bad filter is
            # ignored with a notice), so the view never hands one to the database.
            query = request.GET.copy()
            for key in list(query):
                query.setlist(key, [value.replace("\x00", "") for value in query.getlist(key)])
            request.GET = query
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django reads no body it cannot size
        limit = settings.REQUEST_BODY_MAX_BYTES
        if length > limit:
            message = TOO_LARGE % {"size": limit // (1024 * 1024)}
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
