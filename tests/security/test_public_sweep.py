"""Every public address, fuzzed: nothing a visitor types in a URL gives a 500.

An anonymous visitor's requests, over HTTP with Django's test client, against a
small published network (a centre, a story, a gallery with a photo, the award
index, an accessibility statement, a document). Every public URL is collected
(pages in each language, search, feeds, sitemaps, robots.txt, and every link
and image the pages show: photo renditions, documents, feeds). Then:

- the views that read query parameters (search, the award index, a sitemap)
  get each parameter alone, with a hostile value, and all of them at once;
- every other URL gets all the parameters at once (in Polish: English and
  Ukrainian pages run the same code, and are fetched once when collected);
- a feed of a centre and of an award, a photo and a document also get the
  value in place of their slug, file name or id.

Any 2xx, 3xx or 4xx is fine; a 5xx is a bug. One test per hostile value, so a
failure names the value and lists the URLs that failed.
"""

import re
from urllib.parse import quote

import pytest
from django.test import Client

from .networks import rolled_back_network
from .public_edge import build_network

pytestmark = pytest.mark.django_db

#: Every query parameter a public view reads (awards/facets.py, search/forms.py,
#: search/views.py and awards/models/index.py, Django's sitemap view).
PARAMETERS = ["q", "type", "award", "year", "centre", "region", "order", "page", "format", "p"]

#: The views that read them, in Polish (the other languages run the same code).
READERS = ["/pl/search/", "/pl/nagrody/", "/pl/sitemap.xml"]

#: Hostile values, already percent-encoded as they arrive in a URL.
FUZZ = {
    "superscript-two": quote("²"),
    "arabic-indic-three": quote("٣"),
    "fullwidth-twelve": quote("１２"),
    "twenty-digits": "9" * 20,
    "float-overflow": "1e999",
    "negative": "-1",
    "nul": "%00",
    "invalid-utf8": "%ff%fe",
    "ten-thousand-chars": "x" * 10_000,
}

LINK = re.compile(r'(?:href|src|srcset)="(/[^"\s?]*)')


@pytest.fixture(scope="module")
def network(django_db_setup, django_db_blocker, tmp_path_factory):
    with rolled_back_network(
        django_db_blocker, tmp_path_factory.mktemp("media"), build=build_network
    ) as built:
        yield built


@pytest.fixture(scope="module")
def public_urls(network, django_db_blocker):
    """The network's public addresses: the fixed ones and every local link the pages show."""
    urls = {"/robots.txt", "/sitemap.xml", network["document"].url}
    for code in ["pl", "en", "uk"]:
        urls.update(f"/{code}/{path}" for path in ["search/", "sitemap.xml", "feeds/stories.rss"])
    for name in ["home", "index", "centre", "story", "gallery", "statement"]:
        urls.update(page.url for page in network[name].get_translations(inclusive=True).live())
    client = Client()
    with django_db_blocker.unblock():
        for url in sorted(urls):
            response = client.get(url)
            if response.status_code == 200 and "html" in response["Content-Type"]:
                urls.update(LINK.findall(response.content.decode()))
    urls = sorted(u for u in urls if not u.startswith(("/admin/", "/static/")))
    assert any(u.startswith("/photos/") for u in urls), "no photo rendition was collected"
    assert any(u.startswith("/documents/") for u in urls)
    assert any("/feeds/centres/" in u for u in urls) and any("/feeds/awards/" in u for u in urls)
    return urls


def path_variants(url, value):
    """``url`` with ``value`` in place of its last segment (a slug or a file name, its
    extension kept) and of any number in its path (a document's id)."""
    segments = url.split("/")
    last = len(segments) - 1 if segments[-1] else len(segments) - 2
    for index, segment in enumerate(segments):
        if index == last or (segment.isascii() and segment.isdigit()):
            _stem, dot, extension = segment.rpartition(".")
            replaced = value + (dot + extension if dot else "")
            yield "/".join([*segments[:index], replaced, *segments[index + 1 :]])


def attempts(urls, value):
    for url in READERS:
        yield from (f"{url}?{name}={value}" for name in PARAMETERS)
    everything = "&".join(f"{name}={value}" for name in PARAMETERS)
    for url in urls:
        # English and Ukrainian pages run the same code as the Polish ones (which
        # are all fuzzed); of them only the searches, whose texts differ.
        if not url.startswith(("/en/", "/uk/")) or "/search/" in url:
            yield f"{url}?{everything}"
    # One of each kind of path that carries a slug, a file name or an id.
    kinds = ["/pl/feeds/centres/", "/pl/feeds/awards/", "/photos/", "/documents/"]
    for kind in kinds:
        url = next(u for u in urls if u.startswith(kind))
        yield from path_variants(url, value)


@pytest.mark.parametrize("value", FUZZ.values(), ids=FUZZ.keys())
def test_no_public_url_gives_a_server_error(public_urls, value):
    client = Client(raise_request_exception=False)
    failures = []
    for attempt in attempts(public_urls, value):
        status = client.get(attempt).status_code
        if status >= 500:
            failures.append(f"{status} {attempt[:200]}")
    assert not failures, f"{len(failures)} server errors:\n" + "\n".join(failures)
