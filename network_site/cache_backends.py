"""A Redis cache that a Redis outage cannot take the site down with.

Django's ``RedisCache`` raises when Redis is unreachable, so every page that
touches the cache (sessions, fragments) would answer 500. Here a Redis error
is a cache miss: reads return the default, writes are dropped, and a WARNING
goes to the ``network_site.cache`` logger (at most once a minute per process,
so an outage does not flood the log). The database stays the only source of
truth, so nothing is lost.
"""

import functools
import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("network_site.cache")

WARNING_INTERVAL = 60  # seconds between two warnings of one process


def _tolerant(fallback):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except RedisError as error:
                self._warn(method.__name__, error)
                return fallback(*args, **kwargs)

        return wrapper

    return decorate


class TolerantRedisCache(RedisCache):
    _last_warning = None

    def _warn(self, operation, error):
        now = time.monotonic()
        if self._last_warning is None or now - self._last_warning >= WARNING_INTERVAL:
            self._last_warning = now
            logger.warning(
                "Redis cache unavailable (%s: %s); serving without the cache.", operation, error
            )

    @_tolerant(lambda key, default=None, version=None: default)
    def get(self, key, default=None, version=None):
        return super().get(key, default, version)

    @_tolerant(lambda *args, **kwargs: {})
    def get_many(self, keys, version=None):
        return super().get_many(keys, version)

    @_tolerant(lambda *args, **kwargs: False)
    def has_key(self, key, version=None):
        return super().has_key(key, version)

    @_tolerant(lambda *args, **kwargs: False)
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().add(key, value, timeout, version)

    @_tolerant(lambda *args, **kwargs: None)
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set(key, value, timeout, version)

    @_tolerant(lambda data, *args, **kwargs: list(data))
    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set_many(data, timeout, version)

    @_tolerant(lambda *args, **kwargs: False)
    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return super().touch(key, timeout, version)

    @_tolerant(lambda *args, **kwargs: False)
    def delete(self, key, version=None):
        return super().delete(key, version)

    @_tolerant(lambda *args, **kwargs: None)
    def delete_many(self, keys, version=None):
        return super().delete_many(keys, version)

    @_tolerant(lambda *args, **kwargs: False)
    def clear(self):
        return super().clear()
