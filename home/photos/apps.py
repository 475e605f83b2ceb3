from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PhotosConfig(AppConfig):
    """Photos as personal data: upload checks, consent, privacy, renditions."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "home.photos"
    label = "photos"
    verbose_name = _("Photos")

    def ready(self):
        from . import signal_handlers  # noqa: F401
