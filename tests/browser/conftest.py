"""A real site in a real browser: example content, a live server, Chromium, axe-core, vnu.

The content is built once for the package (it takes a few seconds: every page
type in every language) and served by Django's live-server thread; Chromium
(Debian's package) is driven by Playwright. The database is put back as the
migrations left it when the package is done, the same way Django's
``serialized_rollback`` does, so the other tests never see this content.

The tools come from outside Python: ``/usr/bin/chromium``, ``java`` and the
npm packages ``axe-core`` and ``vnu-jar`` (``npm ci``, run by ``make test``).
Without them the browser tests are skipped with a loud message, or fail when
``CI=true``.
"""

import os
import shutil
import warnings
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, connections
from django.test.testcases import LiveServerThread
from django.test.utils import modify_settings
from wagtail.models import Page, get_page_models

from .content import build_example_network

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LOCALES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
PAGE_TYPES = sorted(model._meta.label for model in get_page_models() if model is not Page)
PHONE, DESKTOP = 375, 1280


def missing_tools():
    missing = []
    if not Path(CHROMIUM).is_file():
        missing.append(f"Chromium ({CHROMIUM}; apt-get install chromium)")
    if shutil.which("java") is None:
        missing.append("Java (for the Nu HTML Checker)")
    for path in (AXE_JS, VNU_JAR):
        if not path.is_file():
            missing.append(f"{path.relative_to(ROOT)} (run npm ci)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the playwright Python package (pip install -r requirements-dev.txt)")
    return missing


@pytest.fixture(scope="session")
def browser_tools():
    missing = missing_tools()
    if missing:
        message = "BROWSER TESTS NOT RUN - missing: " + "; ".join(missing)
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        warnings.warn(message, stacklevel=1)
        pytest.skip(message)


class ExampleSite:
    def __init__(self, live_url, urls):
        self.live_url = live_url
        self.urls = urls  # {(page type label or "search", locale code): path}

    def url(self, page_type, locale):
        path = self.urls.get((page_type, locale))
        if path is None:
            pytest.fail(
                f"No live example of {page_type} in {locale!r}: add one to "
                "tests/browser/content.py so that its pages are checked."
            )
        return self.live_url + path


@pytest.fixture(scope="package")
def example_site(browser_tools, django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
        try:
            urls = build_example_network()
            # An in-memory SQLite database exists only on this connection: share it.
            shared = connections["default"]
            in_memory = shared.vendor == "sqlite" and shared.is_in_memory_db()
            server = LiveServerThread(
                "localhost",
                static_handler=StaticFilesHandler,
                connections_override={"default": shared} if in_memory else {},
            )
            server.daemon = True
            if in_memory:
                shared.inc_thread_sharing()
            server.start()
            server.is_ready.wait()
            if server.error:
                raise server.error
            with modify_settings(ALLOWED_HOSTS={"append": "localhost"}):
                yield ExampleSite(f"http://localhost:{server.port}", urls)
            server.terminate()
            if in_memory:
                shared.dec_thread_sharing()
        finally:
            restore(snapshot)


def restore(snapshot):
    """The database as the migrations left it, with sequences past the restored rows."""
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(snapshot)
    models = apps.get_models(include_auto_created=True)
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)


@pytest.fixture(scope="package")
def chromium(example_site):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop in this thread, so Django takes
    # the per-test transaction of ``django_db`` for async code and refuses it; the
    # ORM is still used synchronously here (Playwright's documented workaround:
    # https://playwright.dev/python/docs/test-runners#django).
    unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
            # While Playwright's loop runs, Django's connection handler gives the
            # tests a connection of their own (asgiref's Local is per context):
            # close it here, or PostgreSQL cannot drop the test database.
            connections.close_all()
    finally:
        if unsafe is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = unsafe


@pytest.fixture(scope="package")
def viewports(chromium):
    """A browser context per width, shared by the tests (a new context costs a second)."""
    contexts = {
        width: chromium.new_context(viewport={"width": width, "height": 900})
        for width in (PHONE, DESKTOP)
    }
    yield contexts
    for context in contexts.values():
        context.close()


@pytest.fixture
def desktop(viewports):
    page = viewports[DESKTOP].new_page()
    yield page
    page.close()
