"""One example network with a live page of every page type in every language.

``build_example_network`` returns where each page type lives in each locale;
a page type missing here makes the browser tests fail, so a new type has to
be given an example before it can be merged.
"""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site, get_page_models

from awards.choices import Voivodeship
from awards.factories import (
    AwardFactory,
    AwardIndexPageFactory,
    AwardStoryPageFactory,
    CentrePageFactory,
    GalleryPageFactory,
    GalleryPhotoFactory,
)
from home.factories import (
    AccessibilityStatementPageFactory,
    NetworkHomePageFactory,
    NetworkImageFactory,
    StandardPageFactory,
)
from home.models import NetworkSettings
from tests.publishing import publish, publish_translation

# Enough stories for a second page of the award index.
EXTRA_STORIES = 13

BODY = [
    ("heading", {"text": "Jak pracujemy", "level": "h2"}),
    ("paragraph", "<p>Pracownicy socjalni <a href='/pl/'>sieci</a> pomagają rodzinom.</p>"),
    ("quote", {"quote": "Zawsze pomocni – to o nas.", "attribution": "Kierowniczka ośrodka"}),
    ("heading", {"text": "Wyniki", "level": "h3"}),
    ("paragraph", "<ul><li>54 rodziny</li><li>12 wolontariuszy</li></ul>"),
]
NON_CONFORMITIES = [
    (
        "item",
        {
            "element": "Skany uchwał z 2012 roku",
            "reason": "Dokumenty opublikowane przed wejściem w życie ustawy",
            "alternative": "Na prośbę prześlemy ich treść pocztą elektroniczną",
        },
    )
]


def build_example_network():
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    root.get_children().delete()  # Wagtail's welcome page
    home = NetworkHomePageFactory(parent=root, slug="zawsze-pomocni")
    site = Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Zawsze"
    )
    NetworkSettings.objects.update_or_create(
        site=site,
        defaults={
            "contact_email": "kontakt@zawszepomocni.example",
            "contact_phone": "+48 22 000 00 00",
            "postal_address": "ul. Grzybowska 80/82\n00-844 Warszawa",
            "facebook_url": "https://facebook.example/zawsze",
            "show_eu_marking": True,
        },
    )
    publish(home)
    award = AwardFactory(name="Zawsze pomocni", slug="zawsze-pomocni")
    pages = [
        home,
        publish(AwardIndexPageFactory(parent=home, show_in_menus=True)),
        publish(StandardPageFactory(parent=home, title="O sieci", body=BODY, show_in_menus=True)),
        publish(
            AccessibilityStatementPageFactory(
                parent=home,
                entity_name="Mazowieckie Centrum Polityki Społecznej",
                non_conformities=NON_CONFORMITIES,
                keyboard_shortcuts="Strona nie ma własnych skrótów klawiszowych.",
            )
        ),
    ]
    centre = publish(
        CentrePageFactory(
            parent=home,
            title="GOPS Domanice",
            slug="gops-domanice",
            phone="+48 25 633 11 22",
            email="gops@domanice.example",
            website="https://domanice.example",
            intro="<p>Gminny ośrodek w powiecie siedleckim.</p>",
            logo=NetworkImageFactory(),
        )
    )
    gallery = GalleryPageFactory(parent=centre, title="Uroczystość 2014", slug="galeria-2014")
    for number in range(3):
        GalleryPhotoFactory(page=gallery, caption=f"Zdjęcie {number + 1} z uroczystości")
    pages += [
        centre,
        publish(AccessibilityStatementPageFactory(parent=centre, entity_name="GOPS w Domanicach")),
        publish(
            AwardStoryPageFactory(
                parent=centre,
                title="Zawsze pomocni 2014",
                award=award,
                body=BODY,
                hero_image=NetworkImageFactory(),
                ceremony_place="Warszawa",
            )
        ),
        publish(gallery),
    ]
    other_centre = publish(
        CentrePageFactory(parent=home, title="MOPS Jasło", voivodeship=Voivodeship.PODKARPACKIE)
    )
    for number in range(EXTRA_STORIES):
        publish(
            AwardStoryPageFactory(
                parent=other_centre,
                award=award,
                date_awarded=datetime.date(2010 + number % 5, 11, 21),
            )
        )
    for page in pages:
        for code in ("en", "uk"):
            publish_translation(page, code, title=f"{page.title} ({code})")
    return example_urls()


def example_urls():
    urls = {}
    for model in get_page_models():
        if model is Page:
            continue
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            example = model.objects.live().filter(locale__language_code=code).order_by("path")
            example = example.first()
            if example is not None:
                urls[(model._meta.label, code)] = example.url
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        with translation.override(code):
            urls[("search", code)] = reverse("search")
    return urls
