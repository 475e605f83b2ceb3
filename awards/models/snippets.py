"""Structured facts shared by many stories: awards and EU-funded projects."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import shown_content

from ..choices import AwardCategory, AwardLevel, ProgrammePeriod


class Award(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in addresses such as ?award=zawsze-pomocni. The same in every language."),
    )
    awarding_body = models.CharField(_("awarding body"), max_length=255)
    level = models.CharField(_("level"), max_length=20, choices=AwardLevel.choices)
    category = models.CharField(_("category"), max_length=20, choices=AwardCategory.choices)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("awarding_body"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("category")]),
        FieldPanel("description"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("awarding_body"),
        SynchronizedField("level"),
        SynchronizedField("category"),
        TranslatableField("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("awarding_body"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("award")
        verbose_name_plural = _("awards")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_award_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class Project(TranslatableMixin, index.Indexed, ClusterableModel):
    """An EU-funded (or other) project that award stories describe."""

    name = models.CharField(_("name"), max_length=255)
    programme = models.CharField(
        _("programme"), max_length=255, blank=True, help_text=_("For example POKL 2007–2013.")
    )
    programme_period = models.CharField(
        _("programme period"),
        max_length=9,
        choices=ProgrammePeriod.choices,
        blank=True,
        help_text=_(
            "The EU financial perspective: it decides which marking the project's "
            "stories show. Leave empty for a project without EU funds."
        ),
    )
    fund = models.CharField(
        _("fund"),
        max_length=120,
        blank=True,
        help_text=_("For example Europejski Fundusz Społeczny."),
    )
    priority = models.CharField(_("priority"), max_length=20, blank=True, help_text="VII")
    action = models.CharField(_("action"), max_length=20, blank=True, help_text="7.1")
    sub_action = models.CharField(_("sub-action"), max_length=20, blank=True, help_text="7.1.1")
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty while the project runs.")
    )
    results = models.TextField(_("results"), blank=True)

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("programme"),
                FieldRowPanel([FieldPanel("programme_period"), FieldPanel("fund")]),
                FieldRowPanel(
                    [FieldPanel("priority"), FieldPanel("action"), FieldPanel("sub_action")]
                ),
            ],
            heading=_("Programme"),
        ),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
        InlinePanel("participant_groups", label=_("Participants")),
        FieldPanel("results"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("programme"),
        SynchronizedField("programme_period"),
        TranslatableField("fund"),
        SynchronizedField("priority"),
        SynchronizedField("action"),
        SynchronizedField("sub_action"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        TranslatableField("participant_groups"),
        TranslatableField("results"),
    ]
    # Every field the snippet listing searches (awards.wagtail_hooks.ProjectViewSet).
    search_fields = [
        index.SearchField("name"),
        index.SearchField("programme"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The project cannot end before it starts.")})

    @property
    def code(self):
        """The programme's numbering, e.g. "7.1.1", most specific first."""
        return self.sub_action or self.action or self.priority

    @property
    def participants_total(self):
        return sum(group.count for group in self.participant_groups.all())


class ProjectParticipantGroup(TranslatableMixin, Orderable):
    """Participants counted by status, e.g. 32 unemployed, 22 inactive."""

    project = ParentalKey(Project, on_delete=models.CASCADE, related_name="participant_groups")
    label = models.CharField(_("status"), max_length=120)
    count = models.PositiveIntegerField(_("number of participants"))

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("count")])]
    translatable_fields = [TranslatableField("label"), SynchronizedField("count")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    def __str__(self):
        return f"{self.label}: {self.count}"


# Pages show these: saving one empties the caches of those pages and indexes
# them again (``home.shown_content``). A project's participant groups are saved
# only with their project, whose save does both.
shown_content.register(Award)
shown_content.register(Project)
