from django import template

from home.models import BasePage

register = template.Library()


@register.simple_tag(takes_context=True)
def current_centre(context):
    """The live centre the page belongs to (or is): ``BasePage.live_centre``."""
    page = context.get("page")
    return page.live_centre() if isinstance(page, BasePage) else None
