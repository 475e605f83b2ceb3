"""What pages show besides their own fields: the one list that caches and search read.

A page shows snippets (an award, a project), images and settings. These have
no drafts: saving one is what readers see at once, so every page that shows it
must leave the page caches and Varnish (``caching``) and be indexed again
(``search``). Each app registers the models it makes pages show, next to the
model, with the live pages that show an instance::

    shown_content.register(Award)                       # found by the reference index
    shown_content.register(EUMarkingSettings, pages=eu_funded_stories)
    shown_content.register(NetworkSettings, whole_site=lambda settings: settings.site)

``whole_site`` is for what every page of a Site shows (the footer). A page's
own child rows (a gallery's photos) are not registered: they are saved only
when the page is published, which empties the caches itself. Models are
registered when their models module is imported, so before any app's
``ready()`` connects to the list (``caching.apps``, ``search.apps``).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex


def pages_referring_to(obj):
    """The live pages that refer to ``obj``: Wagtail's reference index and many-to-many fields.

    The reference index records every foreign key, child relation (a network
    home's featured awards), StreamField and rich-text link from a page
    (https://docs.wagtail.org/en/stable/advanced_topics/reference_index.html);
    it does not record many-to-many fields, so those (a story's projects) are
    followed here.
    """
    page_type = ContentType.objects.get_for_model(Page)
    ids = {
        int(pk)
        for pk in ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    }
    for relation in obj._meta.related_objects:
        if relation.many_to_many and issubclass(relation.related_model, Page):
            ids.update(getattr(obj, relation.get_accessor_name()).values_list("pk", flat=True))
    return Page.objects.live().filter(pk__in=ids)


@dataclass(frozen=True)
class Shown:
    model: type
    #: ``fn(instance)``: the live pages that show ``instance``.
    pages: Callable = pages_referring_to
    #: ``fn(instance)``: the Site whose every page shows ``instance``, or None.
    whole_site: Callable | None = None


_registry = {}


def register(model, *, pages=pages_referring_to, whole_site=None):
    _registry[model] = Shown(model, pages, whole_site)
    return model


def registered():
    """Every registered :class:`Shown`, in the order of registration."""
    return list(_registry.values())


def entry_for(model):
    """The :class:`Shown` of ``model`` (or of a registered parent class), or None."""
    for registered_model, entry in _registry.items():
        if issubclass(model, registered_model):
            return entry
    return None
