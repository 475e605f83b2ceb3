from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import (
    BaseGenericSetting,
    BaseSiteSetting,
    register_setting,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Image,
    WagtailImageField,
    get_upload_to,
)
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.storage import photo_storage
from photos.rules import check_publishable
from search.documents import SEARCH_DOCUMENT_FIELDS, SearchDocument

from .blocks import BodyBlock, NonConformityBlock
from .i18n import localized_all
from .page_form import NetworkPageForm

LATEST_STORIES_ON_HOME = 6
LATEST_GALLERIES = 4


class ConsentScope(models.TextChoices):
    WEBSITE = "website", _("this network's website")
    WEBSITE_AND_SOCIAL = "website_social", _("this network's website and social media")
    PRINT = "print", _("printed materials only")


WEBSITE_SCOPES = {ConsentScope.WEBSITE, ConsentScope.WEBSITE_AND_SOCIAL}


class NetworkImage(AbstractImage):
    """Every photo on the network, with its credit and the consent behind it.

    Wagtail's own ``description`` field is the alt text. A photo of identifiable
    people is personal data (RODO) and publishing someone's image needs their
    consent (art. 81 of the Polish copyright act): ``consent_problem`` says why
    a photo may not be shown, and ``photos`` enforces it (docs/photos-and-consent.md).
    """

    file = WagtailImageField(
        verbose_name=_("file"),
        upload_to=get_upload_to,
        width_field="width",
        height_field="height",
        storage=photo_storage,
    )
    credit = models.CharField(_("photo credit"), max_length=200, blank=True)
    # Unticked, the photo counts as showing people and needs a consent: a form
    # that leaves the box out (the multiple uploader's) can only err on the safe side.
    nobody_identifiable = models.BooleanField(
        _("nobody can be recognised"),
        default=False,
        help_text=_(
            "Tick only if nobody can be recognised in the photo (faces, names, "
            "distinctive clothing or places). Otherwise record the consent below."
        ),
    )
    consent_given_by = models.CharField(
        _("consent given by"),
        max_length=300,
        blank=True,
        help_text=_("The people shown, or their parents or legal guardians."),
    )
    consent_scope = models.CharField(
        _("consent covers"), max_length=20, choices=ConsentScope.choices, blank=True
    )
    consent_given_on = models.DateField(_("consent given on"), null=True, blank=True)
    consent_valid_until = models.DateField(
        _("consent valid until"), null=True, blank=True, help_text=_("Empty: no end date.")
    )
    consent_withdrawn_on = models.DateField(
        _("consent withdrawn on"),
        null=True,
        blank=True,
        help_text=_(
            "Setting this takes the photo off every public page and deletes its "
            "published copies at once."
        ),
    )
    # Set by ``photos.withdrawal.withdraw``: a photo whose consent expired
    # is withdrawn by ``manage.py withdraw_expired_consents`` unless this is
    # later than the expiry date. Renditions cannot say it (the admin's own
    # previews make new ones of a withdrawn photo).
    public_copies_withdrawn_at = models.DateTimeField(
        _("public copies withdrawn at"), null=True, blank=True, editable=False
    )

    admin_form_fields = Image.admin_form_fields + (
        "credit",
        "nobody_identifiable",
        "consent_given_by",
        "consent_scope",
        "consent_given_on",
        "consent_valid_until",
        "consent_withdrawn_on",
    )

    search_fields = AbstractImage.search_fields + [index.SearchField("credit")]

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def alt_text_problem(self):
        if not (self.description or "").strip():
            return _("it has no alt text (fill in the image's description)")
        return None

    def consent_problem(self, today=None):
        """Why this photo may not be shown to the public now, or None if it may."""
        if self.nobody_identifiable:
            return None
        today = today or timezone.localdate()
        if self.consent_withdrawn_on:
            return _("the consent of the people shown was withdrawn on %(date)s") % {
                "date": date_format(self.consent_withdrawn_on)
            }
        if not (self.consent_given_by.strip() and self.consent_given_on and self.consent_scope):
            return _(
                "it shows identifiable people and no consent is recorded "
                "(who gave it, what it covers and when)"
            )
        if self.consent_given_on > today:
            return _("the consent of the people shown is dated in the future (%(date)s)") % {
                "date": date_format(self.consent_given_on)
            }
        if self.consent_valid_until and self.consent_valid_until < today:
            return _("the consent of the people shown expired on %(date)s") % {
                "date": date_format(self.consent_valid_until)
            }
        if self.consent_scope not in WEBSITE_SCOPES:
            return _("the consent of the people shown does not cover this website")
        return None

    def may_be_shown(self):
        return self.consent_problem() is None


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
    base_form_class = NetworkPageForm

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

    @property
    def public_share_image(self):
        """The image the page is shared with, or None while its consent does not allow showing it.

        The one source of the share image for every public place that names it
        (``og:image``, ``twitter:image:alt``, JSON-LD), so a withdrawn photo
        leaves them all at once and no public view makes a rendition of it.
        """
        image = self.get_share_image()
        return image if image is not None and image.may_be_shown() else None

    def publish(self, revision, *args, **kwargs):
        """Every way of publishing (button, approval, bulk, schedule) passes here.

        A page whose photos lack alt text or consent is refused
        (``photos.rules.check_publishable``); the admin says so earlier, in the
        page form and before workflow and bulk actions (``photos``).
        """
        if check_publishable(revision, kwargs.get("log_action")):
            return super().publish(revision, *args, **kwargs)
        return None


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

    def get_context(self, request, *args, **kwargs):
        from awards.models import AwardIndexPage, AwardStoryPage, CentrePage, GalleryPage

        context = super().get_context(request, *args, **kwargs)
        # Lazy: a page from the fragment cache never asks (caching/generation.py).
        context["latest_stories"] = SimpleLazyObject(
            lambda: AwardStoryPage.objects.for_listing(self.locale)[:LATEST_STORIES_ON_HOME]
        )
        context["latest_galleries"] = SimpleLazyObject(
            lambda: GalleryPage.objects.for_listing().filter(locale=self.locale)[:LATEST_GALLERIES]
        )
        context["centres"] = SimpleLazyObject(
            lambda: (
                CentrePage.objects.live()
                .public()
                .child_of(self)
                .select_related("logo")
                .order_by("voivodeship", "title")
            )
        )
        context["featured_awards"] = SimpleLazyObject(
            lambda: localized_all(
                (item.award for item in self.featured_awards.select_related("award")), self.locale
            )
        )
        context["award_index"] = SimpleLazyObject(
            lambda: AwardIndexPage.objects.child_of(self).live().first()
        )
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


class AccessibilityStatementPage(BasePage):
    """The deklaracja dostępności of the network or of one centre.

    Its structure and the ``a11y-*`` ids of its template follow the regulations
    on the statement's electronic document structure (ustawa z dnia 4 kwietnia
    2019 r. o dostępności cyfrowej, art. 10–11 and the Minister of Digital
    Affairs' technical conditions); the statement is reviewed every year by 31
    March (``home.dashboard``).
    """

    class Status(models.TextChoices):
        COMPLIANT = "compliant", _("fully compliant")
        PARTIAL = "partial", _("partially compliant")
        NON_COMPLIANT = "non_compliant", _("not compliant")

    class Method(models.TextChoices):
        SELF_ASSESSMENT = "self", _("self-assessment by the public body")
        EXTERNAL = "external", _("assessment by an external body")

    entity_name = models.CharField(
        _("public body"),
        max_length=255,
        help_text=_("The body that publishes the website, e.g. Gminny Ośrodek Pomocy Społecznej."),
    )
    website_published = models.DateField(_("website publication date"))
    website_updated = models.DateField(_("date of the last significant update of the website"))
    status = models.CharField(
        _("conformity with WCAG 2.1 AA"), max_length=20, choices=Status.choices
    )
    non_conformities = StreamField(
        [("item", NonConformityBlock())],
        verbose_name=_("known non-conformities"),
        blank=True,
        help_text=_("Each element that is not accessible, why, and the accessible alternative."),
    )
    prepared_on = models.DateField(_("date the statement was prepared"))
    reviewed_on = models.DateField(
        _("date of the last review"),
        help_text=_("Review and update the statement every year by 31 March."),
    )
    method = models.CharField(
        _("how accessibility was assessed"),
        max_length=20,
        choices=Method.choices,
        default=Method.SELF_ASSESSMENT,
    )
    auditor = models.CharField(_("external assessor"), max_length=255, blank=True)
    contact_person = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("contact email"))
    contact_phone = models.CharField(_("contact phone"), max_length=40)
    keyboard_shortcuts = models.TextField(_("keyboard shortcuts"), blank=True)
    architecture = RichTextField(
        _("architectural accessibility"),
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_(
            "The entrances, lifts, parking, sign-language interpreter and assistance dogs "
            "at the body's premises."
        ),
    )
    mobile_apps = models.TextField(_("mobile applications"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("entity_name"),
                FieldRowPanel([FieldPanel("website_published"), FieldPanel("website_updated")]),
                FieldPanel("status"),
            ],
            heading=_("The website"),
        ),
        FieldPanel("non_conformities"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("reviewed_on")]),
                FieldRowPanel([FieldPanel("method"), FieldPanel("auditor")]),
            ],
            heading=_("Preparation of the statement"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Feedback and contact"),
        ),
        FieldPanel("keyboard_shortcuts"),
        FieldPanel("architecture"),
        FieldPanel("mobile_apps"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("entity_name"),
        index.SearchField("architecture"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("entity_name"),
        SynchronizedField("website_published"),
        SynchronizedField("website_updated"),
        SynchronizedField("status"),
        TranslatableField("non_conformities"),
        SynchronizedField("prepared_on"),
        SynchronizedField("reviewed_on"),
        SynchronizedField("method"),
        SynchronizedField("auditor"),
        TranslatableField("contact_person"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        TranslatableField("keyboard_shortcuts"),
        TranslatableField("architecture"),
        TranslatableField("mobile_apps"),
    ]

    parent_page_types = ["home.NetworkHomePage", "awards.CentrePage"]
    subpage_types = []
    template = "pages/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    @classmethod
    def can_create_at(cls, parent):
        """One statement under the network home and under each centre."""
        return super().can_create_at(parent) and not cls.objects.child_of(parent).exists()

    @property
    def summary(self):
        return self.search_description or _("Accessibility statement of %(name)s") % {
            "name": self.entity_name
        }

    def scope_page(self):
        """The page whose website the statement covers: its centre or the network home."""
        return self.get_parent().specific

    @classmethod
    def for_page(cls, page):
        """The statement that covers ``page``: its centre's, else its network's (or None).

        One query of at most two rows: statements sit right under a network home
        (depth 3) or a centre (depth 4), and every locale has its own tree.
        """
        if page is None or page.depth < 2:
            return None
        steplen = Page.steplen
        scopes = Q(path__startswith=page.path[: 2 * steplen], depth=3)
        if page.depth >= 3:
            scopes |= Q(path__startswith=page.path[: 3 * steplen], depth=4)
        return cls.objects.live().filter(scopes).order_by("-depth").first()


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

    #: Every logo field: what the public may fetch (``photos.access``).
    LOGO_FIELDS = (
        "eu_emblem",
        "poland_flag",
        "regional_logo",
        "logo_2007_2013",
        "logo_2014_2020",
        "logo_2021_2027",
    )

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

    @classmethod
    def logo_ids(cls):
        marking = cls.load()
        return {getattr(marking, f"{name}_id") for name in cls.LOGO_FIELDS} - {None}

    @cached_property
    def logos(self):
        """``{field: image or None}`` in one query (a join of six images takes
        PostgreSQL longer to plan than this takes to run), once per instance:
        ``load(request)`` keeps one instance a request."""
        ids = {name: getattr(self, f"{name}_id") for name in self.LOGO_FIELDS}
        images = NetworkImage.objects.in_bulk({pk for pk in ids.values() if pk})
        return {name: images.get(pk) for name, pk in ids.items()}
