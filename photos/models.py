from django.db import models
from django.utils.translation import gettext_lazy as _


class PhotoUse(models.Model):
    """An image shown by the live version of a page.

    Rewritten for a page each time it is published, removed when it is
    unpublished (and with it when it is deleted). ``photos.access`` serves an
    image's files to the public only while it has a use on a live public page.
    """

    image = models.ForeignKey(
        "home.NetworkImage", on_delete=models.CASCADE, related_name="public_uses"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="photo_uses"
    )
    field = models.CharField(max_length=255)

    class Meta:
        verbose_name = _("photo use")
        verbose_name_plural = _("photo uses")
        constraints = [
            models.UniqueConstraint(fields=["image", "page", "field"], name="unique_photo_use")
        ]

    def __str__(self):
        return f"{self.image_id} @ {self.page_id} ({self.field})"
