"""What a change purges: the page and every listing that shows it, in every locale."""

import pytest
from wagtail import hooks
from wagtail.models import Locale

from awards.factories import CentrePageFactory
from caching.purge import HOOK_NAME, urls_to_purge
from tests.publishing import publish

pytestmark = pytest.mark.django_db

BASE = "http://localhost"


def test_a_story_purges_itself_and_its_listings_in_every_locale(network):
    urls = urls_to_purge(network["story"])

    for path in [
        "/pl/ops-marki/nagroda-2018/",
        "/en/ops-marki/nagroda-2018/",
        "/pl/ops-marki/",
        "/en/ops-marki/",
        "/pl/",
        "/en/",
        "/pl/nagrody/",
        "/en/nagrody/",
        "/pl/search/",
        "/en/search/",
        "/uk/search/",
    ]:
        assert BASE + path in urls, path


def test_other_apps_add_their_urls_through_the_hook(network):
    def feed(page):
        return [f"{BASE}/pl/feed/", f"{BASE}/pl/feed/{page.slug}/"]

    with hooks.register_temporarily(HOOK_NAME, feed):
        urls = urls_to_purge(network["story"])

    assert {f"{BASE}/pl/feed/", f"{BASE}/pl/feed/nagroda-2018/"} <= urls


def test_publishing_a_translation_purges_every_locale(network, purged, committed):
    english = network["story"].get_translation(Locale.objects.get(language_code="en")).specific
    english.title = "Minister's Special Award 2018, corrected"

    with committed(execute=True):
        publish(english)

    assert f"{BASE}/en/ops-marki/nagroda-2018/" in purged
    assert f"{BASE}/pl/ops-marki/nagroda-2018/" in purged
    assert f"{BASE}/en/" in purged


def test_moving_a_story_purges_its_old_and_new_addresses(network, purged, committed):
    jaslo = CentrePageFactory(parent=network["home"], title="MOPS Jasło", slug="mops-jaslo")
    publish(jaslo)
    purged.clear()

    with committed(execute=True):
        network["story"].move(jaslo, pos="last-child")

    assert f"{BASE}/pl/ops-marki/nagroda-2018/" in purged
    assert f"{BASE}/pl/mops-jaslo/nagroda-2018/" in purged
    assert {f"{BASE}/pl/ops-marki/", f"{BASE}/pl/mops-jaslo/", f"{BASE}/pl/nagrody/"} <= purged


def test_moving_a_centre_purges_the_old_addresses_of_its_pages(network, purged, committed):
    other_parent = network["index"]
    with committed(execute=True):
        network["centre"].move(other_parent, pos="last-child")

    assert f"{BASE}/pl/ops-marki/nagroda-2018/" in purged
    assert f"{BASE}/pl/nagrody/ops-marki/nagroda-2018/" in purged


def test_deleting_a_story_purges_it_and_its_centre(network, purged, committed):
    with committed(execute=True):
        network["story"].delete()

    assert f"{BASE}/pl/ops-marki/nagroda-2018/" in purged
    assert f"{BASE}/pl/ops-marki/" in purged
    assert f"{BASE}/pl/nagrody/" in purged
