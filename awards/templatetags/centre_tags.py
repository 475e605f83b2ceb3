from django import template

from ..models import CentrePage

register = template.Library()


@register.simple_tag(takes_context=True)
def current_centre(context):
    """The centre the page belongs to (or is): ``CentrePage.of_page``."""
    return CentrePage.of_page(context.get("page"))
