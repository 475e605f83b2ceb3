"""Redis is a cache: when it is down pages still render, and the outage is logged."""

import logging
import socket

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the socket is


def redis_cache(url):
    return {
        "default": {
            "BACKEND": "network_site.cache_backends.TolerantRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


def test_pages_render_without_redis_and_the_outage_is_logged(
    client, settings, network, caplog, django_user_model
):
    settings.CACHES = redis_cache(f"redis://127.0.0.1:{closed_port()}/0")
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

    with caplog.at_level(logging.WARNING, logger="network_site.cache"):
        story = client.get("/pl/ops-marki/nagroda-2018/")
        client.force_login(django_user_model.objects.create_superuser("a", "a@example.com", "x"))
        dashboard = client.get("/admin/")

    assert story.status_code == 200
    assert "Nagroda specjalna Ministra 2018" in story.content.decode()
    assert dashboard.status_code == 200  # sessions fall back to the database
    warnings = [r for r in caplog.records if r.name == "network_site.cache"]
    assert warnings and "Redis cache unavailable" in warnings[0].getMessage()
    assert len(warnings) == 1  # once a minute, not once a request


def test_with_redis_up_the_cache_is_redis(settings):
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        pytest.skip("no Redis on 127.0.0.1:6379 (scripts/ensure-services.sh starts one)")
    settings.CACHES = redis_cache("redis://127.0.0.1:6379/9")

    cache.set("zawsze-test-key", {"a": 1}, 30)

    assert cache.get("zawsze-test-key") == {"a": 1}
    assert cache._cache.get_client().get(cache.make_and_validate_key("zawsze-test-key"))
    cache.delete("zawsze-test-key")
