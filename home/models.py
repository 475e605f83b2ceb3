from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import (
    BaseGenericSetting,
    BaseSiteSetting,
    register_setting,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from search.documents import SEARCH_DOCUMENT_FIELDS, SearchDocument

from .blocks import BodyBlock
from .i18n import localized_all

LATEST_STORIES_ON_HOME = 6


class NetworkImage(AbstractImage):
    """Every photo on the network, with the credit that must be shown beside it.

    Wagtail's own ``description`` field is the alt text.
    """

    credit = models.CharField(_("photo credit"), max_length=200, blank=True)

    admin_form_fields = Image.admin_form_fields + ("credit",)

    search_fields = AbstractImage.search_fields + [index.SearchField("credit")]

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class NetworkRendition(AbstractRendition):
    image = models.ForeignKey(NetworkImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class BasePage(SearchDocument, Page):
    """What every public page of the network has: a share image and a meta description.

    Wagtail's ``search_description`` is the meta description; pages without one
    fall back to ``summary``.
    """

    share_image = models.ForeignKey(
        "home.NetworkImage",
        verbose_name=_("share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media."),
    )

    promote_panels = Page.promote_panels + [FieldPanel("share_image")]
    search_fields = Page.search_fields + SEARCH_DOCUMENT_FIELDS

    # What a translator translates, and what is entered once and copied to every
    # language (https://wagtail-localize.org/stable/reference/models/). Each page
    # type adds its own fields to these.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
        SynchronizedField("share_image"),
    ]

    class Meta:
        abstract = True

    @property
    def summary(self):
        return self.search_description

    def get_share_image(self):
        return self.share_image


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

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["awards.AwardIndexPage", "awards.CentrePage", "home.StandardPage"]
    template = "pages/network_home_page.html"

    class Meta:
        verbose_name = _("network home page")

    @property
    def summary(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        from awards.models import AwardIndexPage, AwardStoryPage, CentrePage

        context = super().get_context(request, *args, **kwargs)
        context["latest_stories"] = AwardStoryPage.objects.for_listing(self.locale)[
            :LATEST_STORIES_ON_HOME
        ]
        context["centres"] = (
            CentrePage.objects.live()
            .public()
            .child_of(self)
            .select_related("logo")
            .order_by("voivodeship", "title")
        )
        context["featured_awards"] = localized_all(
            (item.award for item in self.featured_awards.select_related("award")), self.locale
        )
        context["award_index"] = AwardIndexPage.objects.child_of(self).live().first()
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


@register_setting(icon="site")
class NetworkSettings(BaseSiteSetting):
    """Contact data and links shown in the header and footer of a Site."""

    network_name = models.CharField(_("network name"), max_length=200, default="Zawsze pomocni")
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    postal_address = models.TextField(_("postal address"), blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    show_eu_marking = models.BooleanField(
        _("show the EU funds marking"),
        default=False,
        help_text=_("Required while the network reports on an EU-funded project."),
    )

    panels = [
        FieldPanel("network_name"),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("postal_address"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("youtube_url")], heading=_("Social")
        ),
        FieldPanel("show_eu_marking"),
    ]

    class Meta:
        verbose_name = _("network settings")


def _marking_image(verbose_name, help_text):
    return models.ForeignKey(
        "home.NetworkImage",
        verbose_name=verbose_name,
        help_text=help_text,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="globe")
class EUMarkingSettings(BaseGenericSetting):
    """The logos of the EU-funds marking, uploaded once by the regional centre.

    Stories about an EU-funded project show them in the order the project's
    programme period prescribes (``home/eu_marking.py``). Upload the official
    files from the programme's visual-identity book, without any statement: the
    statements (such as "Co-funded by the European Union") are written beside
    the emblem as text, in the reader's language.
    """

    eu_emblem = _marking_image(
        _("EU emblem"), _("The flag of the European Union, without any statement.")
    )
    poland_flag = _marking_image(
        _("flag of the Republic of Poland"),
        _("The white-and-red flag sign with the words Rzeczpospolita Polska (2014 onwards)."),
    )
    regional_logo = _marking_image(
        _("regional logo"),
        _("The voivodeship's logo, shown when a regional programme funds the project."),
    )
    logo_2007_2013 = _marking_image(
        _("programme logo 2007–2013"), _("For example the Human Capital (Kapitał Ludzki) logo.")
    )
    logo_2014_2020 = _marking_image(
        _("European Funds logo 2014–2020"),
        _("The Fundusze Europejskie sign with the programme's name."),
    )
    logo_2021_2027 = _marking_image(
        _("European Funds logo 2021–2027"),
        _("The Fundusze Europejskie sign with the programme's name."),
    )

    select_related = [
        "eu_emblem",
        "poland_flag",
        "regional_logo",
        "logo_2007_2013",
        "logo_2014_2020",
        "logo_2021_2027",
    ]

    panels = [
        FieldPanel("eu_emblem"),
        FieldPanel("poland_flag"),
        FieldPanel("regional_logo"),
        MultiFieldPanel(
            [
                FieldPanel("logo_2007_2013"),
                FieldPanel("logo_2014_2020"),
                FieldPanel("logo_2021_2027"),
            ],
            heading=_("Programme logos"),
        ),
    ]

    class Meta:
        verbose_name = _("EU funds marking")
