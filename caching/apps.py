from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CachingConfig(AppConfig):
    """The three caches in front of a page and what empties them (docs/architecture.md)."""

    name = "caching"
    verbose_name = _("Caching")

    def ready(self):
        from . import generation, purge  # noqa: F401
