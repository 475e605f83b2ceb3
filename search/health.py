"""Telling operators that the search engine failed, without touching the database.

A failure is logged (logger ``search``, level ERROR) and remembered in the
cache for an hour, where the admin dashboard panel (``wagtail_hooks``) finds
it. The cache, not the database: a search request never writes to the
database.
"""

import logging

from django.core.cache import cache
from django.utils import timezone

logger = logging.getLogger("search")

CACHE_KEY = "search:engine-failure"
REMEMBER_FOR = 60 * 60


def report_engine_failure(engine, error):
    logger.error(
        "The %s search engine failed (%s: %s); answering from the database backend. "
        "Run `manage.py search_check`, then `manage.py update_index` once it is back.",
        engine,
        type(error).__name__,
        error,
    )
    cache.set(
        CACHE_KEY,
        {"engine": engine, "error": f"{type(error).__name__}: {error}"[:500], "at": timezone.now()},
        REMEMBER_FOR,
    )


def last_engine_failure():
    """``{"engine", "error", "at"}`` of the last failure within the hour, or None."""
    return cache.get(CACHE_KEY)
