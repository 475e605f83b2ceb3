"""schema.org descriptions of pages, for search engines (JSON-LD).

Each page type describes itself (``BasePage.structured_data``): a network home
is a ``WebSite``, a centre a ``GovernmentOrganization``, a story a
``NewsArticle`` about its centre. Here every page below the site root gets its
``BreadcrumbList``, and the whole becomes one ``@graph``.

Google's requirements: https://developers.google.com/search/docs/appearance/structured-data/article,
…/breadcrumb, …/organization.
"""

import json

from wagtail.models import Site

from home.models import BasePage, NetworkSettings
from home.navigation import live_ancestors, site_root_depth

# "<", ">" and "&" as JSON escapes, so no text can close the <script> element.
_SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def to_script_json(data):
    return json.dumps(data, ensure_ascii=False, indent=None).translate(_SCRIPT_SAFE)


def breadcrumb_list(page, request):
    """The live ancestors of ``page`` below the Site root, then the page; None at the root."""
    if page.depth <= site_root_depth(request):
        return None
    trail = [*live_ancestors(page, request), page]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def structured_data(page, request):
    """Everything known about ``page``, as one JSON-LD document (``@graph``), or None."""
    if not isinstance(page, BasePage):
        return None
    site = Site.find_for_request(request) if request is not None else None
    name = NetworkSettings.for_request(request).network_name if site else ""
    graph = page.structured_data(request, name)
    breadcrumbs = breadcrumb_list(page, request)
    if breadcrumbs:
        graph.append(breadcrumbs)
    if not graph:
        return None
    return {"@context": "https://schema.org", "@graph": graph}
