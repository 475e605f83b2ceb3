"""``/healthz``: can this worker serve pages? Varnish's probe asks every 2 s.

It answers 200 when the database answers and 503 otherwise, never cached; on
503 Varnish marks the backend sick and keeps serving the copies it has
(grace, see deploy/varnish/default.vcl). It is a middleware placed first so
that it answers the probe before the host check (the probe's Host is the
backend's address, not one of ALLOWED_HOSTS) and before any HTTPS redirect.
"""

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers

HEALTH_PATH = "/healthz"


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != HEALTH_PATH:
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except DatabaseError:
            response = HttpResponse("database unavailable\n", status=503, content_type="text/plain")
        else:
            response = HttpResponse("ok\n", content_type="text/plain")
        add_never_cache_headers(response)
        return response
