"""Which search backend the site uses, decided by the environment alone.

This module is the only place that knows about search engines. Settings call
``search_backends_from_env``; nothing else names a backend.
"""

ELASTICSEARCH_BACKEND = "wagtail.search.backends.elasticsearch9"
OPENSEARCH_BACKEND = "wagtail.search.backends.opensearch3"
DATABASE_BACKEND = "wagtail.search.backends.database"
INDEX_PREFIX = "zawsze_"


def search_backends_from_env(*, elasticsearch_url="", opensearch_url=""):
    """Return ``WAGTAILSEARCH_BACKENDS`` for the configured engine.

    No URL: Wagtail's database backend (SQLite FTS5 or PostgreSQL full text).
    """
    if elasticsearch_url:
        engine = {"BACKEND": ELASTICSEARCH_BACKEND, "URLS": [elasticsearch_url]}
    elif opensearch_url:
        engine = {"BACKEND": OPENSEARCH_BACKEND, "URLS": [opensearch_url]}
    else:
        return {"default": {"BACKEND": DATABASE_BACKEND}}
    engine.update({"INDEX_PREFIX": INDEX_PREFIX, "TIMEOUT": 5, "OPTIONS": {}})
    return {"default": engine}
