"""Keep derived data in step with the page tree."""

from django.apps import apps
from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver
from wagtail.signals import post_page_move

from .models.centre import CentreChildPage, CentrePage
from .provisioning import follow_centre_name, provision_centre
from .roles import ensure_network_roles


@receiver(post_page_move)
def refresh_centre_after_move(sender, instance, parent_page_after, **kwargs):
    """A story or gallery moved to another centre belongs to that centre from now on."""
    if issubclass(sender, CentreChildPage):
        sender.objects.filter(pk=instance.pk).update(
            centre=CentrePage.objects.filter(pk=parent_page_after.pk).first()
        )


@receiver(post_save, sender=CentrePage)
def provision_new_centre(sender, instance, created, raw=False, **kwargs):
    """A new centre (or a new translation of one) gets its workspace; a renamed one keeps it."""
    if raw:
        return
    if created:
        provision_centre(instance)
    else:
        follow_centre_name(instance)


@receiver(post_migrate)
def set_up_network_roles(sender, app_config, **kwargs):
    """After ``migrate``, once every app's permissions exist: the last app is signalled last."""
    apps_with_models = [config for config in apps.get_app_configs() if config.models_module]
    if app_config is apps_with_models[-1]:
        ensure_network_roles()
