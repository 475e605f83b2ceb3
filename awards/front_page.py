"""What the network's front page shows of the centres and their awards.

``NetworkHomePage`` (in ``home``, which knows no other app) calls every
function registered with its ``HOME_PAGE_SECTIONS_HOOK``; this is awards' one
(registered in ``awards.wagtail_hooks``). Every value is lazy: a page served
from the page cache asks for none of it.
"""

from django.utils.functional import SimpleLazyObject

from .models import AwardIndexPage, AwardStoryPage, CentrePage, GalleryPage

LATEST_STORIES = 6
LATEST_GALLERIES = 4


def add_front_page_sections(home, context):
    context["latest_stories"] = SimpleLazyObject(
        lambda: AwardStoryPage.objects.for_listing(home.locale)[:LATEST_STORIES]
    )
    context["latest_galleries"] = SimpleLazyObject(
        lambda: GalleryPage.objects.for_listing().filter(locale=home.locale)[:LATEST_GALLERIES]
    )
    context["centres"] = SimpleLazyObject(
        lambda: (
            CentrePage.objects.live()
            .public()
            .child_of(home)
            .select_related("logo")
            .order_by("voivodeship", "title")
        )
    )
    context["award_index"] = SimpleLazyObject(
        lambda: AwardIndexPage.objects.child_of(home).live().first()
    )
