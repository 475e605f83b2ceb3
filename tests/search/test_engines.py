"""The Elasticsearch/OpenSearch requests, byte for byte, and what happens when the engine is down.

Snapshots live in ``snapshots/``: a change to the index mapping, the
analysis settings or a query body shows up in review as a change to those
files. Run with ``UPDATE_SNAPSHOTS=1`` to rewrite them after an intended change.
"""

import logging
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings
from modelsearch.backends import get_search_backend
from wagtail.models import Locale, Site

from awards.models import AwardStoryPage
from home.models import NetworkSettings
from search import engine
from search.backends import (
    ELASTICSEARCH_BACKENDS,
    OPENSEARCH_BACKEND,
    database_backend,
    engine_backend,
    search_backends_from_env,
)
from search.health import CACHE_KEY

from .conftest import build_network, visit

SNAPSHOTS = Path(__file__).parent / "snapshots"
ENGINE_BACKENDS = {
    "elasticsearch9": ELASTICSEARCH_BACKENDS["9"],
    "elasticsearch8": ELASTICSEARCH_BACKENDS["8"],
    "opensearch3": OPENSEARCH_BACKEND,
}


def assert_snapshot(name, body):
    text = engine.dumps(body) + "\n"
    path = SNAPSHOTS / f"{name}.json"
    if os.environ.get("UPDATE_SNAPSHOTS") or not path.exists():
        path.write_text(text)
        if not os.environ.get("UPDATE_SNAPSHOTS"):
            pytest.fail(f"Snapshot {path.name} was missing and has been written: review it.")
    assert text == path.read_text(), f"{path.name} changed; UPDATE_SNAPSHOTS=1 if intended"


# Database ids and paths differ between runs and databases; the shape must not.
PLACEHOLDERS = {
    "locale_id_filter": "<locale id>",
    "home_searchdocument__search_award_filter": "<award id>",
    "home_searchdocument__search_centre_filter": "<centre id>",
    "path_filter": "<restricted path>",
}


def normalise(value):
    if isinstance(value, dict):
        return {
            key: PLACEHOLDERS[key] if key in PLACEHOLDERS else normalise(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [normalise(item) for item in value]
    return value


def backend_for(name, analysis="polish"):
    settings = engine_backend(
        backend=ENGINE_BACKENDS[name], url="http://127.0.0.1:9", analysis=analysis
    )
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": settings}):
        return get_search_backend("default")


def test_settings_come_from_the_environment_only():
    assert search_backends_from_env() == {"default": database_backend()}
    es = search_backends_from_env(elasticsearch_url="http://es:9200", environ={})
    assert es["default"]["BACKEND"] == "modelsearch.backends.elasticsearch9"
    assert es["default"]["INDEX_PREFIX"] == "zawsze_"
    assert es["database"] == database_backend()
    es8 = search_backends_from_env(
        elasticsearch_url="http://es:9200", environ={"ELASTICSEARCH_VERSION": "8"}
    )
    assert es8["default"]["BACKEND"] == "modelsearch.backends.elasticsearch8"
    opensearch = search_backends_from_env(opensearch_url="http://os:9200", environ={})
    assert opensearch["default"]["BACKEND"] == "modelsearch.backends.opensearch3"


@pytest.mark.parametrize("analysis", ["polish", "builtin"])
def test_index_settings_snapshot(analysis):
    assert_snapshot(f"index_settings_{analysis}", backend_for("elasticsearch9", analysis).settings)


@pytest.mark.parametrize("name", ["elasticsearch9", "opensearch3"])
def test_story_mapping_snapshot(name):
    backend = backend_for(name)
    assert_snapshot(f"mapping_story_{name}", backend.mapping_class(AwardStoryPage).get_mapping())


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["elasticsearch9", "opensearch3"])
def test_query_body_snapshots(name, home_page):
    network = build_network(home_page)
    locale = Locale.objects.get(language_code="pl")
    search_engine = engine.ElasticEngine(backend_for(name))
    requests = {
        "query": engine.SearchRequest(keys=("nagroda", "minister"), locale=locale),
        "filtered_by_date": engine.SearchRequest(
            keys=("wolontariusz",),
            locale=locale,
            filters=engine.Filters(
                type="awardstorypage",
                award=(network.minister.pk,),
                year=2014,
                centre=network.jaslo,
                region="podkarpackie",
            ),
            order=engine.DATE,
            offset=10,
        ),
        "browse": engine.SearchRequest(keys=(), locale=locale),
    }
    for label, request in requests.items():
        body = normalise(search_engine.build_body(request))
        assert_snapshot(f"body_{label}_{name}", body)


@pytest.mark.django_db
def test_engine_down_answers_from_the_database_and_tells_operators(
    client, home_page, settings, caplog, django_user_model
):
    from django.core.cache import cache

    cache.delete(CACHE_KEY)
    network = build_network(home_page)
    NetworkSettings.for_site(Site.objects.get(is_default_site=True))
    # Nothing listens on port 9 (discard) here: the engine is down from the start.
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": engine_backend(
            backend=ELASTICSEARCH_BACKENDS["9"], url="http://127.0.0.1:9", timeout=1
        ),
        "database": database_backend(),
    }
    call_command("update_index", backend_name="database", verbosity=0)

    with caplog.at_level(logging.ERROR, logger="search"):
        page = visit(client, q="nagrodę ministra")
    assert page.status == 200
    assert set(page.titles) == {network.s_jaslo.title, network.s_chocianow.title}
    assert any("answering from the database" in record.getMessage() for record in caplog.records)

    suggestions = client.get("/pl/search/", {"format": "suggestions", "q": "jasl"})
    assert suggestions.status_code == 200 and suggestions.json()["suggestions"]

    reviewer = django_user_model.objects.create_superuser("operator", "op@example.com", "pw")
    client.force_login(reviewer)
    dashboard = client.get("/admin/")
    assert "Wyszukiwarka nie działa" in dashboard.content.decode()
