from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentUse(models.Model):
    """A document linked from the live version of a page.

    Rewritten for a page each time it is published, removed when it is
    unpublished (and with it when it is deleted), like ``photos.PhotoUse``.
    ``documents.access`` serves a document to the public only while it has
    a use on a live page outside any view restriction.
    """

    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="public_uses"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="document_uses"
    )
    field = models.CharField(max_length=255)

    class Meta:
        verbose_name = _("document use")
        verbose_name_plural = _("document uses")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "page", "field"], name="unique_document_use"
            )
        ]

    def __str__(self):
        return f"{self.document_id} @ {self.page_id} ({self.field})"
