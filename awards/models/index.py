from django.core.paginator import Paginator
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import TranslatableField

from home.models import BasePage

from ..forms import StoryFilterForm
from .centre import CentrePage
from .snippets import Award
from .story import AwardStoryPage

STORIES_PER_PAGE = 12


def paginate(request, queryset, per_page):
    """Return ``(page, message)``: a bad or out-of-range ``page`` shows the nearest page."""
    paginator = Paginator(queryset, per_page)
    raw = request.GET.get("page", "1")
    try:
        number = int(raw)
    except ValueError:
        return paginator.page(1), _("The page number must be a whole number; showing page 1.")
    if number < 1:
        return paginator.page(1), _("There is no such page; showing page 1.")
    if number > paginator.num_pages:
        last = paginator.num_pages
        message = ngettext(
            "There is only %(count)s page; showing the last one.",
            "There are only %(count)s pages; showing the last one.",
            last,
        ) % {"count": last}
        return paginator.page(last), message
    return paginator.page(number), None


class AwardIndexPage(BasePage):
    """Every award story in the network, filtered by award, year, centre and region."""

    intro = RichTextField(
        gettext_lazy("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["home.NetworkHomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/award_index_page.html"

    class Meta:
        verbose_name = gettext_lazy("award index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: a page from the fragment cache never asks (home/fragment_cache.py).
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
