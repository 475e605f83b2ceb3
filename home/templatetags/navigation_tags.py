"""The main menu, the breadcrumbs and the language switcher, each in one or two queries.

Both start from the root of the Site that serves the request, which may be a
network home or a centre with its own hostname (home/navigation.py).
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.navigation import live_ancestors, site_root_depth

register = template.Library()


def _site_root_path(request, page):
    """The tree path of the root of ``page``'s site, in ``page``'s own locale.

    Every locale has its own copy of the tree at the same depth, so the
    page's ancestor at the site root's depth is the root in the page's
    language; it is found from the path alone, without a query.
    """
    depth = site_root_depth(request)
    if page is None or page.depth < depth:
        site = Site.find_for_request(request)
        if site is None:
            return None, depth
        root = site.root_page.localized
        return root.path, root.depth
    return page.path[: depth * Page.steplen], depth


@register.inclusion_tag("navigation/_main_menu.html", takes_context=True)
def main_menu(context):
    """The live children of the site root that are shown in menus."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    root_path, root_depth = _site_root_path(request, page)
    items = []
    if root_path:
        items = Page.objects.filter(path__startswith=root_path, depth=root_depth + 1)
        items = items.live().in_menu().order_by("path")
    current_path = page.path if page else ""
    return {
        "request": request,
        "menu_items": [
            {
                "page": item,
                "is_current": item.path == current_path,
                "is_ancestor": current_path.startswith(item.path) and item.path != current_path,
            }
            for item in items
        ],
    }


@register.inclusion_tag("components/_breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None):
    """The live ancestors of ``page`` from the site root down, then ``page`` itself."""
    request = context.get("request")
    page = page or context.get("page")
    ancestors = live_ancestors(page, request) if isinstance(page, Page) else []
    return {"request": request, "ancestors": ancestors, "current": page}


@register.simple_tag(takes_context=True)
def page_languages(context):
    """Every language of the site with where to read the current page in it.

    ``url`` is the page's live translation (``translated``), else that
    language's home page, else None; ``current`` marks the active language.
    Two queries for a page; none for a view without one (search keeps its query).
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    if not isinstance(page, Page):
        return [
            {
                "code": code,
                "name": name,
                "url": translate_url(request.get_full_path(), code) if request else None,
                "translated": True,
                "current": code == current,
            }
            for code, name in settings.LANGUAGES
        ]
    translations = {
        page.locale.language_code: page
        for page in page.get_translations(inclusive=True).live().select_related("locale")
    }
    site = Site.find_for_request(request) if request else None
    homes = {}
    if site is not None:
        homes = {
            home.locale.language_code: home
            for home in site.root_page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
        }
    languages = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        languages.append(
            {
                "code": code,
                "name": name,
                "url": target.get_url(request) if target else None,
                "full_url": target.get_full_url(request) if target else None,
                "translated": code in translations,
                "current": code == current,
            }
        )
    return languages
