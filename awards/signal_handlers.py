"""Keep derived data in step with the page tree."""

from django.dispatch import receiver
from wagtail.signals import post_page_move

from .models.centre import CentreChildPage, CentrePage


@receiver(post_page_move)
def refresh_centre_after_move(sender, instance, parent_page_after, **kwargs):
    """A story or gallery moved to another centre belongs to that centre from now on."""
    if issubclass(sender, CentreChildPage):
        sender.objects.filter(pk=instance.pk).update(
            centre=CentrePage.objects.filter(pk=parent_page_after.pk).first()
        )
