"""What every public page of the network is and knows (``BasePage``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..page_form import NetworkPageForm
from ..publishing import check_publishable
from ..search_document import SEARCH_DOCUMENT_FIELDS, SearchDocument

#: The share card's image: the Open Graph image of base.html (``photos`` role "share").
SHARE_IMAGE_FILTER = "fill-1200x630|format-jpeg"


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

    #: Whether the page lists pages from the whole network (a front page, the
    #: award index): any change to a page then purges it (``caching.purge``).
    lists_whole_network = False
    #: The date field the page is ordered by in listings and search (a story's
    #: award date); None: the date it was first published. The search's SQL
    #: reads it too (``search.engine``).
    listing_date_field = None

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

    # --- What the page tells listings, search, search engines and caches. ----
    # Page types override these; nothing outside a page type switches on it.

    def centre_page(self):
        """The centre this page belongs to (a centre: itself), or None.

        A page that does not know it asks its parent, once per instance: a
        centre answers itself, the network home answers None.
        """
        if not hasattr(self, "_centre_page"):
            parent = self.get_parent() if self.depth and self.depth > 1 else None
            parent = parent.specific if parent is not None else None
            self._centre_page = parent.centre_page() if isinstance(parent, BasePage) else None
        return self._centre_page

    def live_centre(self):
        """The centre the page belongs to while that centre is live (header, footer, feeds)."""
        centre = self.centre_page()
        return centre if centre is not None and centre.live else None

    def region(self):
        """The voivodeship (its code) the page is about: its centre's, or None."""
        centre = self.centre_page()
        return centre.region() if centre is not None and centre is not self else None

    def shown_award(self):
        """The award the page is about (a story's), or None."""
        return None

    def award_year(self):
        """The year of that award, or None."""
        return None

    def listing_date(self):
        """The date listings and search order the page by: ``listing_date_field``,
        else its first publication."""
        if self.listing_date_field and getattr(self, self.listing_date_field):
            return getattr(self, self.listing_date_field)
        return self.first_published_at.date() if self.first_published_at else None

    def structured_data(self, request, publisher_name):
        """schema.org nodes (JSON-LD) that describe the page; ``seo`` adds the breadcrumbs."""
        return []

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

    def share_image_url(self, request=None):
        """The absolute URL of the share card's image (JSON-LD), or None."""
        image = self.public_share_image
        return image.public_url(SHARE_IMAGE_FILTER, request) if image is not None else None

    def publish(self, revision, *args, **kwargs):
        """Every way of publishing (button, approval, bulk, schedule) passes here.

        A page whose photos lack alt text or consent is refused
        (``home.publishing.check_publishable``); the admin says so earlier, in the
        page form and before workflow and bulk actions (``photos``).
        """
        if check_publishable(revision, kwargs.get("log_action")):
            return super().publish(revision, *args, **kwargs)
        return None
