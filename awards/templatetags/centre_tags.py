from django import template

from ..models import CentrePage

register = template.Library()


@register.simple_tag(takes_context=True)
def current_centre(context):
    """The centre the page belongs to (or is), remembered on the page: one query a page."""
    page = context.get("page")
    if page is None:
        return None
    if not hasattr(page, "_current_centre"):
        page._current_centre = CentrePage.of_page(page)
    return page._current_centre
