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

from django.conf import settings
from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

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


def listing_pages(page):
    """The pages whose content shows ``page``, in every locale."""
    from awards.models import AwardIndexPage

    from .models import NetworkHomePage

    listings = list(NetworkHomePage.objects.all()) + list(AwardIndexPage.objects.all())
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        listings += list(parent.get_translations(inclusive=True))
    return listings


def urls_to_purge(page, *, with_descendants=False, cache_object=None):
    """The absolute URLs to purge when ``page`` changes (see the module docstring)."""
    cache_object = cache_object or _SiteRootCache()
    pages = list(page.get_translations(inclusive=True)) + listing_pages(page)
    if with_descendants:
        pages += list(page.get_descendants().live())
    urls = set(search_urls(cache_object))
    for each in pages:
        urls.update(page_urls(each, cache_object))
    for hook in hooks.get_hooks(HOOK_NAME):
        urls.update(hook(page))
    return urls


def purge(urls):
    """Send the purges once the current transaction (if any) commits."""
    urls = set(urls)
    if urls:
        transaction.on_commit(lambda: PurgeBatch(urls).purge())


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
