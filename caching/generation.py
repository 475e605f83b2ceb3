"""What readers see, rendered once and kept in the cache until the content changes.

A fragment (``{% page_fragment_cache "name" page %}…{% endpage_fragment_cache %}``,
caching/templatetags/fragment_cache_tags.py) is stored under the page, its live
revision, the language, the scheme and host, the day and the *content
generation*: a token that changes whenever a live page, or anything pages show
(an award, a project, an image, a setting: ``home.shown_content``), is saved,
published, unpublished, moved or deleted. So a
fragment may show other pages (menu, breadcrumbs, the centre, the award) and
still never be stale, and publishing costs only the pages being rendered
again. A draft being written changes nothing readers see, so it keeps the
generation. Previews, drafts and addresses with a query string (filters,
pagination) are never cached. The day is in the key because consents and
statements expire by the date.

Page routes use the same generation (caching/routes.py).

The generation is kept per *release* (``settings.RELEASE``, or a digest of the
code and templates this process started with), so a deploy starts from an empty
page cache instead of serving the previous release's HTML. ``PAGE_CACHE=false``
(the default under ``make run``) turns the page and route caches off.
"""

import functools
import hashlib
import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Page

GENERATION_KEY = "content-generation"
# What a release is made of: the site's code and templates (not tests, benches, data).
RELEASE_SUFFIXES = (".py", ".html", ".txt", ".xml", ".po")
NOT_RELEASED = {
    ".venv",
    "node_modules",
    "tests",
    "bench",
    ".git",
    "media",
    "static",
    "var",
    "__pycache__",
}
FRAGMENT_TIMEOUT = 24 * 3600

#: Page fields that only a draft, a lock or the tree's bookkeeping changes
#: (``Page.save_revision``, locking): saving just these shows readers nothing new.
DRAFT_ONLY_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "wagtail_admin_comments",
        "locked",
        "locked_at",
        "locked_by",
        "numchild",
    }
)


def release():
    """``settings.RELEASE``, or a digest of the code and templates this process runs."""
    return settings.RELEASE or _code_digest()


@functools.cache
def _code_digest():
    digest = hashlib.sha256()
    base = Path(settings.BASE_DIR)
    for folder, subfolders, files in os.walk(base):
        subfolders[:] = sorted(name for name in subfolders if name not in NOT_RELEASED)
        for name in sorted(files):
            path = Path(folder, name)
            if path.suffix in RELEASE_SUFFIXES:
                digest.update(str(path.relative_to(base)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _generation_key():
    return f"{GENERATION_KEY}:{release()}"


def generation():
    """The current content generation, or None when pages are not to be cached."""
    if not settings.PAGE_CACHE:
        return None
    key = _generation_key()
    token = cache.get(key)
    if token is None:
        token = uuid.uuid4().hex
        cache.add(key, token, timeout=None)
        token = cache.get(key)
    return token


def bump():
    """Every cached fragment is out of date; once more when the transaction commits,
    so that a render in between cannot keep the old content under the new token."""
    key = _generation_key()
    cache.set(key, uuid.uuid4().hex, timeout=None)
    transaction.on_commit(lambda: cache.set(key, uuid.uuid4().hex, timeout=None))


def readers_see_the_change(sender, instance, update_fields=None):
    if issubclass(sender, Page):
        if update_fields is not None and set(update_fields) <= DRAFT_ONLY_FIELDS:
            return False
        return instance.live
    return True  # what pages show (``home.shown_content``) has no drafts


# ``caching.apps`` connects these to every page model and to every model that
# pages show (``home.shown_content``); moves and unpublications of any page.


def content_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if not raw and readers_see_the_change(sender, instance, update_fields):
        bump()


def content_deleted(sender, instance, **kwargs):
    bump()


def page_left_or_moved(sender, **kwargs):
    bump()
