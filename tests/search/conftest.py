"""Search test fixtures: one behaviour suite over every backend that can run here.

``engine`` is parametrised over:

* ``database`` — the default backend on the test database (SQLite, or
  PostgreSQL when ``DATABASE_URL`` points there);
* ``opensearch3`` and ``elasticsearch9`` — Wagtail's backends against
  osmem-server, an in-memory OpenSearch-compatible server started here on
  loopback (it has no Stempel plugin: these runs use the built-in analysis);
  the Elasticsearch client reaches it through ``osmem_proxy``;
* ``real`` — when ``SEARCH_TEST_URL`` is set, a real Elasticsearch or
  OpenSearch at that URL (``SEARCH_TEST_ANALYSIS=polish`` to use Stempel).
"""

import os
import uuid
from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import override_settings
from modelsearch.backends import get_search_backends
from wagtail.models import Page, PageViewRestriction, Site

from awards.choices import Voivodeship
from awards.factories import (
    AwardFactory,
    AwardStoryPageFactory,
    CentrePageFactory,
    GalleryPageFactory,
)
from home.models import NetworkSettings
from search.backends import (
    ELASTICSEARCH_BACKENDS,
    OPENSEARCH_BACKEND,
    database_backend,
    engine_backend,
)

from .osmem_proxy import Proxy

SEARCH_TEST_URL = os.environ.get("SEARCH_TEST_URL", "")
ENGINES = ["database", "opensearch3", "elasticsearch9"] + (["real"] if SEARCH_TEST_URL else [])


@pytest.fixture(scope="session")
def osmem():
    """One osmem-server for the session; each test works in its own clone."""
    try:
        from osmem_server import OsmemError, OsmemServer
    except ImportError:  # pragma: no cover - osmem-server is in requirements-dev.txt
        pytest.skip("osmem-server is not installed")
    try:
        server = OsmemServer.start(japanese=False)
    except (OsmemError, OSError) as error:  # pragma: no cover - e.g. no binary for this platform
        pytest.skip(f"osmem-server cannot run here: {error}")
    yield server
    server.close()


def _real_engine_settings(prefix):
    import json
    import urllib.request

    with urllib.request.urlopen(SEARCH_TEST_URL, timeout=10) as response:  # noqa: S310
        info = json.load(response)
    distribution = info.get("version", {}).get("distribution", "elasticsearch")
    major = info["version"]["number"].split(".")[0]
    backend = OPENSEARCH_BACKEND if distribution == "opensearch" else ELASTICSEARCH_BACKENDS[major]
    return engine_backend(
        backend=backend,
        url=SEARCH_TEST_URL,
        index_prefix=prefix,
        analysis=os.environ.get("SEARCH_TEST_ANALYSIS", "builtin"),
    )


@pytest.fixture(params=ENGINES)
def engine(request, settings):
    """The name of the backend under test; WAGTAILSEARCH_BACKENDS is set for it."""
    name = request.param
    if name == "database":
        settings.WAGTAILSEARCH_BACKENDS = {"default": database_backend()}
        yield name
        return
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    if name == "real":
        settings.WAGTAILSEARCH_BACKENDS = {
            "default": _real_engine_settings(prefix),
            "database": database_backend(),
        }
        yield name
        for backend in get_search_backends():
            for index in backend.all_indexes():
                if hasattr(index, "es"):
                    index.es.indices.delete(index=f"{prefix}*")
                    break
        return
    clone = request.getfixturevalue("osmem").clone()
    try:
        if name == "elasticsearch9":
            with Proxy(clone.url) as proxy:
                settings.WAGTAILSEARCH_BACKENDS = {
                    "default": engine_backend(
                        backend=ELASTICSEARCH_BACKENDS["9"],
                        url=proxy.url,
                        index_prefix=prefix,
                        analysis="builtin",
                    ),
                    "database": database_backend(),
                }
                yield name
        else:
            settings.WAGTAILSEARCH_BACKENDS = {
                "default": engine_backend(
                    backend=OPENSEARCH_BACKEND,
                    url=clone.url,
                    index_prefix=prefix,
                    analysis="builtin",
                ),
                "database": database_backend(),
            }
            yield name
    finally:
        clone.close()


def refresh():
    """Make what was just indexed visible to searches (Elasticsearch refreshes every second)."""
    for backend in get_search_backends():
        backend.refresh_indexes()


@dataclass
class Network:
    home: Page
    domanice: Page
    jaslo: Page
    chocianow: Page
    zawsze: object
    minister: object
    s_domanice: Page
    s_jaslo: Page
    s_wolontariat: Page
    s_chocianow: Page
    gallery: Page
    draft: Page
    private: Page


def build_network(home):
    zawsze = AwardFactory(name="Zawsze pomocni", slug="zawsze-pomocni")
    minister = AwardFactory(
        name="Nagroda specjalna Ministra",
        slug="nagroda-specjalna-ministra",
        awarding_body="Minister Rodziny, Pracy i Polityki Społecznej",
    )
    domanice = CentrePageFactory(
        parent=home, title="GOPS Domanice", slug="gops-domanice", city="Domanice"
    )
    jaslo = CentrePageFactory(
        parent=home,
        title="MOPS Jasło",
        slug="mops-jaslo",
        official_name="Miejski Ośrodek Pomocy Społecznej w Jaśle",
        commune="Jasło",
        county="jasielski",
        city="Jasło",
        voivodeship=Voivodeship.PODKARPACKIE,
    )
    chocianow = CentrePageFactory(
        parent=home,
        title="OPS Chocianów",
        slug="ops-chocianow",
        official_name="Ośrodek Pomocy Społecznej w Chocianowie",
        commune="Chocianów",
        county="polkowicki",
        city="Chocianów",
        voivodeship=Voivodeship.DOLNOSLASKIE,
    )
    s_domanice = AwardStoryPageFactory(
        parent=domanice,
        title="Wyróżnienie „Zawsze pomocni” 2014 dla GOPS Domanice",
        slug="zawsze-pomocni-2014",
        award=zawsze,
        date_awarded="2014-11-25",
        conferred_by="Marszałek Województwa Mazowieckiego",
        lead="Gminny ośrodek w Domanicach odebrał wyróżnienie podczas konferencji w Pałacu "
        "Kultury i Nauki.",
    )
    s_jaslo = AwardStoryPageFactory(
        parent=jaslo,
        title="Nagroda specjalna Ministra 2014 dla MOPS w Jaśle",
        slug="nagroda-specjalna-ministra-2014",
        award=minister,
        date_awarded="2014-11-21",
        lead="Miejski Ośrodek Pomocy Społecznej w Jaśle otrzymał zespołową nagrodę specjalną "
        "Ministra Pracy i Polityki Społecznej za nowatorskie rozwiązania.",
    )
    s_wolontariat = AwardStoryPageFactory(
        parent=jaslo,
        title="Wolontariat w Jaśle",
        slug="wolontariat",
        award=zawsze,
        date_awarded="2016-05-10",
        lead="Wolontariusze pomagają rodzinom w codziennych sprawach. Wolontariat rośnie.",
    )
    s_chocianow = AwardStoryPageFactory(
        parent=chocianow,
        title="Aktywna integracja w Chocianowie",
        slug="aktywna-integracja",
        award=minister,
        date_awarded="2012-12-31",
        lead="Projekt dla bezrobotnych mieszkańców gminy, w którym pomagali wolontariusze.",
    )
    gallery = GalleryPageFactory(
        parent=domanice, title="Galeria – GOPS Domanice", intro="Zdjęcia z konferencji."
    )
    draft = AwardStoryPageFactory(
        parent=jaslo,
        title="Szkic: nagroda ministra dla Jasła",
        slug="szkic",
        award=minister,
        date_awarded="2015-01-01",
        live=False,
        lead="Nagroda ministra, jeszcze nieopublikowana.",
    )
    private = AwardStoryPageFactory(
        parent=domanice,
        title="Nagroda ministra tylko dla zespołu",
        slug="prywatna",
        award=minister,
        date_awarded="2015-02-02",
        lead="Nagroda ministra widoczna tylko po zalogowaniu.",
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return Network(
        home=home,
        domanice=domanice,
        jaslo=jaslo,
        chocianow=chocianow,
        zawsze=zawsze,
        minister=minister,
        s_domanice=s_domanice,
        s_jaslo=s_jaslo,
        s_wolontariat=s_wolontariat,
        s_chocianow=s_chocianow,
        gallery=gallery,
        draft=draft,
        private=private,
    )


@pytest.fixture
def network(engine, home_page):
    """A small network, indexed in the backend under test (and its database fallback)."""
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": database_backend()}):
        built = build_network(home_page)
        # A site's settings exist before visitors come (Wagtail creates them on first read).
        NetworkSettings.for_site(Site.objects.get(is_default_site=True))
    call_command("update_index", verbosity=0)
    refresh()
    return built


@dataclass
class Visit:
    """What a visitor sees on the search page."""

    status: int
    titles: list
    count_heading: str
    facets: dict  # facet name (award, year…) -> [(label, count, selected)]
    notices: list
    soup: object


def visit(client, path="/pl/search/", **params):
    response = client.get(path, params)
    soup = BeautifulSoup(response.content, "html.parser")
    facets = {}
    nav = soup.select_one("nav.search-facets")
    if nav:
        for heading in nav.find_all("h3"):
            items = []
            for link in heading.find_next_sibling("ul").find_all("a"):
                count = link.select_one(".search-facets__count").get_text()
                label = link.get_text().replace(count, "").strip()
                items.append(
                    (label, int(count.split()[0].strip("()")), link.has_attr("aria-current"))
                )
            facets[heading["id"].removeprefix("facet-")] = items
    heading = soup.select_one("#search-results")
    return Visit(
        status=response.status_code,
        titles=[a.get_text(strip=True) for a in soup.select("ol.search-results h3 a")],
        count_heading=" ".join(heading.get_text().split()) if heading else "",
        facets=facets,
        notices=[p.get_text(strip=True) for p in soup.select(".notice p")],
        soup=soup,
    )
