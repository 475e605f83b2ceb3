from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import shown_content
from home.blocks import BodyBlock
from home.i18n import localized_all
from home.models import EUMarkingSettings

from ..choices import Recipient
from .centre import CentreChildPage

RELATED_STORIES = 3


class AwardStoryQuerySet(PageQuerySet):
    def for_listing(self, locale):
        """Live public stories of one locale, newest first, with what a listing card shows."""
        return (
            self.live()
            .public()
            .filter(locale=locale)
            .select_related("award", "centre")
            .prefetch_related(
                Prefetch("hero_image", queryset=get_image_model().objects.prefetch_renditions())
            )
            .order_by("-date_awarded", "-pk")
        )


class AwardStoryTag(TaggedItemBase):
    content_object = ParentalKey(
        "awards.AwardStoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class AwardStoryPage(CentreChildPage):
    """One award, told: which award, when, who conferred it, and the story."""

    award = models.ForeignKey(
        "awards.Award", verbose_name=_("award"), on_delete=models.PROTECT, related_name="stories"
    )
    date_awarded = models.DateField(_("date awarded"), db_index=True)
    ceremony_date = models.DateField(_("ceremony date"), null=True, blank=True)
    ceremony_place = models.CharField(_("ceremony place"), max_length=255, blank=True)
    conferred_by = models.CharField(
        _("conferred by"),
        max_length=255,
        blank=True,
        help_text=_("For example the Marshal of the Mazowieckie Voivodeship."),
    )
    recipient = models.CharField(
        _("received by"), max_length=10, choices=Recipient.choices, default=Recipient.CENTRE
    )
    recipient_name = models.CharField(
        _("employee's name"),
        max_length=200,
        blank=True,
        help_text=_("Only when a named employee received the award."),
    )
    lead = models.TextField(_("lead"), help_text=_("One or two sentences shown in listings."))
    body = StreamField(BodyBlock(), verbose_name=_("story"), blank=True)
    hero_image = models.ForeignKey(
        "home.NetworkImage",
        verbose_name=_("main photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    projects = ParentalManyToManyField(
        "awards.Project", verbose_name=_("related projects"), blank=True, related_name="stories"
    )
    tags = ClusterTaggableManager(through=AwardStoryTag, blank=True, verbose_name=_("tags"))

    objects = PageManager.from_queryset(AwardStoryQuerySet)()

    content_panels = CentreChildPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("award"),
                FieldRowPanel([FieldPanel("date_awarded"), FieldPanel("ceremony_date")]),
                FieldPanel("ceremony_place"),
                FieldPanel("conferred_by"),
                FieldRowPanel([FieldPanel("recipient"), FieldPanel("recipient_name")]),
            ],
            heading=_("The award"),
        ),
        FieldPanel("lead"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("projects"),
        FieldPanel("tags"),
    ]
    search_fields = CentreChildPage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("conferred_by"),
        index.SearchField("ceremony_place"),
        index.RelatedFields("award", [index.SearchField("name")]),
        index.FilterField("award"),
        index.FilterField("centre"),
        index.FilterField("date_awarded"),
    ]

    # The award is linked to its translation in the story's language; dates,
    # photos, projects and tags are entered once for every language.
    translatable_fields = CentreChildPage.translatable_fields + [
        TranslatableField("award"),
        SynchronizedField("date_awarded"),
        SynchronizedField("ceremony_date"),
        TranslatableField("ceremony_place"),
        TranslatableField("conferred_by"),
        SynchronizedField("recipient"),
        SynchronizedField("recipient_name"),
        TranslatableField("lead"),
        TranslatableField("body"),
        SynchronizedField("hero_image"),
        SynchronizedField("projects"),
        SynchronizedField("tagged_items"),
    ]

    listing_date_field = "date_awarded"
    subpage_types = []
    template = "pages/award_story_page.html"

    class Meta:
        verbose_name = _("award story")
        verbose_name_plural = _("award stories")

    @property
    def summary(self):
        return self.search_description or self.lead

    @property
    def year(self):
        return self.date_awarded.year

    def get_share_image(self):
        return self.share_image or self.hero_image

    def shown_award(self):
        return self.award

    def award_year(self):
        return self.date_awarded.year

    def structured_data(self, request, publisher_name):
        """A ``NewsArticle`` about its centre, which holds the award
        (https://developers.google.com/search/docs/appearance/structured-data/article)."""
        url = self.get_full_url(request)
        data = {
            "@type": "NewsArticle",
            "@id": f"{url}#article",
            "mainEntityOfPage": url,
            "url": url,
            "headline": self.title[:110],
            "description": strip_tags(self.summary or ""),
            "inLanguage": self.locale.language_code,
            "articleSection": self.award.name,
            "publisher": {"@type": "Organization", "name": publisher_name},
        }
        # Unknown for a page never published (a preview): left out rather than invented.
        published = self.first_published_at or self.latest_revision_created_at
        modified = self.last_published_at or published
        if published:
            data["datePublished"] = published.isoformat()
        if modified:
            data["dateModified"] = modified.isoformat()
        image = self.share_image_url(request)
        if image:
            data["image"] = [image]
        centre = self.live_centre()
        if centre is not None:
            organization = {
                **centre.organization_reference(request),
                "award": f"{self.award.name} ({self.year})",
            }
            data["author"] = organization
            data["about"] = organization
        return [data]

    def clean(self):
        super().clean()
        if self.recipient == Recipient.PERSON and not self.recipient_name:
            raise ValidationError(
                {"recipient_name": _("Give the name of the employee who received the award.")}
            )

    def projects_with_participants(self):
        """The story's projects in its language, each with its participant groups."""
        projects = localized_all(self.projects.all(), self.locale)
        prefetch_related_objects(projects, "participant_groups")
        return projects

    def related_stories(self):
        return (
            AwardStoryPage.objects.for_listing(self.locale)
            .filter(Q(award_id=self.award_id) | Q(centre_id=self.centre_id))
            .exclude(pk=self.pk)[:RELATED_STORIES]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: a page from the fragment cache never asks (caching/generation.py).
        context["related_stories"] = SimpleLazyObject(self.related_stories)
        return context


def eu_funded_stories(marking):
    """The live stories about an EU-funded project: they show the EU-funds marking strip."""
    return AwardStoryPage.objects.live().filter(projects__programme_period__gt="").distinct()


shown_content.register(EUMarkingSettings, pages=eu_funded_stories)
