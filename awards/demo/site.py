"""The ground the network stands on: the default locale, Wagtail's welcome page, the Site
and its settings."""

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import CommandError
from wagtail.models import Locale, Page, Site

from home.models import NetworkSettings

WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"


def default_locale(language):
    try:
        locale = Locale.get_default()
    except Locale.DoesNotExist:
        locale, _ = Locale.objects.get_or_create(language_code=language)
    if locale.language_code != language:
        raise CommandError(
            f"The default locale is {locale.language_code!r}; the demo network is Polish "
            f"and needs LANGUAGE_CODE = {language!r}."
        )
    return locale


def remove_wagtail_welcome(load):
    """Delete Wagtail's "Welcome" page and its Site, but only while nobody has touched them."""
    welcome = Page.objects.filter(
        depth=2,
        slug="home",
        title=WAGTAIL_WELCOME_TITLE,
        content_type=ContentType.objects.get_for_model(Page),
        numchild=0,
        latest_revision__isnull=True,
    ).first()
    if welcome is None:
        return
    sites = list(Site.objects.filter(root_page=welcome))
    untouched = all(
        site.hostname == "localhost" and site.port == 80 and not site.site_name for site in sites
    )
    if not untouched:
        load.report.notes.append(
            "Kept Wagtail's welcome page: a Site that someone has changed serves it."
        )
        return
    for site in sites:
        site.delete()
    welcome.delete()
    load.report.notes.append("Removed Wagtail's default welcome page and its default Site.")


def site(load, home, spec):
    """The Site serving ``home`` (``spec``: a SiteSpec), or None when another page has it."""
    found = Site.objects.filter(hostname=spec.hostname, port=spec.port).first()
    if found is not None:
        load.count("sites", False, str(found))
        if found.root_page_id != home.pk:
            load.report.notes.append(
                f"The Site {found} serves another page; it is left as it is, so the demo "
                f"network is not served there. Point it at {home.url_path!r} to see the demo."
            )
            return None
        return found
    make_default = not Site.objects.filter(is_default_site=True).exists()
    created = Site.objects.create(
        hostname=spec.hostname,
        port=spec.port,
        site_name=spec.name,
        root_page=home,
        is_default_site=make_default,
    )
    if not make_default:
        load.report.notes.append(
            f"Another Site is the default one; {created} was created but is not the default."
        )
    load.count("sites", True, str(created))
    return created


def network_settings(load, site, values):
    if NetworkSettings.objects.filter(site=site).exists():
        load.count("site settings", False, str(site))
        return
    NetworkSettings.objects.create(site=site, **values)
    load.count("site settings", True, str(site))
