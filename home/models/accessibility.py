"""The accessibility statement (deklaracja dostępności) of the network and of each centre."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..blocks import NonConformityBlock
from .base_page import BasePage


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
        """The statement that covers ``page``: the nearest one among the children of its
        ancestors (its centre's, else its network's), or None. One query: statements
        stand right under a network home or a centre (``parent_page_types``).
        """
        if page is None or page.depth < 2:
            return None
        scopes = Q()
        for depth in range(2, page.depth + 1):
            scopes |= Q(path__startswith=page.path[: depth * page.steplen], depth=depth + 1)
        return cls.objects.live().filter(scopes).order_by("-depth").first()
