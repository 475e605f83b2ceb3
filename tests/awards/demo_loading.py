"""Loading the demo network in tests (``manage.py load_demo_network``).

A load takes a while (it publishes every page in Polish, English and Ukrainian),
so the tests that only read what one load made share it: each test class loads
once, in a transaction that is rolled back after its last test (see
``shared_load``), and every test still runs in its own transaction on top of
it, so what one test changes (a second run, say) is gone before the next. The
tests that need another starting point (a changed Wagtail Site, the defaults,
bad options) load on their own.
"""

import io
from dataclasses import dataclass
from pathlib import Path

from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.models import Page, Revision, Site

from awards.models import (
    Award,
    AwardIndexPage,
    AwardStoryPage,
    CentrePage,
    GalleryPage,
    GalleryPhoto,
    Project,
    ProjectParticipantGroup,
)
from home.models import NetworkHomePage, NetworkImage, NetworkSettings, StandardPage

SMALL = ("--centres", "3", "--stories", "12")
REAL_CENTRE_SLUGS = {
    "gops-domanice",
    "ops-marki",
    "mops-jaslo",
    "mops-szklarska-poreba",
    "ops-chocianow",
}
COUNTED_MODELS = (
    NetworkHomePage,
    StandardPage,
    AwardIndexPage,
    CentrePage,
    AwardStoryPage,
    GalleryPage,
    GalleryPhoto,
    Award,
    Project,
    ProjectParticipantGroup,
    NetworkImage,
    NetworkSettings,
    Site,
    Page,
    Revision,
)


@dataclass(frozen=True)
class Loaded:
    """What one shared load printed, and where its photos went."""

    out: str
    err: str
    media_root: Path
    welcome_page_before: bool  # Wagtail's welcome page was there before the load


def shared_load(django_db_blocker, tmp_path_factory, *args, **settings_during_load):
    """Load the demo network once for a test class, and roll it back after the class.

    A class-scoped fixture built on this opens a transaction around the load and
    keeps it open while the class runs; each test's own transaction (pytest-django's
    ``db``) nests inside as a savepoint, so every test starts from exactly what the
    load made. Only one such fixture may be in use at a time, hence one per class.
    """
    media_root = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(media_root), PHOTOS_ROOT=str(media_root)),
        transaction.atomic(),
    ):
        welcome_page_before = Page.objects.filter(slug="home", depth=2).exists()
        with override_settings(**settings_during_load):
            out, err = load(*args)
        with django_db_blocker.block():
            yield Loaded(out, err, media_root, welcome_page_before)
        transaction.set_rollback(True)
    cache.clear()  # e.g. Wagtail's cached Site root paths, of a Site that is gone now


def load(*args, **kwargs):
    out, err = io.StringIO(), io.StringIO()
    call_command("load_demo_network", *args, stdout=out, stderr=err, **kwargs)
    return out.getvalue(), err.getvalue()


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED_MODELS}


def fingerprint():
    return sorted(
        Page.objects.values_list(
            "url_path", "title", "live", "last_published_at", "latest_revision_id"
        )
    )


def files_under(folder):
    return sorted(
        str(path.relative_to(folder)) for path in Path(folder).rglob("*") if path.is_file()
    )


def centre(slug):
    return CentrePage.objects.get(locale__language_code="pl", slug=slug)


def stories_of(slug):
    return AwardStoryPage.objects.filter(centre=centre(slug)).order_by("date_awarded")


def live_pages():
    """Every Polish page; the other languages are checked with the translations."""
    return Page.objects.filter(depth__gt=1, locale__language_code="pl").specific()
