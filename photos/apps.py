from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PhotosConfig(AppConfig):
    """Photos as personal data: upload checks, consent, privacy, renditions."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "photos"
    label = "photos"
    verbose_name = _("Photos")

    def ready(self):
        from wagtail.images import get_image_model
        from wagtail.permissions import register_permission_policy

        from . import signal_handlers  # noqa: F401
        from .permissions import photo_permission_policy

        # Ahead of the one wagtail.images registers: an exact-class policy wins.
        register_permission_policy(get_image_model(), photo_permission_policy(), exact_class=True)
