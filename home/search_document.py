"""What a page puts into the search index besides its own fields.

Every public page type mixes in :class:`SearchDocument` (through
``home.models.BasePage``) and adds :data:`SEARCH_DOCUMENT_FIELDS` to its
``search_fields``. The facet values come from the page's own methods
(``centre_page``, ``shown_award``, ``award_year``, ``listing_date``), which the
page types override; nothing here knows a page type. The values are computed
in Python from the database, so the index stays derived data that
``manage.py update_index`` rebuilds:

* ``search_title_keys`` / ``search_text_keys`` — the page's words reduced to
  search keys (lemma, folded; see ``home.search_keys``) in the language of
  the page's locale. Queries are reduced the same way, which is what makes
  "nagrodę ministra" find "Nagroda specjalna Ministra" on every backend.
* ``search_suggest`` — the folded title, for autocomplete without diacritics.
* ``search_centre``, ``search_region``, ``search_award``, ``search_year``,
  ``search_type``, ``search_date`` — the facets and the date order, stored in
  Elasticsearch/OpenSearch documents. The database backend computes the same
  values with SQL from the tables instead (``search.engine``, the only place
  that knows the backend).

``SearchDocument`` is an abstract model without fields, so it adds no
columns and no migrations; it is a model only because the Elasticsearch
mapping names fields after the model that defines them.
"""

from django.db import models
from wagtail.search import index

from . import search_keys

#: The facets a visitor can filter by, in the order the page shows them.
FACETS = ("type", "award", "year", "centre", "region")

SEARCH_DOCUMENT_FIELDS = [
    index.SearchField("search_title_keys", boost=4),
    index.SearchField("search_text_keys"),
    index.AutocompleteField("search_suggest"),
    index.FilterField("search_type"),
    index.FilterField("search_award", es_extra={"type": "long"}),
    index.FilterField("search_year", es_extra={"type": "integer"}),
    index.FilterField("search_centre", es_extra={"type": "long"}),
    index.FilterField("search_region"),
    index.FilterField("search_date", es_extra={"type": "date"}),
]

# Our own fields, and fields that hold no words (images, dates), never feed the keys.
_NOT_TEXT = {field.field_name for field in SEARCH_DOCUMENT_FIELDS}


def _texts(value):
    """Flatten what ``SearchField.get_value`` returns (str, list, StreamField content)."""
    if value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    else:
        yield str(value)


def _field_texts(obj, fields):
    for field in fields:
        if field.field_name in _NOT_TEXT:
            continue
        if isinstance(field, index.SearchField):
            yield from _texts(field.get_value(obj))
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                yield from _field_texts(item, field.fields)


class SearchDocument(models.Model):
    """Search keys, suggestions and facet values of a page (no database columns)."""

    class Meta:
        abstract = True

    # --- words --------------------------------------------------------------
    def search_language(self):
        return search_keys.language_of(self.locale.language_code)

    def search_context_texts(self):
        """Words that describe the page without being on it: the centre it belongs to."""
        centre = self.centre_page()
        if centre is not None and centre.pk != self.pk:
            return [centre.title, getattr(centre, "city", "")]
        return []

    def search_texts(self):
        """Every word a visitor may search this page by: its search fields and its context."""
        return [
            *_field_texts(self, type(self).get_search_fields()),
            *self.search_context_texts(),
        ]

    def search_title_keys(self):
        return search_keys.document_keys([self.title], self.search_language())

    def search_text_keys(self):
        return search_keys.document_keys(self.search_texts(), self.search_language())

    def search_suggest(self):
        return search_keys.fold(self.title)

    # --- facets ---------------------------------------------------------------
    def search_type(self):
        return self._meta.model_name

    def search_award(self):
        award = self.shown_award()
        return award.pk if award is not None else None

    def search_year(self):
        return self.award_year()

    def search_centre(self):
        centre = self.centre_page()
        return centre.pk if centre else None

    def search_region(self):
        return self.region()

    def search_date(self):
        """The date results are ordered by (``listing_date``)."""
        date = self.listing_date()
        return date.isoformat() if date else None
