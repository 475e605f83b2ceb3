"""schema.org descriptions of pages, for search engines (JSON-LD).

- a centre is a ``GovernmentOrganization`` with its address, phone, e-mail,
  the commune it serves and its profiles elsewhere;
- a story is a ``NewsArticle`` about its centre, which holds the ``award``;
- every page below the site root has a ``BreadcrumbList``;
- a network home is a ``WebSite``.

Google's requirements: https://developers.google.com/search/docs/appearance/structured-data/article,
…/breadcrumb, …/organization.
"""

import json

from django.utils.html import strip_tags
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page, Site

from awards.models import AwardStoryPage, CentrePage
from home.models import NetworkHomePage, NetworkSettings
from home.navigation import live_ancestors, site_root_depth

SHARE_IMAGE_FILTER = "fill-1200x630|format-jpeg"  # the Open Graph image of base.html

# "<", ">" and "&" as JSON escapes, so no text can close the <script> element.
_SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def to_script_json(data):
    return json.dumps(data, ensure_ascii=False, indent=None).translate(_SCRIPT_SAFE)


def _absolute(request, url):
    return request.build_absolute_uri(url) if request is not None and url else url


def _rendition_url(image, spec, request):
    """The absolute URL of a rendition; None when the original file is missing,
    as Wagtail's ``{% image %}`` tag would show nothing rather than fail, and
    when the photo may not be shown (consent): then no rendition is made either."""
    if image is None or not image.may_be_shown():
        return None
    try:
        return _absolute(request, image.get_rendition(spec).url)
    except SourceImageIOError:
        return None


def share_image_url(page, request):
    image = getattr(page, "public_share_image", None)
    return _rendition_url(image, SHARE_IMAGE_FILTER, request)


def centre_organization(centre, request):
    data = {
        "@type": "GovernmentOrganization",
        "@id": f"{centre.get_full_url(request)}#organization",
        "name": centre.title,
        "legalName": centre.official_name,
        "url": centre.get_full_url(request),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": centre.street_address,
            "postalCode": centre.postal_code,
            "addressLocality": centre.city,
            "addressRegion": centre.get_voivodeship_display(),
            "addressCountry": "PL",
        },
        "areaServed": {
            "@type": "AdministrativeArea",
            "name": centre.commune,
            "containedInPlace": {
                "@type": "AdministrativeArea",
                "name": centre.get_voivodeship_display(),
            },
        },
    }
    if centre.phone:
        data["telephone"] = centre.phone
    if centre.email:
        data["email"] = centre.email
    logo = _rendition_url(centre.logo, "max-600x600", request)
    if logo:
        data["logo"] = logo
    same_as = [url for _name, url in centre.social_profiles()]
    same_as += [url for url in (centre.website, centre.bip_url) if url]
    if same_as:
        data["sameAs"] = same_as
    return data


def news_article(story, request, publisher_name):
    url = story.get_full_url(request)
    centre = CentrePage.of_page(story)
    data = {
        "@type": "NewsArticle",
        "@id": f"{url}#article",
        "mainEntityOfPage": url,
        "url": url,
        "headline": story.title[:110],
        "description": strip_tags(story.summary or ""),
        "inLanguage": story.locale.language_code,
        "articleSection": story.award.name,
        "publisher": {"@type": "Organization", "name": publisher_name},
    }
    # Unknown for a page never published (a preview): left out rather than invented.
    published = story.first_published_at or story.latest_revision_created_at
    modified = story.last_published_at or published
    if published:
        data["datePublished"] = published.isoformat()
    if modified:
        data["dateModified"] = modified.isoformat()
    image = share_image_url(story, request)
    if image:
        data["image"] = [image]
    if centre is not None:
        organization = {
            "@type": "GovernmentOrganization",
            "@id": f"{centre.get_full_url(request)}#organization",
            "name": centre.title,
            "url": centre.get_full_url(request),
            "award": f"{story.award.name} ({story.year})",
        }
        data["author"] = organization
        data["about"] = organization
    return data


def breadcrumb_list(page, request):
    """The live ancestors of ``page`` below the Site root, then the page; None at the root."""
    if page.depth <= site_root_depth(request):
        return None
    trail = [*live_ancestors(page, request), page]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def website(home, request, name):
    return {
        "@type": "WebSite",
        "name": name,
        "url": home.get_full_url(request),
        "inLanguage": home.locale.language_code,
    }


def structured_data(page, request):
    """Everything known about ``page``, as one JSON-LD document (``@graph``), or None."""
    if not isinstance(page, Page):
        return None
    site = Site.find_for_request(request) if request is not None else None
    name = NetworkSettings.for_request(request).network_name if site else ""
    graph = []
    if isinstance(page, NetworkHomePage):
        graph.append(website(page, request, name))
    elif isinstance(page, CentrePage):
        graph.append(centre_organization(page, request))
    elif isinstance(page, AwardStoryPage):
        graph.append(news_article(page, request, name))
    breadcrumbs = breadcrumb_list(page, request)
    if breadcrumbs:
        graph.append(breadcrumbs)
    if not graph:
        return None
    return {"@context": "https://schema.org", "@graph": graph}
