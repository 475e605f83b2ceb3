from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    """Documents follow the photo rules: checked on upload, public once a live page links them."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "documents"
    label = "network_documents"
    verbose_name = _("Documents")

    def ready(self):
        from . import signal_handlers  # noqa: F401
