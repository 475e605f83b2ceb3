"""A small published network for the public-edge attacks (tests/security).

Kept out of a conftest so that other security test modules stay independent.
"""

import datetime

from django.core.cache import caches
from wagtail.models import Locale, Page, Site
from wagtail_factories import DocumentFactory

from awards.factories import (
    AwardFactory,
    AwardIndexPageFactory,
    AwardStoryPageFactory,
    CentrePageFactory,
    GalleryPageFactory,
    GalleryPhotoFactory,
)
from awards.models import GalleryPage
from home.factories import (
    AccessibilityStatementPageFactory,
    NetworkHomePageFactory,
    NetworkImageFactory,
)
from tests.publishing import publish, publish_translation

# A photo that may be shown on the website (docs/photos-and-consent.md).
CONSENT = {
    "nobody_identifiable": False,
    "consent_given_by": "Anna Kowalska (matka)",
    "consent_scope": "website",
    "consent_given_on": datetime.date(2025, 3, 1),
}


def build_network():
    """The Polish network home as the default Site (like tests/conftest.py ``home_page``),
    its award index, a centre with a story, a gallery and an accessibility statement,
    live in Polish and English, and a document."""
    for cache in caches.all():
        cache.clear()  # renditions are cached by image id, and ids repeat between tests
    Locale.objects.get_or_create(language_code="pl")
    Site.objects.all().delete()
    Page.get_first_root_node().get_children().delete()
    home_page = NetworkHomePageFactory(parent=Page.get_first_root_node(), slug="zawsze-pomocni")
    Site.objects.create(hostname="localhost", port=80, root_page=home_page, is_default_site=True)
    award_index = AwardIndexPageFactory(parent=home_page)
    publish(home_page)
    publish(award_index)
    award = AwardFactory(name="Zawsze pomocni", slug="zawsze-pomocni")
    centre = publish(CentrePageFactory(parent=home_page, title="OPS Marki", slug="ops-marki"))
    story = publish(
        AwardStoryPageFactory(
            parent=centre,
            title="Zawsze pomocni 2018",
            slug="zawsze-pomocni-2018",
            award=award,
            date_awarded=datetime.date(2018, 11, 21),
        )
    )
    gallery = GalleryPageFactory(parent=centre, title="Gala", slug="gala", live=False)
    GalleryPhotoFactory(page=gallery, image=NetworkImageFactory(**CONSENT), caption="Gala")
    gallery = publish(GalleryPage.objects.get(pk=gallery.pk))
    statement = publish(AccessibilityStatementPageFactory(parent=home_page))
    document = DocumentFactory()
    for page in [home_page, award_index, centre]:
        publish_translation(page, "en")
    publish_translation(story, "en", title="Always helpful 2018")
    return {
        "home": home_page,
        "index": award_index,
        "award": award,
        "centre": centre,
        "story": story,
        "gallery": gallery,
        "statement": statement,
        "document": document,
        "english": Locale.objects.get(language_code="en"),
    }
