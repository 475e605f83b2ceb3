"""The network's own pages: its front page and its prose pages."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..blocks import BodyBlock
from ..i18n import localized_all
from .base_page import BasePage

#: Wagtail hook: ``fn(home_page, context)`` adds to the front page's context what
#: the apps above ``home`` show there (``awards``: the latest stories and
#: galleries, the centres and the award index), lazily, so that a page served
#: from the page cache asks for none of it.
HOME_PAGE_SECTIONS_HOOK = "network_home_page_sections"


class NetworkHomePage(BasePage):
    """The network's front page; one per locale."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("featured_awards", label=_("Featured awards"), max_num=6),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        SynchronizedField("featured_awards"),
    ]

    lists_whole_network = True

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "awards.AwardIndexPage",
        "awards.CentrePage",
        "home.StandardPage",
        "home.AccessibilityStatementPage",
    ]
    template = "pages/network_home_page.html"

    class Meta:
        verbose_name = _("network home page")

    @property
    def summary(self):
        return self.search_description or self.intro

    def centre_page(self):
        return None

    def structured_data(self, request, publisher_name):
        return [
            {
                "@type": "WebSite",
                "name": publisher_name,
                "url": self.get_full_url(request),
                "inLanguage": self.locale.language_code,
            }
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: a page from the page cache never asks (caching/generation.py).
        context["featured_awards"] = SimpleLazyObject(
            lambda: localized_all(
                (item.award for item in self.featured_awards.select_related("award")), self.locale
            )
        )
        for add_sections in hooks.get_hooks(HOME_PAGE_SECTIONS_HOOK):
            add_sections(self, context)
        return context


class HomeFeaturedAward(Orderable):
    page = ParentalKey(NetworkHomePage, on_delete=models.CASCADE, related_name="featured_awards")
    award = models.ForeignKey("awards.Award", verbose_name=_("award"), on_delete=models.CASCADE)

    panels = [FieldPanel("award")]


class StandardPage(BasePage):
    """About, contact, privacy, the accessibility statement: prose pages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.NetworkHomePage", "awards.CentrePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("standard page")

    @property
    def summary(self):
        return self.search_description or self.intro
