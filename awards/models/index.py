from django.core.paginator import Paginator
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
        stories = AwardStoryPage.objects.for_listing(self.locale)
        form = StoryFilterForm(
            request.GET,
            awards=Award.objects.filter(locale=self.locale),
            centres=CentrePage.objects.live().public().filter(locale=self.locale).order_by("title"),
            years=[d.year for d in stories.order_by().dates("date_awarded", "year", order="DESC")],
        )
        stories = stories.filter(**form.filters())
        page, page_message = paginate(request, stories, STORIES_PER_PAGE)
        context.update(
            filter_form=form,
            stories=page,
            messages_for_visitor=[
                *(error for errors in form.errors.values() for error in errors),
                *([page_message] if page_message else []),
            ],
        )
        return context
