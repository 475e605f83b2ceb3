"""The Site root and the live trail down to a page, shared by the menu, the
breadcrumbs and the structured data.

The Site comes from ``Site.find_for_request``: Wagtail's page view has already
looked it up (with its root page) and kept it on the request, so it costs
nothing here.
"""

from wagtail.models import Page, Site


def site_root_depth(request):
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page.depth if site else 2


def live_ancestors(page, request):
    """The live ancestors of ``page`` from the Site root down, without the page.

    One query a page, remembered on it: the breadcrumbs and the structured data
    both show the trail."""
    if not hasattr(page, "_live_ancestors"):
        depth = site_root_depth(request)
        page._live_ancestors = (
            list(Page.objects.ancestor_of(page).filter(depth__gte=depth).live().order_by("depth"))
            if page.depth > depth
            else []
        )
    return page._live_ancestors
