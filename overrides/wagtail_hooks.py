"""The overrides that work through Wagtail hooks register here (see each module)."""

from wagtail import hooks

from . import (  # noqa: F401 - their hooks register on import
    admin_api,
    convert_to_alias,
    page_bulk_actions,
    page_types_report,
)
from .translation_publishing import refuse_publishing_a_translation_with_unpublishable_photos

# Before wagtail-localize's own hook (order 0), which would publish.
hooks.register(
    "before_edit_page", refuse_publishing_a_translation_with_unpublishable_photos, order=-1
)
