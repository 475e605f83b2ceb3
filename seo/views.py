"""robots.txt, the sitemap index of a Site and its sitemap in each language."""

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Site

from home.url_numbers import number_or_none

from .sitemaps import LocaleSitemap


def _site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No Site serves this host name.")
    return site


def _sitemaps_of(request, site):
    """``(language code, LocaleSitemap)`` for each language the Site has live pages in."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for code, _name in settings.LANGUAGES:
        if code in locales:
            sitemap = LocaleSitemap(request, site, locales[code])
            if sitemap.items().exists():
                yield code, sitemap


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('wagtailadmin_home')}",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap_index'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
def sitemap_index(request):
    """The Site's sitemaps: one per language, paged past ``URLS_PER_SITEMAP`` addresses."""
    site = _site(request)
    locations = []
    for code, sitemap in _sitemaps_of(request, site):
        with translation.override(code):
            url = request.build_absolute_uri(reverse("sitemap"))
        pages = sitemap.paginator.num_pages
        locations.append(url)
        locations.extend(f"{url}?p={number}" for number in range(2, pages + 1))
    return TemplateResponse(
        request, "seo/sitemap_index.xml", {"locations": locations}, content_type="application/xml"
    )


@require_safe
def sitemap(request):
    """The Site's live public pages in the language of the address, with their translations."""
    site = _site(request)
    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    if locale is None:
        raise Http404("No such language.")
    sitemap = LocaleSitemap(request, site, locale)
    if not sitemap.items().exists():
        raise Http404("This site has no pages in this language.")
    # Django's view reads ?p= with int(), which takes "٣" for 3: only ASCII page numbers.
    if "p" in request.GET and number_or_none(request.GET["p"], minimum=1, maximum=10_000) is None:
        raise Http404("No such sitemap page.")
    return sitemap_views.sitemap(request, {"pages": sitemap})
