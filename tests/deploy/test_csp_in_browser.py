"""A real browser (Debian's Chromium, headless) reports no Content-Security-Policy violation.

Chromium writes every console message, CSP violations included, to stderr
with ``--enable-logging=stderr``; the pages are served by ``live_server``.
The logged-in admin is checked over HTTP (test_headers.py): the command-line
browser has no way to carry a session.
"""

import shutil
import subprocess

import pytest

from awards.factories import GalleryPageFactory
from tests.publishing import publish

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def console_of(url):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("Chromium is not installed: the in-browser CSP check did not run.")
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [
            chromium,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=3000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "</html>" in result.stdout, result.stderr[-2000:]
    return result.stdout, [line for line in result.stderr.splitlines() if "CONSOLE" in line]


def test_public_pages_and_the_admin_login_run_under_their_policies(live_server, network):
    gallery = publish(GalleryPageFactory(parent=network["centre"], slug="galeria"))
    for path in [
        "/pl/ops-marki/nagroda-2018/",
        gallery.url,
        "/pl/search/?q=nagroda",
        "/admin/login/",
    ]:
        dom, console = console_of(live_server.url + path)
        violations = [line for line in console if "Content Security Policy" in line]
        assert violations == [], (path, violations)
    assert "Zaloguj" in dom or "Sign in" in dom or 'name="password"' in dom
