"""The `page_fragment_cache` block tag: see caching/generation.py."""

import hashlib

from django import template
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language

from caching.generation import FRAGMENT_TIMEOUT, generation

register = template.Library()


def _is_cacheable(request, page):
    """A live page as every reader gets it: no preview, no query string, no form posted."""
    return (
        request is not None
        and request.method in ("GET", "HEAD")
        and not request.GET
        and not getattr(request, "is_preview", False)
        and getattr(page, "live", False)
    )


class PageFragmentCacheNode(template.Node):
    def __init__(self, nodelist, name, page):
        self.nodelist = nodelist
        self.name = name
        self.page = page

    def render(self, context):
        request = context.get("request")
        page = self.page.resolve(context)
        token = generation() if _is_cacheable(request, page) else None
        if token is None:
            return self.nodelist.render(context)
        parts = [
            self.name.resolve(context),
            page.pk,
            page.live_revision_id,
            get_language(),
            request.scheme,
            request.get_host(),
            timezone.localdate().isoformat(),
            token,
        ]
        key = "fragment:" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(key, html, FRAGMENT_TIMEOUT)
        return html


@register.tag
def page_fragment_cache(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError(
            f'Usage: {{% {bits[0]} "name" page %}}…{{% end{bits[0]} %}}'
        )
    nodelist = parser.parse((f"end{bits[0]}",))
    parser.delete_first_token()
    return PageFragmentCacheNode(
        nodelist, parser.compile_filter(bits[1]), parser.compile_filter(bits[2])
    )
