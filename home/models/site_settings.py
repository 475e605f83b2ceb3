"""Settings edited once for a Site or for the whole network."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import (
    BaseGenericSetting,
    BaseSiteSetting,
    register_setting,
)

from .. import shown_content
from .images import NetworkImage


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


# What pages show (``home.shown_content``): the footer of every page of a Site
# shows its network settings; the EU marking is shown by the stories that
# ``awards`` registers for it.
shown_content.register(NetworkSettings, whole_site=lambda settings: settings.site)
