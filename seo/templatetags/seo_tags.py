"""What every page tells search engines and social networks about itself."""

import html

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator

register = template.Library()

META_DESCRIPTION_LENGTH = 160

# Open Graph wants a territory as well as a language: https://ogp.me/#optional
OG_LOCALES = {"pl": "pl_PL", "en": "en_GB", "uk": "uk_UA"}


@register.filter
def meta_description(value, length=META_DESCRIPTION_LENGTH):
    """Plain text from a rich-text or plain field, whitespace collapsed, cut at a word."""
    text = " ".join(html.unescape(strip_tags(str(value or ""))).split())
    return Truncator(text).chars(int(length))


@register.filter
def og_locale(language_code):
    language = (language_code or "").split("-")[0].lower()
    return OG_LOCALES.get(language, language)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """``url`` made absolute for the current request; absolute URLs (a CDN) stay as they are."""
    request = context.get("request")
    if not url or request is None:
        return url
    return request.build_absolute_uri(url)


@register.simple_tag
def page_description(page):
    """The meta description of ``page``: its ``summary`` (``search_description`` first),
    else its introduction, as plain text of at most 160 characters."""
    if page is None:
        return ""
    source = getattr(page, "summary", "") or getattr(page, "intro", "")
    return meta_description(source)


@register.simple_tag(takes_context=True)
def canonical_url(context, page=None):
    """The page's own address on its Site; for views without a page, the request's path."""
    request = context.get("request")
    if page is not None and hasattr(page, "get_full_url"):
        url = page.get_full_url(request)
        if url:
            return url
    return request.build_absolute_uri(request.path) if request is not None else ""
