"""Reading the search page's URL parameters, whatever a visitor or a robot sends.

Nothing here raises: an unknown facet value, a bad page number or an
oversized query is ignored (or cut) and reported in a notice that says what
was ignored. The facets the award index offers too (award, year, centre,
region, page) are read by ``awards.facets``, so both pages take the same
values and say the same thing about a bad one.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from wagtail.models import get_page_models

from awards import facets
from home import search_keys
from home.search_document import SearchDocument

from .engine import DATE, ORDERS, RELEVANCE, Filters

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
#: Elasticsearch returns no result past its 10,000th (index.max_result_window).
MAX_PAGE = 10_000 // RESULTS_PER_PAGE
#: The years a search may be narrowed to (the facet counts say which have results).
YEARS = range(1900, 2101)


def page_types():
    """Searchable page types by model name: every page model that mixes in the search document."""
    return {
        model._meta.model_name: model
        for model in get_page_models()
        if issubclass(model, SearchDocument) and not model._meta.abstract
    }


@dataclass
class SearchParameters:
    query: str = ""
    keys: tuple = ()
    filters: Filters = field(default_factory=Filters)
    order: str = RELEVANCE
    page: int = 1
    raw: dict = field(default_factory=dict)  # facet name -> value as in the URL
    notices: list = field(default_factory=list)


def parse(data, locale):
    """Read a ``QueryDict`` into :class:`SearchParameters` for ``locale``.

    ``page`` is the page asked for, to fetch first; whether there is such a
    page is known only once the results are counted (see :func:`page`).
    """
    params = SearchParameters()
    notices = params.notices

    raw_query = data.get("q", "")
    # Control characters (a NUL byte breaks PostgreSQL) become spaces.
    query = "".join(c if c.isprintable() else " " for c in raw_query).strip()
    if len(query) > MAX_QUERY_LENGTH:
        query = query[:MAX_QUERY_LENGTH]
        notices.append(
            _("The query was too long; only its first %(count)s characters were searched.")
            % {"count": MAX_QUERY_LENGTH}
        )
    params.query = query
    params.keys = tuple(search_keys.query_keys(query, locale.language_code))
    if query and not params.keys:
        notices.append(_("The query has no words to search for; showing every page."))

    readings = {
        "type": facets.choice(
            data, "type", page_types(), _("There is no such kind of page; showing every kind.")
        ),
        **facets.filters(data, locale, years=YEARS),
    }
    notices.extend(facets.notices(readings.values()))
    chosen = {name: reading for name, reading in readings.items() if reading.value is not None}
    params.raw = {name: reading.text for name, reading in chosen.items()}
    values = {name: reading.value for name, reading in chosen.items()}
    if "award" in values:
        values["award"] = (values["award"].pk,)  # the engine filters by ids
    params.filters = Filters(**values)

    order = facets.choice(
        data,
        "order",
        ORDERS,
        _("Results can be ordered by relevance or by date; showing by relevance."),
    )
    notices.extend(facets.notices([order]))
    params.order = order.value or RELEVANCE
    if not params.keys:
        # Without words there is no relevance: browsing lists the newest first.
        params.order = DATE

    params.page = facets.page(data, last=MAX_PAGE).value
    return params


def page(data, *, pages):
    """``(number, notice)``: the page of a search with ``pages`` pages to show.

    As on the award index (``awards.facets.page``), except that the engine
    reaches only :data:`MAX_PAGE` pages: a number past those shows the last
    one it reaches, without a notice (as the search page always did).
    """
    reading = facets.page(data, last=pages)
    if reading.value > MAX_PAGE:
        return MAX_PAGE, None
    return reading.value, reading.notice
