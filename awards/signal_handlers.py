"""Keep derived data in step with the page tree."""

from django.apps import apps
from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver
from wagtail.models import Page

from .models.centre import CentreChildPage, CentrePage
from .provisioning import follow_centre_name, provision_centre
from .roles import ensure_network_roles
from .tree import centre_path


@receiver(post_save, sender=Page)
def refresh_centre_of_moved_page(sender, instance, raw=False, **kwargs):
    """A story or gallery moved to another centre belongs to that centre from now on.

    Wagtail's move saves the page as its base ``Page`` row, with its new path,
    inside the move (``wagtail.actions.move_page``), so the centre is right
    before ``post_page_move`` is sent and every receiver of it (the search
    index) sees the new one. Pages saved as their own type refresh it in
    ``CentreChildPage.save``.
    """
    model = instance.specific_class
    if not raw and model is not None and issubclass(model, CentreChildPage):
        model.objects.filter(pk=instance.pk).update(
            centre=CentrePage.objects.filter(path=centre_path(instance.path)).first()
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
