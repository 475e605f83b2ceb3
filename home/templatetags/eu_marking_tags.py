from django import template

from ..eu_marking import marking_strip

register = template.Library()


@register.inclusion_tag("components/_eu_marking_strip.html", takes_context=True)
def eu_marking_strip(context, project):
    """The EU-funds marking strip of ``project`` (an ``awards.Project``), if it has one."""
    return {"strip": marking_strip(project.programme_period, project.fund, context.get("request"))}
