"""The public network search: /<language>/search/?q=…&award=…&year=…&centre=…&region=…&type=…

Every live, public page of the visitor's locale, found by search keys (see
``home.search_keys``), narrowed by facets, ordered by relevance or date.
``?format=suggestions&q=…`` answers the autocomplete of the search box with
JSON. Nothing here writes to the database.
"""

from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from awards.choices import Voivodeship
from awards.models import Award, AwardStoryPage, CentrePage
from home import search_keys
from home.search_document import FACETS

from . import engine, forms
from .highlight import excerpt

FACET_LABELS = {
    "type": lambda: _("Kind of page"),
    "award": lambda: _("Award"),
    "year": lambda: _("Year"),
    "centre": lambda: _("Centre"),
    "region": lambda: _("Voivodeship"),
}


class _ResultWindow:
    """The total count and one page of results, shaped for Django's Paginator."""

    def __init__(self, total, offset, items):
        self.total, self.offset, self.items = total, offset, items

    def __len__(self):
        return self.total

    def count(self):
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.items[index.start - self.offset : index.stop - self.offset]
        return self.items[index - self.offset]


def _url(request, **changes):
    """This search's URL with ``changes`` (None removes a parameter); back to page 1."""
    params = request.GET.copy()
    params.pop("page", None)
    params.pop("format", None)
    for name, value in changes.items():
        if value is None:
            params.pop(name, None)
        else:
            params[name] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


def _facet_labels(facets):
    """Display labels and URL values for the raw facet values of a search."""
    types = forms.page_types()
    awards = Award.objects.in_bulk([value for value, _count in facets.get("award", [])])
    centres = CentrePage.objects.in_bulk([value for value, _count in facets.get("centre", [])])
    regions = dict(Voivodeship.choices)
    labels = {}
    for value, _count in facets.get("type", []):
        if value in types:
            labels[("type", value)] = (value, capfirst(types[value]._meta.verbose_name))
    for pk, award in awards.items():
        labels[("award", pk)] = (award.slug, award.name)
    for value, _count in facets.get("year", []):
        labels[("year", value)] = (str(value), str(value))
    for pk, centre in centres.items():
        labels[("centre", pk)] = (centre.slug, centre.title)
    for value, _count in facets.get("region", []):
        if value in regions:
            labels[("region", value)] = (value, regions[value])
    return labels


def _facets(request, params, outcome):
    labels = _facet_labels(outcome.facets)
    groups = []
    for name in FACETS:
        items = []
        for value, count in outcome.facets.get(name, []):
            if (name, value) not in labels:
                continue
            url_value, label = labels[(name, value)]
            selected = params.raw.get(name) == url_value
            items.append(
                {
                    "label": label,
                    "count": count,
                    "selected": selected,
                    "url": _url(request, **{name: None if selected else url_value}),
                }
            )
        if items:
            groups.append({"name": name, "label": FACET_LABELS[name](), "items": items})
    return groups


def _active_filters(request, params):
    """The filters in force, each with the link that removes it."""
    types = forms.page_types()
    active = []
    for name, value in params.raw.items():
        if name == "type":
            label = capfirst(types[value]._meta.verbose_name)
        elif name == "award":
            label = Award.objects.filter(pk__in=params.filters.award).first().name
        elif name == "centre":
            label = params.filters.centre.title
        elif name == "region":
            label = dict(Voivodeship.choices)[value]
        else:
            label = value
        active.append(
            {"facet": FACET_LABELS[name](), "label": label, "url": _url(request, **{name: None})}
        )
    return active


def _results(request, pages, keys):
    """Specific pages with what a result shows: centre, award, date and an excerpt."""
    specific = Page.objects.filter(pk__in=[page.pk for page in pages]).specific().in_bulk()
    ordered = [specific[page.pk] for page in pages if page.pk in specific]
    stories = [page for page in ordered if isinstance(page, AwardStoryPage)]
    prefetch_related_objects(stories, "award", "centre")
    prefetch_related_objects(ordered, "locale")  # the excerpt's language
    results = []
    for page in ordered:
        centre = page.search_centre_page() if hasattr(page, "search_centre_page") else None
        results.append(
            {
                "page": page,
                "url": page.get_url(request=request),
                "type": capfirst(page._meta.verbose_name),
                "centre": centre if centre is not None and centre.pk != page.pk else None,
                "award": getattr(page, "award", None),
                "date": getattr(page, "date_awarded", None),
                "excerpt": excerpt(page, keys),
            }
        )
    return results


def _run(params, locale, page_number):
    offset = (page_number - 1) * forms.RESULTS_PER_PAGE
    return engine.run_search(
        engine.SearchRequest(
            keys=params.keys,
            locale=locale,
            filters=params.filters,
            order=params.order,
            offset=offset,
            limit=forms.RESULTS_PER_PAGE,
        )
    )


def search(request):
    """Search every live page of the visitor's locale."""
    if request.GET.get("format") == "suggestions":
        return suggestions(request)

    locale = Locale.get_active()
    params = forms.parse(request.GET, locale)
    searching = bool(params.keys or params.filters.active())

    outcome = _run(params, locale, params.page)
    pages = max(1, -(-outcome.total // forms.RESULTS_PER_PAGE))
    number, notice = forms.page(request.GET, pages=pages)
    if notice:
        params.notices.append(notice)
    if number != params.page:
        params.page = number
        outcome = _run(params, locale, params.page)

    offset = (params.page - 1) * forms.RESULTS_PER_PAGE
    results = _results(request, outcome.pages, params.keys)
    paginator = Paginator(_ResultWindow(outcome.total, offset, results), forms.RESULTS_PER_PAGE)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "query": params.query,
            "searching": searching,
            "results": paginator.page(params.page),
            "facets": _facets(request, params, outcome),
            "active_filters": _active_filters(request, params),
            "order": params.order,
            "order_urls": {
                "relevance": _url(request, order="relevance"),
                "date": _url(request, order="date"),
            },
            "can_order_by_relevance": bool(params.keys),
            "hidden_filters": params.raw,
            "notices": params.notices,
            "clear_url": _url(request, **dict.fromkeys(FACETS)),
        },
    )


def suggestions(request):
    """Titles of pages whose title starts with what was typed, for the search box."""
    locale = Locale.get_active()
    query = request.GET.get("q", "")[: forms.MAX_QUERY_LENGTH]
    keys = search_keys.prefix_keys(query)
    pages = engine.suggest(keys, locale) if keys else []
    return JsonResponse(
        {
            "query": query,
            "suggestions": [
                {"title": page.title, "url": page.get_url(request=request)} for page in pages
            ],
        }
    )
