from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = _("Network search")

    def ready(self):
        from django.db.models.signals import post_save

        from home import shown_content

        from . import signal_handlers

        # Every models module is imported by now, so the list is complete.
        for entry in shown_content.registered():
            post_save.connect(signal_handlers.reindex_pages_showing, sender=entry.model)
