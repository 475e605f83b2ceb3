"""Every field an editor sets on a page is either translated or copied to every language.

wagtail-localize handles only the fields a page type lists in its
``translatable_fields``: a ``TranslatableField`` is rewritten by the
translator, a ``SynchronizedField`` is copied as it is to every language. A
field left out is silently never synchronised: each translation keeps
whatever the field held when it was created. So every stored field and every
child relation (the rows of an inline panel) of every page type built on
``home.models.BasePage`` is in that list, or named below with the reason it
is not.
"""

import pytest
from modelcluster.models import get_all_child_relations
from taggit.managers import TaggableManager
from wagtail.models import Page, get_page_models
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage

# Fields no editor sets: Wagtail's own bookkeeping on wagtail.models.Page (each
# translation has its own), and fields the project derives. Only exempt where
# they come from Page, are the primary key or are not editable (see
# ``is_managed``), so an editor's field of the same name is still checked.
MANAGED_FIELDS = {
    "id": "the primary key of Page's row",
    "page_ptr": "the page type's link to its Page row, Django's own",
    "content_type": "the page type, set by Wagtail when the page is created",
    "path": "treebeard: the page's place in its locale's tree",
    "depth": "treebeard: the page's level in the tree",
    "numchild": "treebeard: how many child pages it has",
    "url_path": "derived by Wagtail from the slugs of the page and its ancestors",
    "locale": "what makes a translation one; wagtail-localize sets it",
    "translation_key": "links a page to its translations; wagtail-localize sets it",
    "alias_of": "set by Wagtail for aliases (wagtail-localize's convert to alias)",
    "draft_title": "the latest revision's title, kept by Wagtail",
    "live": "each translation's own publication state, changed only by publishing",
    "has_unpublished_changes": "each translation's own publication state",
    "first_published_at": "set by Wagtail when each translation is first published",
    "last_published_at": "set by Wagtail when each translation is published",
    "go_live_at": "each translation's own schedule (wagtail-localize skips it too)",
    "expire_at": "each translation's own schedule (wagtail-localize skips it too)",
    "expired": "set by Wagtail when expire_at passes",
    "live_revision": "the revision each translation has published",
    "latest_revision": "each translation's own revisions",
    "latest_revision_created_at": "each translation's own revisions",
    "locked": "a lock on editing one translation",
    "locked_at": "a lock on editing one translation",
    "locked_by": "a lock on editing one translation",
    "owner": "who created each translation, set by Wagtail",
    "wagtail_admin_comments": "editors' notes on one draft (wagtail-localize skips them too)",
    "centre": "derived from the tree on every save (CentreChildPage), not editable",
}

# Editors' fields each language keeps for itself on purpose, as
# "app_label.ModelName.field": why. None today: every field an editor sets is
# either translated or copied.
NOT_SYNCHRONISED_ON_PURPOSE: dict[str, str] = {}

PAGE_TYPES = [model for model in get_page_models() if issubclass(model, BasePage)]


def fields_to_classify(model):
    """Every stored field of ``model`` (with its many-to-many fields) and its child relations."""
    return [
        *(field for field in model._meta.get_fields() if field.concrete),
        *get_all_child_relations(model),
    ]


def classified(model):
    return {
        field.field_name
        for field in model.translatable_fields
        if isinstance(field, TranslatableField | SynchronizedField)
    }


def names_carrying(model, field):
    """The names in ``translatable_fields`` that take ``field`` to other languages.

    A tag manager's tags are rows of its through model, which is a child relation
    of the page (``tags`` -> ``tagged_items``); wagtail-localize copies that relation.
    """
    names = {field.name}
    if isinstance(field, TaggableManager):
        through = field.remote_field.through
        names |= {
            relation.name
            for relation in get_all_child_relations(model)
            if relation.related_model is through
        }
    return names


def is_managed(model, field):
    return field.name in MANAGED_FIELDS and (
        field.model is Page or field is model._meta.pk or not field.editable
    )


def unclassified(model):
    names = classified(model)
    return [
        field.name
        for field in fields_to_classify(model)
        if not names_carrying(model, field) & names
        and not is_managed(model, field)
        and f"{model._meta.label}.{field.name}" not in NOT_SYNCHRONISED_ON_PURPOSE
    ]


@pytest.mark.parametrize("model", PAGE_TYPES, ids=[model._meta.label for model in PAGE_TYPES])
def test_every_field_of_the_page_type_is_translated_or_synchronised(model):
    missing = unclassified(model)

    assert not missing, (
        f"{model._meta.label}: not in translatable_fields: {', '.join(missing)}. "
        "wagtail-localize never takes such a field to the other languages. Add each to "
        f"{model.__name__}.translatable_fields as TranslatableField (text a translator "
        "rewrites) or SynchronizedField (facts, dates, choices, images, links: copied as "
        "they are); or, if each language must keep its own value, name it in "
        "NOT_SYNCHRONISED_ON_PURPOSE in tests/home/test_translation_fields.py with why "
        "(a field no editor sets, Wagtail's own or derived, goes in MANAGED_FIELDS there)."
    )


def test_the_page_types_and_the_exceptions_are_real():
    """No page type goes unchecked, and no exception outlives its field."""
    assert PAGE_TYPES, "no page type in wagtail.models.get_page_models() subclasses BasePage"
    fields = {field.name for model in PAGE_TYPES for field in fields_to_classify(model)}
    assert not set(MANAGED_FIELDS) - fields
    for key in NOT_SYNCHRONISED_ON_PURPOSE:
        label, name = key.rsplit(".", 1)
        assert any(
            model._meta.label == label and name in {f.name for f in fields_to_classify(model)}
            for model in PAGE_TYPES
        ), f"{key} in NOT_SYNCHRONISED_ON_PURPOSE is not a field of a page type"
