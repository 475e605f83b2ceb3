from django.db import models
from django.db.models import OuterRef, Prefetch, Subquery
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.images import get_image_model
from wagtail.models import Orderable, PageManager, PageQuerySet, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .centre import CentreChildPage


def with_renditions(image_field):
    return Prefetch(image_field, queryset=get_image_model().objects.prefetch_renditions())


class GalleryQuerySet(PageQuerySet):
    def for_listing(self):
        """Live public galleries, newest first, each with ``covers``: its first photo or none.

        Four queries however many galleries: pages, first photos, images, renditions.
        """
        first_photo = GalleryPhoto.objects.filter(page=OuterRef("page")).order_by(
            "sort_order", "pk"
        )
        covers = GalleryPhoto.objects.filter(pk=Subquery(first_photo.values("pk")[:1]))
        return (
            self.live()
            .public()
            .order_by("-first_published_at", "-pk")
            .prefetch_related(
                Prefetch(
                    "photos",
                    queryset=covers.prefetch_related(with_renditions("image")),
                    to_attr="covers",
                )
            )
        )


class GalleryPage(CentreChildPage):
    """Ordered photos with captions and credits, shown as a grid with a lightbox."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = CentreChildPage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("photos", label=_("Photos"), min_num=1),
    ]
    search_fields = CentreChildPage.search_fields + [index.SearchField("intro")]

    objects = PageManager.from_queryset(GalleryQuerySet)()

    translatable_fields = CentreChildPage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("photos"),
    ]

    subpage_types = []
    template = "pages/gallery_page.html"

    class Meta:
        verbose_name = _("gallery")
        verbose_name_plural = _("galleries")

    @property
    def summary(self):
        return self.search_description or self.intro

    def ordered_photos(self):
        return self.photos.prefetch_related(with_renditions("image"))

    def get_share_image(self):
        first = self.photos.select_related("image").first()
        return self.share_image or (first.image if first else None)


class GalleryPhoto(TranslatableMixin, Orderable):
    """A photo of a gallery; its caption and credit are translated with the gallery."""

    page = ParentalKey(GalleryPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "home.NetworkImage", verbose_name=_("photo"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(
        _("photo credit"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to use the credit stored with the image."),
    )

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("credit")]
    translatable_fields = [
        SynchronizedField("image"),
        TranslatableField("caption"),
        TranslatableField("credit"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    @property
    def photo_credit(self):
        return self.credit or self.image.credit
