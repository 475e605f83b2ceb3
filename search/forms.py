"""Reading the search page's URL parameters, whatever a visitor or a robot sends.

Nothing here raises: an unknown facet value, a bad page number or an
oversized query is ignored (or cut) and reported in a notice that says what
was ignored, as the award index does.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from wagtail.models import get_page_models

from awards.choices import Voivodeship
from awards.models import Award, CentrePage
from home import search_keys
from home.search_document import SearchDocument
from home.url_numbers import NotANumber, TooLarge, TooSmall, number_or_none, parse_number

from .engine import DATE, ORDERS, RELEVANCE, Filters

MAX_QUERY_LENGTH = 200
#: Longest value read from any other parameter (slugs, years, codes).
MAX_PARAMETER_LENGTH = 100
RESULTS_PER_PAGE = 10
#: Elasticsearch returns no result past its 10,000th (index.max_result_window).
MAX_PAGE = 10_000 // RESULTS_PER_PAGE
MIN_YEAR, MAX_YEAR = 1900, 2100


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


def _param(data, name):
    value = data.get(name, "")
    return value.strip()[:MAX_PARAMETER_LENGTH] if isinstance(value, str) else ""


def parse(data, locale):
    """Read a ``QueryDict`` into :class:`SearchParameters` for ``locale``."""
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

    filters = {}
    raw = {}

    value = _param(data, "type")
    if value:
        if value in page_types():
            filters["type"] = raw["type"] = value
        else:
            notices.append(_("There is no such kind of page; showing every kind."))

    value = _param(data, "award")
    if value:
        ids = tuple(Award.objects.filter(slug=value, locale=locale).values_list("pk", flat=True))
        if ids:
            filters["award"], raw["award"] = ids, value
        else:
            notices.append(_("There is no such award; showing every award."))

    value = _param(data, "year")
    if value:
        year = number_or_none(value, minimum=MIN_YEAR, maximum=MAX_YEAR)
        if year is not None:
            filters["year"], raw["year"] = year, value
        else:
            notices.append(_("There are no stories from that year; showing every year."))

    value = _param(data, "centre")
    if value:
        centre = CentrePage.objects.live().public().filter(slug=value, locale=locale).first()
        if centre:
            filters["centre"], raw["centre"] = centre, value
        else:
            notices.append(_("There is no such centre; showing every centre."))

    value = _param(data, "region")
    if value:
        if value in Voivodeship.values:
            filters["region"] = raw["region"] = value
        else:
            notices.append(_("There is no such voivodeship; showing every voivodeship."))

    params.filters = Filters(**filters)
    params.raw = raw

    value = _param(data, "order")
    if value in ORDERS:
        params.order = value
    elif value:
        notices.append(_("Results can be ordered by relevance or by date; showing by relevance."))
    if not params.keys:
        # Without words there is no relevance: browsing lists the newest first.
        params.order = DATE

    try:
        params.page = parse_number(_param(data, "page") or "1", minimum=1, maximum=MAX_PAGE)
    except NotANumber:
        notices.append(_("The page number must be a whole number; showing page 1."))
        params.page = 1
    except TooSmall:
        notices.append(_("There is no such page; showing page 1."))
        params.page = 1
    except TooLarge:
        # The view then shows the last page there is, and says so.
        params.page = MAX_PAGE
    return params
