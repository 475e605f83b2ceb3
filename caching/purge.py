"""Purge the front-end cache (Varnish) when a page changes, in every locale.

Anonymous pages are served from Varnish (deploy/varnish/default.vcl) and kept
there until they are purged. This module is the one place that decides what
to purge: when a page is published (a translation too), unpublished, moved or
deleted, it purges, through Wagtail's frontend cache invalidation
(``WAGTAILFRONTENDCACHE``, the HTTP ``PURGE`` backend):

- the page in every locale, on every Site that serves it;
- every listing that shows it, in every locale: its parent (the centre, for a
  story or a gallery; the network home for a centre), every network home,
  every award index and the network search;
- after a move, the old addresses of the page and of its live descendants too;
- whatever the ``cache_purge_urls`` hooks return (below).

Pages also show snippets, images and settings, which have no drafts, so
saving or deleting one purges what shows it. What these are, and which pages
show each, is the one list in ``home.shown_content`` (awards register their
snippets and the EU marking's stories there, home its images and settings):

- an award, a project, an image …: every live page that shows it, purged as
  above;
- a Site's network settings (its footer: every page): the whole Site, with one
  ``PURGE /`` carrying ``X-Purge-Scope: site``, which the VCL turns into a ban
  of the host (``ban_site``).

Varnish purges an address together with all its query-string variants
(``?page=2``, ``?award=…``, ``?q=…``), so one URL per listing is enough.
Purges are sent once the database transaction commits, so a reader cannot put
the old version back into the cache in between.

The ``cache_purge_urls`` hook
-----------------------------
Another app that shows pages somewhere (feeds, sitemaps, …) registers a
function that takes the changed page and returns the absolute URLs to purge
as well::

    from wagtail import hooks

    @hooks.register("cache_purge_urls")
    def feed_urls(page):
        return [site_root_url + "/pl/feed/" for site_root_url in ...]

Every registered function is called as ``fn(page)`` for each change, with the
page as it is before a move or a deletion and after a publication.
"""

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail import hooks
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from home import shown_content

logger = logging.getLogger(__name__)

HOOK_NAME = "cache_purge_urls"


class _SiteRootCache:
    """Lets Wagtail cache the site root paths while one batch is collected."""


def page_urls(page, cache_object=None):
    """Every absolute URL that serves ``page``: one per Site it belongs to."""
    urls = []
    for site_root in page._get_relevant_site_root_paths(cache_object):
        with translation.override(site_root.language_code):
            try:
                path = reverse("wagtail_serve", args=(page.url_path[len(site_root.root_path) :],))
            except NoReverseMatch:
                continue
        urls.append(site_root.root_url + path)
    return urls


def search_urls(cache_object=None):
    """The network search of every language on every Site."""
    root_urls = {site_root.root_url for site_root in Page._get_site_root_paths(cache_object)}
    urls = set()
    for language_code, _name in settings.LANGUAGES:
        with translation.override(language_code):
            path = reverse("search")
        urls.update(root_url + path for root_url in root_urls)
    return urls


def shared_listings():
    """Every page that lists the whole network (``BasePage.lists_whole_network``:
    the network homes and award indexes), in every locale."""
    return [
        page
        for model in get_page_models()
        if getattr(model, "lists_whole_network", False)
        for page in model.objects.all()
    ]


def parent_listings(page):
    """The page's parent (its centre, for a story), in every locale."""
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        return list(parent.get_translations(inclusive=True))
    return []


def urls_to_purge(page, *, with_descendants=False, cache_object=None):
    """The absolute URLs to purge when ``page`` changes (see the module docstring)."""
    return urls_to_purge_for([page], with_descendants=with_descendants, cache_object=cache_object)


def urls_to_purge_for(pages, *, with_descendants=False, cache_object=None):
    """``urls_to_purge`` of several pages at once; the shared listings are looked up once."""
    cache_object = cache_object or _SiteRootCache()
    shown = {each.pk: each for each in shared_listings()}
    for page in pages:
        related = list(page.get_translations(inclusive=True)) + parent_listings(page)
        if with_descendants:
            related += list(page.get_descendants().live())
        shown.update((each.pk, each) for each in related)
    urls = set(search_urls(cache_object))
    for each in shown.values():
        urls.update(page_urls(each, cache_object))
    for page in pages:
        for hook in hooks.get_hooks(HOOK_NAME):
            urls.update(hook(page))
    return urls


def purge_pages_showing(pages):
    """Purge ``pages`` (live pages that show a changed object), in every locale, and the
    listings and feeds that show them. Nothing when there are none."""
    pages = list(pages)
    if pages:
        purge(urls_to_purge_for(pages))


def purge(urls):
    """Send the purges once the current transaction (if any) commits."""
    urls = set(urls)
    if urls:
        transaction.on_commit(lambda: PurgeBatch(urls).purge())


#: The header that turns a ``PURGE`` of ``/`` into a ban of the whole host
#: (deploy/varnish/default.vcl).
SITE_BAN_HEADER = "X-Purge-Scope"


def ban_site(site):
    """Drop every cached address of ``site`` once the transaction commits.

    For what every page shows (the footer's network name and contact). Wagtail's
    HTTP backend purges one address at a time, so this sends the VCL's own
    site-wide ban to every such backend; other backends cannot ban a host.
    """
    root = urlsplit(site.root_url)

    def send():
        for name, backend in get_backends().items():
            if not isinstance(backend, HTTPBackend):
                logger.warning("Cannot ban %s through the %r frontend cache", site.root_url, name)
                continue
            request = PurgeRequest(
                urlunsplit([backend.cache_scheme, backend.cache_netloc, "/", "", ""]),
                headers={"Host": root.netloc, SITE_BAN_HEADER: "site"},
            )
            try:
                urlopen(request, timeout=10)  # noqa: S310 - the configured LOCATION
            except (HTTPError, URLError) as error:
                logger.error("Could not ban %s from the %r cache: %s", site.root_url, name, error)

    transaction.on_commit(send)


def _enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


@receiver(page_published)
@receiver(page_unpublished)
def purge_changed_page(sender, instance, **kwargs):
    if _enabled():
        purge(urls_to_purge(instance))


# The addresses before a move, by page id, until the move is done.
_before_move = {}


@receiver(pre_page_move)
def remember_addresses_before_move(sender, instance, **kwargs):
    if _enabled():
        _before_move[instance.pk] = urls_to_purge(instance, with_descendants=True)


@receiver(post_page_move)
def purge_moved_page(sender, instance, **kwargs):
    if _enabled():
        before = _before_move.pop(instance.pk, set())
        purge(before | urls_to_purge(instance, with_descendants=True))


@receiver(pre_delete, sender=Page)
def purge_deleted_page(sender, instance, **kwargs):
    """Each deleted page (descendants too) comes here once, as its ``Page`` row."""
    if _enabled() and instance.live:
        purge(urls_to_purge(instance))


# Snippets, images and settings that pages show (``home.shown_content``).
# They have no drafts: a save is what readers see, so a save purges.
# ``caching.apps`` connects these to every registered model.


def _purge_for_content(sender, instance):
    entry = shown_content.entry_for(sender)
    site = entry.whole_site(instance) if entry.whole_site else None
    if site is not None:
        ban_site(site)
    else:
        purge_pages_showing(entry.pages(instance))


def purge_saved_content(sender, instance, raw=False, **kwargs):
    if _enabled() and not raw:
        _purge_for_content(sender, instance)


def purge_deleted_content(sender, instance, **kwargs):
    if _enabled():
        _purge_for_content(sender, instance)
