"""Which search backend the site uses, decided by the environment alone.

This module is the only place that knows about search engines. Settings call
``search_backends_from_env``; nothing else names a backend.

Wagtail 8 delegates search to the ``modelsearch`` package: the backends live
in ``modelsearch.backends.*`` (``wagtail.search.backends.*`` re-exports them),
indices are named ``INDEX_PREFIX`` + ``wagtailcore_page`` and so on, and
``INDEX_SETTINGS`` is deep-merged into the index settings. See
https://docs.wagtail.org/en/stable/topics/search/backends.html

* No URL: the database backend (SQLite FTS5, or PostgreSQL full text with the
  ``simple`` configuration: the language work is done in Python, see
  ``home.search_keys``).
* ``ELASTICSEARCH_URL``: Elasticsearch 9 (``ELASTICSEARCH_VERSION=8`` for 8).
* ``OPENSEARCH_URL``: OpenSearch 3.

With an engine configured, the database backend is kept as a second,
always-updated backend named ``database``: the search page answers from it
when the engine is down or its index is missing (``search.engine``).
"""

import os

DATABASE_BACKEND = "modelsearch.backends.database"
ELASTICSEARCH_BACKENDS = {
    "9": "modelsearch.backends.elasticsearch9",
    "8": "modelsearch.backends.elasticsearch8",
}
OPENSEARCH_BACKEND = "modelsearch.backends.opensearch3"
DEFAULT_INDEX_PREFIX = "zawsze_"

#: The database backend's name when an engine is the default.
FALLBACK_BACKEND_NAME = "database"

#: Analysis plugins required by ``SEARCH_ANALYSIS=polish``, by engine.
POLISH_PLUGINS = {"elasticsearch": "analysis-stempel", "opensearch": "opensearch-analysis-stempel"}

# Folding on top of the Python-side keys: the engine's own analysis of the
# original text (title, lead, body) then also ignores diacritics.
_FOLDING = {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]}

#: Built-in analysis only (no plugin): what tests against osmem-server use.
BUILTIN_ANALYSIS = {
    "settings": {
        "analysis": {
            "analyzer": {"default": _FOLDING, "folding": _FOLDING},
        }
    }
}

#: Polish analysis with the official Stempel plugin (``analysis-stempel`` in
#: Elasticsearch, ``opensearch-analysis-stempel`` in OpenSearch), which
#: provides the ``polish_stem`` filter. It stems the original Polish text;
#: the lemma keys computed in Python pass through it unchanged in meaning
#: (the same key is stemmed the same way on both sides).
POLISH_ANALYSIS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "polish_stem", "asciifolding"],
                },
                "folding": _FOLDING,
            },
        }
    }
}

ANALYSES = {"polish": POLISH_ANALYSIS, "builtin": BUILTIN_ANALYSIS}


def database_backend():
    # "simple": no stemming or stop words in PostgreSQL; SQLite ignores it.
    return {"BACKEND": DATABASE_BACKEND, "SEARCH_CONFIG": "simple"}


def engine_backend(
    *, backend, url, index_prefix=DEFAULT_INDEX_PREFIX, analysis="polish", timeout=5
):
    """The settings of one Elasticsearch/OpenSearch backend."""
    if analysis not in ANALYSES:
        raise ValueError(f"SEARCH_ANALYSIS must be one of {sorted(ANALYSES)}, not {analysis!r}")
    return {
        "BACKEND": backend,
        "URLS": [url],
        "INDEX_PREFIX": index_prefix,
        "TIMEOUT": timeout,
        "ATOMIC_REBUILD": True,
        "INDEX_SETTINGS": ANALYSES[analysis],
        "OPTIONS": {},
    }


def search_backends_from_env(*, elasticsearch_url="", opensearch_url="", environ=None):
    """Return ``WAGTAILSEARCH_BACKENDS`` for the configured engine.

    Besides the two URLs (declared in settings), these variables tune an engine:
    ``ELASTICSEARCH_VERSION`` (``9`` or ``8``, default ``9``),
    ``SEARCH_INDEX_PREFIX`` (default ``zawsze_``),
    ``SEARCH_ANALYSIS`` (``polish``, needing the Stempel plugin, or ``builtin``;
    default ``polish``) and ``SEARCH_TIMEOUT`` (seconds, default 5).
    """
    environ = os.environ if environ is None else environ
    if not elasticsearch_url and not opensearch_url:
        return {"default": database_backend()}

    options = {
        "index_prefix": environ.get("SEARCH_INDEX_PREFIX") or DEFAULT_INDEX_PREFIX,
        "analysis": environ.get("SEARCH_ANALYSIS") or "polish",
        "timeout": int(environ.get("SEARCH_TIMEOUT") or 5),
    }
    if elasticsearch_url:
        version = environ.get("ELASTICSEARCH_VERSION") or "9"
        if version not in ELASTICSEARCH_BACKENDS:
            raise ValueError(f"ELASTICSEARCH_VERSION must be 8 or 9, not {version!r}")
        engine = engine_backend(
            backend=ELASTICSEARCH_BACKENDS[version], url=elasticsearch_url, **options
        )
    else:
        engine = engine_backend(backend=OPENSEARCH_BACKEND, url=opensearch_url, **options)
    return {"default": engine, FALLBACK_BACKEND_NAME: database_backend()}
