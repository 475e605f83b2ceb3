"""The head of every page (feeds, JSON-LD) and share links that load no third-party code."""

from urllib.parse import quote, urlencode

from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.models import BasePage, NetworkSettings

from ..structured_data import structured_data as structured_data_for
from ..structured_data import to_script_json

register = template.Library()

RSS = "application/rss+xml"
ATOM = "application/atom+xml"


def _both(title, name, **kwargs):
    return [
        {"type": RSS, "title": f"{title} (RSS)", "url": reverse(f"{name}_rss", kwargs=kwargs)},
        {"type": ATOM, "title": f"{title} (Atom)", "url": reverse(f"{name}_atom", kwargs=kwargs)},
    ]


@register.simple_tag(takes_context=True)
def page_feeds(context, page=None):
    """The feeds about ``page`` in the active language: its award's, its centre's, the network's."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    network = NetworkSettings.for_request(request).network_name if site else ""
    feeds = []
    if not isinstance(page, BasePage):
        page = None
    award = page.shown_award() if page is not None else None
    if award is not None:
        feeds += _both(
            _("Stories of the award “%(award)s”") % {"award": award.name},
            "feed_award",
            slug=award.slug,
        )
    centre = page.live_centre() if page is not None else None
    if centre is not None:
        feeds += _both(
            _("%(centre)s: award stories") % {"centre": centre.title},
            "feed_centre",
            slug=centre.slug,
        )
    feeds += _both(_("%(network)s: award stories") % {"network": network}, "feed_network")
    return feeds


@register.simple_tag(takes_context=True)
def structured_data(context, page=None):
    """A ``<script type="application/ld+json">`` data block: a CSP without inline script
    allows it, since browsers never run it."""
    data = structured_data_for(page, context.get("request"))
    if data is None:
        return ""
    # Safe: to_script_json escapes "<", ">" and "&", so no text can end the element.
    return mark_safe(f'<script type="application/ld+json">{to_script_json(data)}</script>')  # noqa: S308


@register.inclusion_tag("components/_share_links.html", takes_context=True)
def share_links(context, page):
    """Plain links to each network's share form: nothing loads until the visitor follows one."""
    request = context.get("request")
    url = page.get_full_url(request)
    title = page.seo_title or page.title
    return {
        "links": [
            {
                "name": "Facebook",
                "url": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
            },
            {
                "name": "X",
                "url": "https://x.com/intent/post?" + urlencode({"url": url, "text": title}),
            },
            {
                "name": "LinkedIn",
                "url": "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
            },
            {
                "name": _("E-mail"),
                "url": f"mailto:?subject={quote(title, safe='')}&body={quote(url, safe='')}",
            },
        ]
    }
