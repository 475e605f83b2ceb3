"""Seeded factories for tests (the demo loader is for people)."""

import factory
import wagtail_factories

from .models import NetworkHomePage, NetworkImage, StandardPage


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
