from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CachingConfig(AppConfig):
    """The caches in front of a page and what empties them (docs/architecture.md)."""

    name = "caching"
    verbose_name = _("Caching")

    def ready(self):
        """Connect the cache's receivers to the page models and to what pages show.

        By now every models module is imported, so every page model exists and
        every model that pages show is registered (``home.shown_content``).
        """
        from django.db.models.signals import post_delete, post_save, pre_delete
        from wagtail.models import Page, get_page_models
        from wagtail.signals import page_unpublished, post_page_move

        from home import shown_content

        from . import generation, purge

        for model in get_page_models():
            post_save.connect(generation.content_saved, sender=model)
        post_delete.connect(generation.content_deleted, sender=Page)
        page_unpublished.connect(generation.page_left_or_moved)
        post_page_move.connect(generation.page_left_or_moved)
        for entry in shown_content.registered():
            post_save.connect(generation.content_saved, sender=entry.model)
            post_delete.connect(generation.content_deleted, sender=entry.model)
            post_save.connect(purge.purge_saved_content, sender=entry.model)
            pre_delete.connect(purge.purge_deleted_content, sender=entry.model)
