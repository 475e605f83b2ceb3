"""Which cached feed and sitemap addresses change when a page changes.

The frontend cache (Varnish, purged on publish) calls every function registered
with the ``cache_purge_urls`` hook as ``fn(page)`` and purges the absolute URLs
it returns. A page is in its Site's sitemap in its language; a story is in the
network's feed, its centre's and its award's, in its language. Every language
is purged, since a translation's alternates and a centre's slug may change with it.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from home.models import BasePage


def _root_urls(page):
    """The root URL of every Site that serves ``page`` (a centre may have its own)."""
    return sorted({root.root_url for root in page._get_relevant_site_root_paths()})


def feed_and_sitemap_urls(page):
    page = page.specific_deferred if isinstance(page, Page) else page
    if not isinstance(page, BasePage):
        return []
    centre = page.live_centre()
    centres = {}
    if centre is not None:
        centres = {
            translated.locale.language_code: translated.slug
            for translated in centre.get_translations(inclusive=True).select_related("locale")
        }
    award = page.shown_award()
    award_slug = award.slug if award is not None else None
    languages = set(Locale.objects.values_list("language_code", flat=True))
    paths = {reverse("sitemap_index"), reverse("robots_txt")}
    for code, _name in settings.LANGUAGES:
        if code not in languages:
            continue
        with translation.override(code):
            paths.add(reverse("sitemap"))
            for kind in ("rss", "atom"):
                paths.add(reverse(f"feed_network_{kind}"))
                if code in centres:
                    paths.add(reverse(f"feed_centre_{kind}", kwargs={"slug": centres[code]}))
                if award_slug:
                    paths.add(reverse(f"feed_award_{kind}", kwargs={"slug": award_slug}))
    return [root + path for root in _root_urls(page) for path in sorted(paths)]
