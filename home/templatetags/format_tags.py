"""Small formatting filters for contact data."""

import re
from urllib.parse import urlsplit

from django import template

register = template.Library()


@register.filter
def tel_href(phone):
    """``tel:`` link target: digits only, keeping a leading ``+`` (RFC 3966)."""
    phone = (phone or "").strip()
    digits = re.sub(r"\D", "", phone)
    return f"tel:{'+' if phone.startswith('+') else ''}{digits}" if digits else ""


@register.filter
def hostname(url):
    """``https://www.bip.gov.pl/x`` → ``bip.gov.pl``: a short label for a link."""
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")
