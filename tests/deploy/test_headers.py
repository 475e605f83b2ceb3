"""Security headers on public pages and in the admin, which must keep working."""

import re

import pytest

from tests.publishing import publish

pytestmark = pytest.mark.django_db

PRODUCTION_SECURITY = {
    "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
    "SECURE_HSTS_SECONDS": 31_536_000,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    "SECURE_REFERRER_POLICY": "strict-origin-when-cross-origin",
}


@pytest.fixture
def behind_tls(settings):
    for name, value in PRODUCTION_SECURITY.items():
        setattr(settings, name, value)
    return {"HTTP_X_FORWARDED_PROTO": "https"}


def directives(policy):
    return {
        parts[0]: parts[1:]
        for parts in (directive.split() for directive in policy.split(";"))
        if parts
    }


def test_public_pages_carry_every_security_header(client, home_page, behind_tls):
    publish(home_page)

    response = client.get("/pl/", **behind_tls)

    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def test_public_pages_need_no_inline_script_or_style(client, home_page):
    """What the strict policy would block: inline scripts, handlers, style attributes."""
    publish(home_page)

    html = client.get("/pl/").content.decode()

    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, flags=re.S)
    inline = [attrs for attrs, body in scripts if body.strip() and "ld+json" not in attrs]
    assert inline == []
    assert not re.search(r"\son[a-z]+=", html)
    assert not re.search(r"\sstyle=", html)


def test_errors_carry_the_headers_too(client, home_page):
    response = client.get("/pl/no-such-page/")

    assert response.status_code == 404
    assert "Content-Security-Policy" in response


def test_the_admin_still_works_under_its_own_policy(client, django_user_model, home_page):
    admin = django_user_model.objects.create_superuser("admin", "a@example.com", "x")
    assert client.get("/admin/login/").status_code == 200
    client.force_login(admin)

    dashboard = client.get("/admin/")
    editor = client.get(f"/admin/pages/{home_page.pk}/edit/")

    assert dashboard.status_code == editor.status_code == 200
    policy = directives(editor["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]  # previews are framed by the editor


def test_healthz_answers_for_the_probe_whatever_the_host(client):
    response = client.get("/healthz", HTTP_HOST="10.1.2.3:8001")  # not an allowed host

    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
