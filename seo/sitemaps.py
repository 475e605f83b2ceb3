"""One sitemap per Site and language, each page with its translations as alternates.

Wagtail's sitemap (``wagtail.contrib.sitemaps``) lists the Site's pages in one
language and knows nothing of translations; this one lists the live public
pages of the Site's root in one locale and gives each page ``hreflang``
alternates for its live translations, as Google documents:
https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap
A page served under another Site (a centre with its own host name) is listed
in that Site's sitemap, not here.
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

# Django pages a sitemap (?p=2) past this many URLs; the protocol allows 50,000.
URLS_PER_SITEMAP = 5000


class LocaleSitemap(Sitemap):
    limit = URLS_PER_SITEMAP

    def __init__(self, request, site, locale):
        super().__init__(request)
        self.site = site
        self.locale = locale

    def get_wagtail_site(self):
        return self.site

    def items(self):
        root = self.site.root_page.get_translation_or_none(self.locale)
        if root is None or not root.live:
            return Page.objects.none()
        return (
            Page.objects.descendant_of(root, inclusive=True)
            .live()
            .public()
            .order_by("path")
            .select_related("locale")
        )

    def _alternates(self, pages):
        """``{translation_key: [(language code, URL), …]}`` for a batch of pages: one query."""
        keys = [page.translation_key for page in pages]
        translations = (
            Page.objects.filter(translation_key__in=keys)
            .live()
            .public()
            .select_related("locale")
            .order_by("locale__pk")
        )
        alternates = {}
        for page in translations:
            url = self._url_on_this_site(page)
            if url:
                alternates.setdefault(page.translation_key, []).append(
                    (page.locale.language_code, url)
                )
        return alternates

    def _url_on_this_site(self, page):
        site_id, root_url, path = page.get_url_parts(self.request) or (None, None, None)
        if site_id != self.site.pk or path is None:
            return None
        return root_url + path

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self._alternates(pages)
        urls = []
        for item in pages:
            location = self._url_on_this_site(item)
            if location is None:
                continue
            info = {"location": location, "lastmod": self.lastmod(item), "alternates": []}
            languages = alternates.get(item.translation_key, [])
            if len(languages) > 1:
                info["alternates"] = [
                    {"lang_code": code, "location": url} for code, url in languages
                ] + [{"lang_code": "x-default", "location": languages[0][1]}]
            urls.append(info)
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
