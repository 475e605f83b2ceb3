"""The repository's VCL in a real varnishd, in front of the site (live_server)."""

import time

import pytest

from home.models import NetworkSettings

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_an_anonymous_page_view_is_served_from_the_cache(varnish, served_by):
    served_by(varnish)

    first = varnish.request("/pl/ops-marki/nagroda-2018/")
    second = varnish.request("/pl/ops-marki/nagroda-2018/")

    assert first[0] == second[0] == 200
    assert first[1]["X-Cache"] == "MISS"
    assert second[1]["X-Cache"] == "HIT"
    assert second[2] == first[2]
    assert "Nagroda specjalna Ministra 2018" in second[2]
    # What Varnish keeps to find a copy again is never shown to visitors.
    assert "x-url" not in second[1] and "x-host" not in second[1]


def test_cookies_that_do_not_matter_do_not_split_the_cache(varnish, served_by):
    served_by(varnish)
    varnish.request("/pl/ops-marki/")

    status, headers, _body = varnish.request(
        "/pl/ops-marki/?utm_source=newsletter",
        headers={"Cookie": "_ga=GA1.2.3.4; csrftoken=abc; cookie_consent=yes"},
    )

    assert status == 200
    assert headers["X-Cache"] == "HIT"


def test_a_logged_in_editor_bypasses_the_cache(varnish, served_by, client, django_user_model):
    served_by(varnish)
    varnish.request("/pl/ops-marki/")
    assert varnish.request("/pl/ops-marki/")[1]["X-Cache"] == "HIT"
    editor = django_user_model.objects.create_superuser("redaktor", "r@example.com", "x")
    client.force_login(editor)
    cookie = f"sessionid={client.cookies['sessionid'].value}; _ga=1"

    for _attempt in range(2):
        status, headers, body = varnish.request("/pl/ops-marki/", headers={"Cookie": cookie})
        assert status == 200
        assert headers["X-Cache"] == "MISS"
        assert "wagtail-userbar" in body  # the editor's own page, not the cached copy


def test_the_admin_and_form_posts_are_never_cached(varnish, served_by):
    served_by(varnish)
    for _attempt in range(2):
        status, headers, _body = varnish.request("/admin/login/")
        assert status == 200
        assert headers["X-Cache"] == "MISS"
    status, headers, _body = varnish.request("/pl/search/?q=nagroda", method="POST")
    assert headers["X-Cache"] == "MISS"


def test_a_purge_from_loopback_drops_the_page_and_its_query_strings(varnish, served_by):
    served_by(varnish)
    for path in ["/pl/nagrody/", "/pl/nagrody/?page=2", "/pl/ops-marki/"]:
        varnish.request(path)
        assert varnish.request(path)[1]["X-Cache"] == "HIT"

    status, _headers, _body = varnish.purge("/pl/nagrody/")

    assert status == 200
    assert varnish.request("/pl/nagrody/")[1]["X-Cache"] == "MISS"
    assert varnish.request("/pl/nagrody/?page=2")[1]["X-Cache"] == "MISS"
    assert varnish.request("/pl/ops-marki/")[1]["X-Cache"] == "HIT"


def test_only_the_purge_door_on_loopback_may_purge(varnish, served_by):
    served_by(varnish)
    varnish.request("/pl/ops-marki/")

    status, raw = varnish.request_from("203.0.113.7", "/pl/ops-marki/", method="PURGE")

    assert status == 405
    assert varnish.request("/pl/ops-marki/")[1]["X-Cache"] == "HIT"
    # Loopback is not enough: a TLS proxy on the machine brings every visitor from there.
    assert varnish.request_from("127.0.0.1", "/pl/ops-marki/", method="PURGE")[0] == 405
    assert varnish.request("/pl/ops-marki/", method="PURGE")[0] == 405
    assert varnish.request("/pl/ops-marki/")[1]["X-Cache"] == "HIT"
    assert varnish.purge("/pl/ops-marki/")[0] == 200
    assert varnish.request("/pl/ops-marki/")[1]["X-Cache"] == "MISS"


def test_a_visitor_cannot_claim_https(varnish, served_by):
    """Only a TLS terminator on the machine may say so; the claim is not cached apart."""
    served_by(varnish)
    varnish.request("/pl/ops-marki/")

    status, raw = varnish.request_from(
        "203.0.113.7", "/pl/ops-marki/", headers={"X-Forwarded-Proto": "https"}
    )

    assert status == 200
    assert "X-Cache: HIT" in raw


def wait_for(varnish, path, text, seconds=1.0):
    """Poll through Varnish until ``text`` is shown; False after ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        if text in varnish.request(path)[2]:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


def test_a_publication_reaches_readers_through_varnish_within_a_second(
    varnish, served_by, settings
):
    network = served_by(varnish)
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": varnish.purge_url,
        }
    }
    listings = ["/pl/", "/pl/ops-marki/", "/pl/nagrody/", "/pl/nagrody/?award=x"]
    story = "/pl/ops-marki/nagroda-2018/"
    for path in [story, *listings, "/en/ops-marki/nagroda-2018/"]:
        varnish.request(path)
        assert varnish.request(path)[1]["X-Cache"] == "HIT"

    page = network["story"]
    page.title = "Nagroda Ministra 2018 – poprawiony tytuł"
    page.save_revision().publish()

    for path in [story, *listings]:
        assert wait_for(varnish, path, "poprawiony tytuł"), path
    # The English page was purged too (it shows its own, unchanged, title).
    assert varnish.request("/en/ops-marki/nagroda-2018/")[1]["X-Cache"] == "MISS"

    page.unpublish()
    deadline = time.monotonic() + 1
    while varnish.request(story)[0] != 404 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert varnish.request(story)[0] == 404
    assert wait_for(varnish, "/pl/ops-marki/", "OPS Marki")
    assert "poprawiony tytuł" not in varnish.request("/pl/ops-marki/")[2]


def test_cached_pages_outlive_a_dead_backend_for_their_grace(start_varnish, served_by):
    varnish = start_varnish(default_ttl=1)
    served_by(varnish)
    assert varnish.request("/pl/ops-marki/")[0] == 200
    time.sleep(1.5)  # the copy is now stale: only grace can serve it

    varnish.admin("backend.set_health", "boot.default", "sick")

    status, headers, body = varnish.request("/pl/ops-marki/")
    assert status == 200
    assert "OPS Marki" in body
    # What was never cached cannot be served: Varnish says so, briefly.
    assert varnish.request("/pl/nagrody/")[0] == 503


def test_saving_the_network_settings_drops_every_cached_page_of_the_site(
    varnish, served_by, settings
):
    network = served_by(varnish)
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": varnish.purge_url,
        }
    }
    pages = ["/pl/ops-marki/nagroda-2018/", "/en/ops-marki/", "/pl/nagrody/?award=x"]
    for path in pages:
        varnish.request(path)
        assert varnish.request(path)[1]["X-Cache"] == "HIT"
    # The same address under another host name is another Site's copy.
    other_host = {"Host": "localhost"}
    varnish.request("/pl/ops-marki/", headers=other_host)
    assert varnish.request("/pl/ops-marki/", headers=other_host)[1]["X-Cache"] == "HIT"

    footer = NetworkSettings.for_site(network["home"].get_site())
    footer.contact_phone = "+48 22 376 85 00"
    footer.save()

    for path in pages:
        status, headers, body = varnish.request(path)
        assert headers["X-Cache"] == "MISS", path
        assert "+48 22 376 85 00" in body, path
    assert varnish.request("/pl/ops-marki/", headers=other_host)[1]["X-Cache"] == "HIT"


def test_only_loopback_may_ban_a_site(varnish, served_by):
    served_by(varnish)
    varnish.request("/pl/ops-marki/")

    status, _raw = varnish.request_from(
        "203.0.113.7", "/", method="PURGE", headers={"X-Purge-Scope": "site"}
    )

    assert status == 405
    assert varnish.request("/pl/ops-marki/")[1]["X-Cache"] == "HIT"
