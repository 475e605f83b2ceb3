"""The frontend cache is told which feeds and sitemaps a page change makes stale."""

import pytest
from wagtail import hooks
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def purge_urls(page):
    return {url for fn in hooks.get_hooks("cache_purge_urls") for url in fn(page)}


def test_a_story_purges_its_feeds_and_sitemaps_in_every_language(network):
    urls = purge_urls(network["story"])
    for code in ["pl", "en", "uk"]:
        assert f"http://localhost/{code}/sitemap.xml" in urls
        for kind in ["rss", "atom"]:
            assert f"http://localhost/{code}/feeds/stories.{kind}" in urls
            assert f"http://localhost/{code}/feeds/awards/zawsze-pomocni.{kind}" in urls
    assert "http://localhost/sitemap.xml" in urls
    # The centre's feed under its slug in each language.
    english_centre = network["centre"].get_translation(network["english_story"].locale)
    assert f"http://localhost/en/feeds/centres/{english_centre.slug}.rss" in urls
    assert "http://localhost/pl/feeds/centres/gops-domanice.atom" in urls


def test_every_purged_url_is_served(client, network):
    """Purging addresses that do not exist would hide a broken purge; these all answer."""
    for url in purge_urls(network["story"]):
        path = url.removeprefix("http://localhost")
        if "/uk/" in path and "feeds/stories" not in path:
            continue  # Ukrainian has only drafts: its sitemap and centre feed are 404s
        assert client.get(path).status_code == 200, path


def test_a_page_outside_centres_purges_no_centre_or_award_feed(network):
    urls = purge_urls(network["award_index"])
    assert "http://localhost/pl/feeds/stories.rss" in urls
    assert not any("/feeds/centres/" in url or "/feeds/awards/" in url for url in urls)


def test_a_centre_with_its_own_site_is_purged_on_both_hosts(network):
    Site.objects.create(hostname="gops-domanice.example", port=80, root_page=network["centre"])
    urls = purge_urls(network["story"])
    assert "http://gops-domanice.example/pl/feeds/centres/gops-domanice.rss" in urls
    assert "http://localhost/pl/feeds/centres/gops-domanice.rss" in urls
