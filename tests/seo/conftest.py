import datetime

import pytest
from django.core.cache import cache

from awards.factories import AwardFactory, AwardStoryPageFactory, CentrePageFactory
from tests.publishing import publish, publish_translation


@pytest.fixture(autouse=True)
def no_renditions_from_earlier_tests():
    """Wagtail caches renditions by image id, and a rolled-back test's ids come back:
    an earlier test's thumbnail would otherwise stand in for this test's image."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def network(home_page, award_index):
    """A centre with a story, live in Polish and English; Ukrainian waits as drafts."""
    publish(home_page)
    publish(award_index)
    award = AwardFactory(name="Zawsze pomocni", slug="zawsze-pomocni")
    centre = publish(
        CentrePageFactory(
            parent=home_page,
            title="GOPS Domanice",
            slug="gops-domanice",
            official_name="Gminny Ośrodek Pomocy Społecznej w Domanicach",
            street_address="Domanice 52",
            postal_code="08-113",
            city="Domanice",
            commune="Domanice",
            county="siedlecki",
            phone="25 633 20 21",
            email="gops@domanice.example",
        )
    )
    story = publish(
        AwardStoryPageFactory(
            parent=centre,
            title="Zawsze pomocni 2014",
            slug="zawsze-pomocni-2014",
            award=award,
            date_awarded=datetime.date(2014, 11, 25),
            lead="Wyróżnienie za aktywną integrację.",
        )
    )
    for page in [home_page, award_index, centre]:
        publish_translation(page, "en")
    english_story = publish_translation(story, "en", title="Always helpful 2014", lead="Awarded.")
    return {
        "home": home_page,
        "award_index": award_index,
        "award": award,
        "centre": centre,
        "story": story,
        "english_story": english_story,
    }
