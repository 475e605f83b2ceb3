"""sitemap.xml per Site and language with hreflang alternates; robots.txt points to it."""

import pytest
from defusedxml.ElementTree import fromstring
from wagtail.models import Site

from tests.publishing import publish

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return fromstring(response.content)


def entries(tree):
    return {
        url.findtext("sm:loc", namespaces=NS): {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.findall("xhtml:link", NS)
                if link.get("rel") == "alternate"
            },
        }
        for url in tree.findall("sm:url", NS)
    }


def test_robots_txt_points_to_the_sitemap_index(client, network):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_the_index_lists_a_sitemap_for_each_language_with_live_pages(client, network):
    tree = parse(client.get("/sitemap.xml"))
    locations = [loc.text for loc in tree.iter(f"{{{NS['sm']}}}loc")]
    # Ukrainian has only drafts: no sitemap for it.
    assert locations == ["http://testserver/pl/sitemap.xml", "http://testserver/en/sitemap.xml"]


def test_a_language_sitemap_lists_its_pages_with_alternates_and_dates(client, network):
    urls = entries(parse(client.get("/pl/sitemap.xml")))
    story_url = "http://localhost/pl/gops-domanice/zawsze-pomocni-2014/"
    assert set(urls) == {
        "http://localhost/pl/",
        "http://localhost/pl/nagrody/",
        "http://localhost/pl/gops-domanice/",
        story_url,
    }
    story = urls[story_url]
    assert story["lastmod"] == network["story"].last_published_at.strftime("%Y-%m-%d")
    english = network["english_story"].get_full_url()
    assert story["alternates"] == {"pl": story_url, "en": english, "x-default": story_url}

    english_urls = entries(parse(client.get("/en/sitemap.xml")))
    assert english in english_urls
    assert story_url not in english_urls
    assert english_urls[english]["alternates"]["pl"] == story_url


def test_drafts_and_private_pages_stay_out(client, network):
    story = network["story"]
    story.unpublish()
    urls = entries(parse(client.get("/pl/sitemap.xml")))
    assert not any("zawsze-pomocni-2014" in url for url in urls)
    # The English translation is still live, but no longer names a Polish alternate.
    english_urls = entries(parse(client.get("/en/sitemap.xml")))
    assert english_urls[network["english_story"].get_full_url()]["alternates"] == {}


def test_a_centre_with_its_own_site_has_its_own_sitemap(client, network, settings):
    settings.ALLOWED_HOSTS = ["*"]
    Site.objects.create(hostname="gops-domanice.example", port=80, root_page=network["centre"])
    tree = parse(client.get("/sitemap.xml", HTTP_HOST="gops-domanice.example"))
    assert [loc.text for loc in tree.iter(f"{{{NS['sm']}}}loc")][0] == (
        "http://gops-domanice.example/pl/sitemap.xml"
    )
    urls = entries(parse(client.get("/pl/sitemap.xml", HTTP_HOST="gops-domanice.example")))
    assert set(urls) == {
        "http://gops-domanice.example/pl/",
        "http://gops-domanice.example/pl/zawsze-pomocni-2014/",
    }


@pytest.mark.parametrize("url", ["/uk/sitemap.xml", "/de/sitemap.xml", "/pl/sitemap.xml?p=7"])
def test_unknown_or_empty_language_or_page_is_a_404(client, network, url):
    assert client.get(url).status_code == 404


def test_a_long_sitemap_is_paged_and_the_index_lists_every_page(client, network, monkeypatch):
    from awards.factories import AwardStoryPageFactory
    from seo import sitemaps

    monkeypatch.setattr(sitemaps.LocaleSitemap, "limit", 3)
    for _n in range(3):
        publish(AwardStoryPageFactory(parent=network["centre"], award=network["award"]))
    locations = [loc.text for loc in parse(client.get("/sitemap.xml")).iter(f"{{{NS['sm']}}}loc")]
    assert "http://testserver/pl/sitemap.xml?p=3" in locations
    third = entries(parse(client.get("/pl/sitemap.xml?p=3")))
    assert len(third) == 1
