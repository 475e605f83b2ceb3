from django.core.paginator import Paginator
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import TranslatableField

from home.models import BasePage

from .. import facets
from ..forms import StoryFilterForm
from .centre import CentrePage
from .snippets import Award
from .story import AwardStoryPage

STORIES_PER_PAGE = 12

#: How each facet (``awards.facets.FILTERS``) narrows the stories, by its value.
LOOKUPS = {
    "award": "award",
    "year": "date_awarded__year",
    "centre": "centre",
    "region": "centre__voivodeship",
}


class AwardIndexPage(BasePage):
    """Every award story in the network, filtered by award, year, centre and region."""

    intro = RichTextField(
        gettext_lazy("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    lists_whole_network = True

    parent_page_types = ["home.NetworkHomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/award_index_page.html"

    class Meta:
        verbose_name = gettext_lazy("award index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: a page from the fragment cache never asks (caching/generation.py).
        listing = StoryListing(self, request)
        context.update(
            filter_form=SimpleLazyObject(lambda: listing.form),
            stories=SimpleLazyObject(lambda: listing.page),
            messages_for_visitor=SimpleLazyObject(lambda: listing.messages),
        )
        return context


class StoryListing:
    """The index's stories as the query string filters and pages them (see ``awards.facets``)."""

    def __init__(self, index, request):
        self.index = index
        self.request = request

    @cached_property
    def _stories(self):
        return AwardStoryPage.objects.for_listing(self.index.locale)

    @cached_property
    def _years(self):
        """The years that have stories, newest first: the only ones the index offers."""
        dates = self._stories.order_by().dates("date_awarded", "year", order="DESC")
        return [d.year for d in dates]

    @cached_property
    def readings(self):
        """Each filter as the URL chose it, or ignored with a notice (``awards.facets``)."""
        return facets.filters(self.request.GET, self.index.locale, years=self._years)

    @cached_property
    def form(self):
        locale = self.index.locale
        return StoryFilterForm(
            self.readings,
            awards=Award.objects.filter(locale=locale),
            centres=CentrePage.objects.live().public().filter(locale=locale).order_by("title"),
            years=self._years,
        )

    @cached_property
    def _page_and_reading(self):
        chosen = self.readings.items()
        stories = self._stories.filter(
            **{LOOKUPS[name]: r.value for name, r in chosen if r.value is not None}
        )
        paginator = Paginator(stories, STORIES_PER_PAGE)
        reading = facets.page(self.request.GET, last=paginator.num_pages)
        return paginator.page(reading.value), reading

    @property
    def page(self):
        return self._page_and_reading[0]

    @property
    def messages(self):
        return facets.notices([*self.readings.values(), self._page_and_reading[1]])
