from wagtail import hooks

from .purging import feed_and_sitemap_urls


@hooks.register("cache_purge_urls")
def purge_feeds_and_sitemaps(page):
    """The feeds and sitemaps a published, moved or deleted ``page`` appears in."""
    return feed_and_sitemap_urls(page)
