"""Security headers on every response, with a Content-Security-Policy.

Django's ``SecurityMiddleware`` already sends HSTS (over HTTPS),
``X-Content-Type-Options`` and ``Referrer-Policy``; this adds what Django 5.2
lacks: ``Content-Security-Policy`` and ``Permissions-Policy``.

The public site runs no inline script or style and loads nothing from other
origins, so its policy is strict. The Wagtail admin still relies on inline
script and style, data/blob images and previews in a same-origin frame, so
``/admin/`` gets a looser policy; it is still same-origin for scripts.
See https://docs.djangoproject.com/en/5.2/ref/middleware/#module-django.middleware.security
"""

PUBLIC_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)

ADMIN_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob: https:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self' https:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)

ADMIN_PREFIX = "/admin/"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = ADMIN_POLICY if request.path.startswith(ADMIN_PREFIX) else PUBLIC_POLICY
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
