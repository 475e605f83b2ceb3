from django.core.paginator import Paginator
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import TranslatableField

from home.models import BasePage
from home.url_numbers import page_number

from ..forms import StoryFilterForm
from .centre import CentrePage
from .snippets import Award
from .story import AwardStoryPage

STORIES_PER_PAGE = 12


def paginate(request, queryset, per_page):
    """Return ``(page, message)``: a bad or out-of-range ``page`` shows the nearest page."""
    paginator = Paginator(queryset, per_page)
    number, message = page_number(request.GET.get("page"), last=paginator.num_pages)
    return paginator.page(number), message


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
    """The index's stories as the query string filters and pages them."""

    def __init__(self, index, request):
        self.index = index
        self.request = request

    @cached_property
    def _stories(self):
        return AwardStoryPage.objects.for_listing(self.index.locale)

    @cached_property
    def form(self):
        locale = self.index.locale
        return StoryFilterForm(
            self.request.GET,
            awards=Award.objects.filter(locale=locale),
            centres=CentrePage.objects.live().public().filter(locale=locale).order_by("title"),
            years=[
                d.year for d in self._stories.order_by().dates("date_awarded", "year", order="DESC")
            ],
        )

    @cached_property
    def _page_and_message(self):
        stories = self._stories.filter(**self.form.filters())
        return paginate(self.request, stories, STORIES_PER_PAGE)

    @property
    def page(self):
        return self._page_and_message[0]

    @property
    def messages(self):
        page_message = self._page_and_message[1]
        return [
            *(error for errors in self.form.errors.values() for error in errors),
            *([page_message] if page_message else []),
        ]
