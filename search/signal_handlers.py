"""Keep the search index in step with facts that live outside a page's own row.

Wagtail indexes a page when it is saved or deleted. A page's search document
also carries its centre (name, voivodeship), its award's name and its tree
path (which decides whether it is public); these change without the page
being saved, so the pages concerned are indexed again here:

* a page moved: it and its descendants (new path, maybe a new centre);
* a centre published (renamed, moved to another voivodeship): its pages;
* anything pages show saved (an award renamed, a project's programme):
  the live pages that show it (``home.shown_content``; ``search.apps``
  connects ``reindex_pages_showing`` to every such model).

Errors are handled as Wagtail handles them: logged, and re-raised for the
database backends (whose failure means the transaction is broken anyway).
"""

import logging
from collections import defaultdict

from django.dispatch import receiver
from modelsearch.backends import get_search_backends_with_name
from wagtail.models import Page
from wagtail.signals import page_published, post_page_move

from awards.models import CentrePage
from home import shown_content

logger = logging.getLogger("search")


def reindex(objects):
    """Index ``objects`` again in every auto-updated backend, one bulk call per model."""
    by_model = defaultdict(list)
    for obj in objects:
        by_model[type(obj)].append(obj)
    if not by_model:
        return
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        for model, items in by_model.items():
            try:
                backend.add_bulk(model, items)
            except Exception:
                logger.exception("Could not index %d %s in the %r backend", len(items), model, name)
                if not backend.catch_indexing_errors:
                    raise


def reindex_tree(page):
    """The page and its descendants, as their specific types."""
    reindex(Page.objects.descendant_of(page, inclusive=True).specific().iterator(chunk_size=500))


@receiver(post_page_move)
def reindex_moved_page(sender, instance, **kwargs):
    # The move itself refreshed what the pages derive from the tree
    # (awards.signal_handlers.refresh_centre_of_moved_page), before this signal.
    reindex_tree(instance)


@receiver(page_published, sender=CentrePage)
def reindex_centre_pages(sender, instance, **kwargs):
    reindex(
        Page.objects.descendant_of(instance).specific().iterator(chunk_size=500),
    )


def reindex_pages_showing(sender, instance, created=False, raw=False, **kwargs):
    entry = shown_content.entry_for(sender)
    if raw or created or entry.whole_site is not None:
        return
    reindex(entry.pages(instance).specific().iterator(chunk_size=500))
