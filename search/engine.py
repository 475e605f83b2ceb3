"""One search behaviour on every backend: matching, facets, ordering, pages.

The text part of a search goes through Wagtail's search API (modelsearch),
with the query already reduced to search keys (``home.search_keys``) and all
keys required (``operator="and"``). What the API does not offer uniformly —
several facets at once, filters on facts that are not columns of ``Page``,
ordering by award date — is done here, twice:

* :class:`DatabaseEngine` (SQLite FTS5, PostgreSQL): the backend gives a
  Django queryset of matching pages; filters, facet counts and ordering are
  SQL on the page tables.
* :class:`ElasticEngine` (Elasticsearch 8/9, OpenSearch 2/3): the backend's
  query compiler gives the query (text and the live/public/locale filters);
  filters, aggregations and sort on the ``search_*`` fields of the document
  (``home.search_document``) are added, and the whole is one request.

:func:`run_search` picks the engine of the ``default`` backend and, when an
engine fails (down, index missing), logs it, flags it for the admin and
answers from the database backend instead.
"""

import json
import logging
from dataclasses import dataclass, field

from django.db.models import Count, DateField, F, OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce, ExtractYear, Substr
from modelsearch.backends import get_search_backend
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.query import MATCH_ALL, PlainText
from wagtail.models import Page, get_page_models

from awards.models import CentrePage
from awards.tree import CENTRE_PATH_LENGTH
from home.models import StandardPage
from home.search_document import FACETS, SEARCH_DOCUMENT_FIELDS

from . import health
from .backends import FALLBACK_BACKEND_NAME

logger = logging.getLogger(__name__)

RELEVANCE = "relevance"
DATE = "date"
ORDERS = (RELEVANCE, DATE)

#: How many values a facet lists at most (the most frequent first).
FACET_SIZE = {"type": 10, "award": 30, "year": 50, "centre": 30, "region": 16}

#: How many suggestions the autocomplete offers.
SUGGESTIONS = 8


@dataclass(frozen=True)
class Filters:
    """Validated facet filters (see ``search.forms``); None means "any"."""

    type: str | None = None
    award: tuple = ()  # ids of the awards with the chosen slug
    year: int | None = None
    centre: object = None  # the CentrePage
    region: str | None = None

    def active(self):
        return {
            name: value
            for name, value in (
                ("type", self.type),
                ("award", self.award),
                ("year", self.year),
                ("centre", self.centre),
                ("region", self.region),
            )
            if value
        }


@dataclass(frozen=True)
class SearchRequest:
    keys: tuple  # search keys of the query; () to browse
    locale: object
    filters: Filters = Filters()
    order: str = RELEVANCE
    offset: int = 0
    limit: int = 10

    @property
    def by_relevance(self):
        return bool(self.keys) and self.order == RELEVANCE


@dataclass
class SearchOutcome:
    total: int
    pages: list  # Page instances (not yet specific), in order
    facets: dict  # facet name -> [(raw value, count)], most frequent first
    engine: str
    degraded: bool = False
    sent: list = field(default_factory=list)  # request bodies, for tests and snapshots


def searchable_pages(locale):
    """Every page a visitor may find: live, public, of the locale, not the tree root."""
    return Page.objects.live().public().filter(locale=locale, depth__gt=1)


def _sort_buckets(counts, size):
    return sorted(counts, key=lambda item: (-item[1], str(item[0])))[:size]


def _listing_date_columns():
    """The ``listing_date_field`` of every page type that has one, as a lookup from ``Page``."""
    return [
        f"{model._meta.model_name}__{model.listing_date_field}"
        for model in get_page_models()
        if getattr(model, "listing_date_field", None)
    ]


class DatabaseEngine:
    name = "database"

    def __init__(self, backend):
        self.backend = backend

    def _matches(self, request):
        pages = searchable_pages(request.locale)
        if not request.keys:
            return pages
        results = self.backend.search(
            " ".join(request.keys),
            pages,
            operator="and",
            order_by_relevance=request.by_relevance,
        )
        # The database backends answer with a queryset (SQLite FTS5, PostgreSQL).
        return results.get_queryset()

    @staticmethod
    def _with_facts(queryset):
        """Annotate the facet values computed from the tables, as ``home.search_document`` does."""
        centre = CentrePage.objects.filter(path=Substr(OuterRef("path"), 1, CENTRE_PATH_LENGTH))
        return queryset.annotate(
            f_type=F("content_type__model"),
            f_award=F("awardstorypage__award_id"),
            f_year=ExtractYear("awardstorypage__date_awarded"),
            f_centre=Subquery(centre.values("pk")[:1]),
            f_region=Subquery(centre.values("voivodeship")[:1]),
            f_date=Coalesce(*_listing_date_columns(), Cast("first_published_at", DateField())),
        )

    @staticmethod
    def _filter(queryset, filters):
        if filters.type:
            queryset = queryset.filter(content_type__model=filters.type)
        if filters.award:
            queryset = queryset.filter(awardstorypage__award_id__in=filters.award)
        if filters.year:
            queryset = queryset.filter(awardstorypage__date_awarded__year=filters.year)
        if filters.centre:
            queryset = queryset.filter(path__startswith=filters.centre.path)
        if filters.region:
            queryset = queryset.filter(f_region=filters.region)
        return queryset

    def search(self, request):
        matched = self._filter(self._with_facts(self._matches(request)), request.filters)
        if not request.by_relevance:
            matched = matched.order_by(F("f_date").desc(nulls_last=True), "-pk")

        every = self._with_facts(Page.objects.filter(pk__in=matched.order_by().values("pk")))
        facets = {}
        for name in FACETS:
            rows = (
                every.exclude(**{f"f_{name}": None})
                .values(f"f_{name}")
                .annotate(n=Count("pk"))
                .order_by()
            )
            facets[name] = _sort_buckets(
                [(row[f"f_{name}"], row["n"]) for row in rows], FACET_SIZE[name]
            )
        total = matched.count()
        pages = list(matched[request.offset : request.offset + request.limit])
        return SearchOutcome(total=total, pages=pages, facets=facets, engine=self.name)

    def suggest(self, keys, locale, limit=SUGGESTIONS):
        results = self.backend.autocomplete(
            " ".join(keys), searchable_pages(locale), operator="and"
        )
        return list(results[:limit])


class ElasticEngine:
    name = "elasticsearch"

    def __init__(self, backend):
        self.backend = backend
        self.opensearch = backend.client_class.__module__.startswith("opensearchpy")
        if self.opensearch:
            self.name = "opensearch"

    # --- building the request ---------------------------------------------------
    def column(self, field_name):
        """The document field of one of ``Page``'s own filter fields (e.g. ``id``)."""
        mapping = self.backend.mapping_class(Page)
        for search_field in Page.get_filterable_search_fields():
            if search_field.field_name == field_name:
                return mapping.get_field_column_name(search_field)
        raise KeyError(field_name)

    def _document_column(self, field_name):
        """The document field of a ``home.search_document`` field, the same for every page type."""
        # Named after the abstract model that defines it, seen from any page type.
        mapping = self.backend.mapping_class(StandardPage)
        search_field = next(f for f in SEARCH_DOCUMENT_FIELDS if f.field_name == field_name)
        return mapping.get_field_column_name(search_field)

    def _filters(self, filters):
        clauses = []
        if filters.type:
            clauses.append({"term": {self._document_column("search_type"): filters.type}})
        if filters.award:
            clauses.append(
                {"terms": {self._document_column("search_award"): sorted(filters.award)}}
            )
        if filters.year:
            clauses.append({"term": {self._document_column("search_year"): filters.year}})
        if filters.centre:
            clauses.append({"term": {self._document_column("search_centre"): filters.centre.pk}})
        if filters.region:
            clauses.append({"term": {self._document_column("search_region"): filters.region}})
        return clauses

    def build_body(self, request):
        """The exact request body sent for ``request`` (snapshot-tested)."""
        query = PlainText(" ".join(request.keys), operator="and") if request.keys else MATCH_ALL
        compiler = self.backend.query_compiler_class(
            searchable_pages(request.locale), query, order_by_relevance=request.by_relevance
        )
        compiler.check()
        compiled = compiler.get_query()
        boolean = compiled["bool"]
        existing = boolean.get("filter", [])
        boolean["filter"] = [
            *(existing if isinstance(existing, list) else [existing]),
            *self._filters(request.filters),
        ]
        id_column = self.column("id")
        if request.by_relevance:
            sort = ["_score", {id_column: {"order": "desc"}}]
        else:
            sort = [
                {self._document_column("search_date"): {"order": "desc", "missing": "_last"}},
                {id_column: {"order": "desc"}},
            ]
        aggregations = {
            name: {
                "terms": {
                    "field": self._document_column(f"search_{name}"),
                    "size": FACET_SIZE[name],
                    "order": [{"_count": "desc"}, {"_key": "asc"}],
                }
            }
            for name in FACETS
        }
        return {
            "query": compiled,
            "sort": sort,
            "aggs": aggregations,
            "from": request.offset,
            "size": request.limit,
            "track_total_hits": True,
            "_source": False,
        }

    # --- sending it ---------------------------------------------------------------
    @property
    def index_name(self):
        return self.backend.get_index_for_model(Page).name

    def send(self, body):
        if self.opensearch:
            return self.backend.es.search(index=self.index_name, body=body)
        return self.backend.es.search(index=self.index_name, **body)

    def search(self, request):
        body = self.build_body(request)
        response = self.send(body)
        hits = response["hits"]
        total = hits["total"]["value"] if isinstance(hits["total"], dict) else hits["total"]
        ids = [int(hit["_id"]) for hit in hits["hits"]]
        # The database has the last word: a page unpublished or deleted since it
        # was indexed is never shown.
        found = searchable_pages(request.locale).in_bulk(ids)
        pages = [found[pk] for pk in ids if pk in found]
        facets = {
            name: _sort_buckets(
                [
                    (_bucket_key(name, bucket), bucket["doc_count"])
                    for bucket in response["aggregations"][name]["buckets"]
                ],
                FACET_SIZE[name],
            )
            for name in FACETS
        }
        return SearchOutcome(total=total, pages=pages, facets=facets, engine=self.name, sent=[body])

    def suggest(self, keys, locale, limit=SUGGESTIONS):
        results = self.backend.autocomplete(
            " ".join(keys), searchable_pages(locale), operator="and"
        )
        return list(results[:limit])


def _bucket_key(name, bucket):
    value = bucket["key"]
    if name in ("award", "year", "centre") and value is not None:
        return int(value)
    return value


def engine_for(backend):
    if isinstance(backend, ElasticsearchBaseSearchBackend):
        return ElasticEngine(backend)
    return DatabaseEngine(backend)


def primary_engine():
    return engine_for(get_search_backend("default"))


def fallback_engine():
    return DatabaseEngine(get_search_backend(FALLBACK_BACKEND_NAME))


def engine_errors():
    """Exceptions that mean "the engine cannot answer now", for every client installed."""
    errors = [ConnectionError, TimeoutError]
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        errors += [ApiError, TransportError]
    except ImportError:  # pragma: no cover - the client is in requirements.txt
        pass
    try:
        from opensearchpy.exceptions import OpenSearchException

        errors.append(OpenSearchException)
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


def _with_fallback(call):
    engine = primary_engine()
    if isinstance(engine, DatabaseEngine):
        return call(engine), False
    try:
        return call(engine), False
    except engine_errors() as error:
        health.report_engine_failure(engine.name, error)
        return call(fallback_engine()), True


def run_search(request):
    outcome, degraded = _with_fallback(lambda engine: engine.search(request))
    outcome.degraded = degraded
    return outcome


def suggest(keys, locale, limit=SUGGESTIONS):
    if not keys:
        return []
    pages, _degraded = _with_fallback(lambda engine: engine.suggest(keys, locale, limit))
    return pages


def dumps(body):
    """A request body as stable JSON, for snapshots."""
    return json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False, default=str)
