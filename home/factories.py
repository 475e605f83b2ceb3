"""Seeded factories for tests (the demo loader is for people)."""

import datetime

import factory
import wagtail_factories

from .models import AccessibilityStatementPage, NetworkHomePage, NetworkImage, StandardPage


class NetworkImageFactory(wagtail_factories.ImageFactory):
    description = factory.Faker("sentence", nb_words=6, locale="pl_PL")
    credit = factory.Faker("name", locale="pl_PL")
    # Nobody recognisable: publishable without a consent record. Tests of the
    # consent rules say otherwise explicitly.
    nobody_identifiable = True

    class Meta:
        model = NetworkImage


class NetworkHomePageFactory(wagtail_factories.PageFactory):
    title = "Zawsze pomocni"
    intro = "<p>Sieć ośrodków pomocy społecznej.</p>"

    class Meta:
        model = NetworkHomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Strona {n}")
    intro = "O sieci."

    class Meta:
        model = StandardPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Deklaracja dostępności"
    slug = "deklaracja-dostepnosci"
    entity_name = "Gminny Ośrodek Pomocy Społecznej"
    website_published = datetime.date(2020, 9, 1)
    website_updated = datetime.date(2026, 1, 15)
    status = AccessibilityStatementPage.Status.PARTIAL
    non_conformities = wagtail_factories.StreamFieldFactory({})
    prepared_on = datetime.date(2020, 9, 1)
    reviewed_on = datetime.date(2026, 3, 20)
    contact_person = "Anna Kowalska"
    contact_email = "dostepnosc@ops.example"
    contact_phone = "+48 25 000 00 00"
    architecture = "<p>Wejście do budynku jest dostępne z poziomu chodnika.</p>"

    class Meta:
        model = AccessibilityStatementPage
