from django.core.validators import RegexValidator
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage

from ..choices import CentreKind, Voivodeship
from ..tree import centre_path


class CentrePage(BasePage):
    """One member centre: its contact data, and the root of its own page tree."""

    official_name = models.CharField(
        _("official name"),
        max_length=255,
        help_text=_("For example Gminny Ośrodek Pomocy Społecznej w Domanicach."),
    )
    kind = models.CharField(_("kind of centre"), max_length=10, choices=CentreKind.choices)
    commune = models.CharField(_("commune (gmina)"), max_length=120)
    county = models.CharField(_("county (powiat)"), max_length=120)
    voivodeship = models.CharField(
        _("voivodeship"), max_length=30, choices=Voivodeship.choices, db_index=True
    )
    street_address = models.CharField(_("street and number"), max_length=255)
    postal_code = models.CharField(
        _("postal code"),
        max_length=6,
        help_text="00-000",
        validators=[RegexValidator(r"^\d{2}-\d{3}$", _("Enter a postal code in the form 00-000."))],
    )
    city = models.CharField(_("town"), max_length=120)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    bip_url = models.URLField(
        _("BIP address"), blank=True, help_text=_("The centre's Biuletyn Informacji Publicznej.")
    )
    facebook_url = models.URLField(_("Facebook profile"), blank=True)
    instagram_url = models.URLField(_("Instagram profile"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn profile"), blank=True)
    x_url = models.URLField(_("X profile"), blank=True)
    head_of_centre = models.CharField(_("head of centre"), max_length=200, blank=True)
    logo = models.ForeignKey(
        "home.NetworkImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [
        FieldPanel("official_name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("head_of_centre")]),
        FieldPanel("intro"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("commune"), FieldPanel("county")]),
                FieldPanel("voivodeship"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
                FieldPanel("bip_url"),
            ],
            heading=_("Contact"),
            help_text=_(
                "The one place for the centre's contact data: its pages, its header and "
                "footer, its own site and what search engines read all show these."
            ),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("facebook_url"), FieldPanel("instagram_url")]),
                FieldRowPanel([FieldPanel("youtube_url"), FieldPanel("linkedin_url")]),
                FieldPanel("x_url"),
            ],
            heading=_("Social profiles"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("official_name"),
        index.SearchField("commune"),
        index.SearchField("county"),
        index.SearchField("city"),
        index.SearchField("intro"),
        index.FilterField("voivodeship"),
        index.FilterField("kind"),
    ]

    # Names and prose are translated; the address and contact data are entered once.
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("official_name"),
        SynchronizedField("kind"),
        SynchronizedField("commune"),
        SynchronizedField("county"),
        SynchronizedField("voivodeship"),
        SynchronizedField("street_address"),
        SynchronizedField("postal_code"),
        SynchronizedField("city"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("bip_url"),
        SynchronizedField("facebook_url"),
        SynchronizedField("instagram_url"),
        SynchronizedField("youtube_url"),
        SynchronizedField("linkedin_url"),
        SynchronizedField("x_url"),
        SynchronizedField("head_of_centre"),
        SynchronizedField("logo"),
        TranslatableField("intro"),
    ]

    parent_page_types = ["home.NetworkHomePage"]
    # No ``subpage_types``: what stands under a centre is every page type whose
    # ``parent_page_types`` names it (stories, galleries, standard pages, the
    # accessibility statement), so a new type under centres touches only its own file.
    template = "pages/centre_page.html"

    class Meta:
        verbose_name = _("centre")
        verbose_name_plural = _("centres")

    @property
    def summary(self):
        return self.search_description or self.intro

    def get_share_image(self):
        return self.share_image or self.logo

    def social_profiles(self):
        """``[(network name, URL), …]`` of the profiles the centre has."""
        profiles = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
            ("X", self.x_url),
        ]
        return [(name, url) for name, url in profiles if url]

    def centre_page(self):
        return self

    def region(self):
        return self.voivodeship

    def structured_data(self, request, publisher_name):
        """A ``GovernmentOrganization`` with its address, contact, the commune it serves
        and its profiles elsewhere (https://developers.google.com/search/docs/appearance/structured-data/organization)."""
        url = self.get_full_url(request)
        data = {
            **self.organization_reference(request),
            "legalName": self.official_name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": self.street_address,
                "postalCode": self.postal_code,
                "addressLocality": self.city,
                "addressRegion": self.get_voivodeship_display(),
                "addressCountry": "PL",
            },
            "areaServed": {
                "@type": "AdministrativeArea",
                "name": self.commune,
                "containedInPlace": {
                    "@type": "AdministrativeArea",
                    "name": self.get_voivodeship_display(),
                },
            },
        }
        data["url"] = url
        if self.phone:
            data["telephone"] = self.phone
        if self.email:
            data["email"] = self.email
        logo = self.logo.public_url("max-600x600", request) if self.logo else None
        if logo:
            data["logo"] = logo
        same_as = [url for _name, url in self.social_profiles()]
        same_as += [url for url in (self.website, self.bip_url) if url]
        if same_as:
            data["sameAs"] = same_as
        return [data]

    def organization_reference(self, request):
        """The centre as other nodes name it (a story's author)."""
        url = self.get_full_url(request)
        return {
            "@type": "GovernmentOrganization",
            "@id": f"{url}#organization",
            "name": self.title,
            "url": url,
        }

    def clean(self):
        from ..provisioning import check_centre_name

        super().clean()
        check_centre_name(self)

    def get_context(self, request, *args, **kwargs):
        from .gallery import GalleryPage
        from .story import AwardStoryPage

        context = super().get_context(request, *args, **kwargs)
        # Lazy: a page from the fragment cache never asks (caching/generation.py).
        context["stories"] = SimpleLazyObject(
            lambda: AwardStoryPage.objects.for_listing(self.locale).filter(centre=self)
        )
        context["galleries"] = SimpleLazyObject(
            lambda: GalleryPage.objects.for_listing().child_of(self)
        )
        return context


class CentreChildPage(BasePage):
    """A page that belongs to one centre, which it remembers for fast listings.

    ``centre`` is derived from the tree (the page's parent), never edited; it
    is refreshed on every save and when the page is moved.
    """

    centre = models.ForeignKey(
        CentrePage,
        verbose_name=_("centre"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["awards.CentrePage"]

    class Meta:
        abstract = True

    def centre_page(self):
        return self.centre

    def save(self, *args, **kwargs):
        if self.path:
            self.centre = CentrePage.objects.filter(path=centre_path(self.path)).first()
        return super().save(*args, **kwargs)
