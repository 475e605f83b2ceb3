from django.db import models
from django.utils.translation import gettext_lazy as _


class CentreWorkspace(models.Model):
    """What a centre works with: its editors' group, its photo collection, its own Site.

    One per centre, shared by the centre's translations (keyed by the centre's
    ``translation_key``). It lives outside the page so that page revisions,
    reverts and translations never carry or overwrite it. Created by
    ``awards.provisioning``; never edited by hand.
    """

    translation_key = models.UUIDField(unique=True, editable=False)
    editors = models.OneToOneField(
        "auth.Group", verbose_name=_("editors' group"), on_delete=models.PROTECT, related_name="+"
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("centre workspace")

    def __str__(self):
        return self.editors.name
