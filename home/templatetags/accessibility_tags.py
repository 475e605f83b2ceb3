"""The accessibility statement (deklaracja dostępności) that covers the page being shown."""

from django import template
from wagtail.models import Page, Site

from home.models import AccessibilityStatementPage

register = template.Library()


@register.simple_tag(takes_context=True)
def accessibility_statement(context):
    """The statement of the page's centre, else of its network; on other views, the site's.

    Cached on the request: the head and the footer both ask for it.
    """
    request = context.get("request")
    if request is not None and hasattr(request, "_accessibility_statement"):
        return request._accessibility_statement
    page = context.get("page")
    if not isinstance(page, Page):
        site = Site.find_for_request(request) if request is not None else None
        page = site.root_page.localized if site else None
    statement = AccessibilityStatementPage.for_page(page)
    if request is not None:
        request._accessibility_statement = statement
    return statement
