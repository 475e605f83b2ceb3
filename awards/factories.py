"""Seeded factories for tests (the demo loader is for people)."""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Locale

from home.factories import NetworkImageFactory

from .choices import AwardCategory, AwardLevel, CentreKind, Voivodeship
from .models import (
    Award,
    AwardIndexPage,
    AwardStoryPage,
    CentrePage,
    GalleryPage,
    GalleryPhoto,
    Project,
)


class AwardFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Nagroda {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    awarding_body = "Marszałek Województwa Mazowieckiego"
    level = AwardLevel.REGIONAL
    category = AwardCategory.TEAM
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Award


class ProjectFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Projekt {n}")
    programme = "POKL"
    priority = "VII"
    action = "7.1"
    sub_action = "7.1.1"
    start_date = datetime.date(2009, 1, 1)
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Project


class CentrePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"GOPS Gmina {n}")
    official_name = factory.LazyAttribute(lambda o: f"Gminny Ośrodek Pomocy Społecznej {o.title}")
    kind = CentreKind.GOPS
    commune = "Domanice"
    county = "siedlecki"
    voivodeship = Voivodeship.MAZOWIECKIE
    street_address = "ul. Główna 1"
    postal_code = "08-113"
    city = "Domanice"

    class Meta:
        model = CentrePage


class AwardStoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Historia nagrody {n}")
    award = factory.SubFactory(AwardFactory)
    date_awarded = datetime.date(2014, 11, 25)
    lead = "Ośrodek otrzymał wyróżnienie za dobre praktyki."

    class Meta:
        model = AwardStoryPage


class GalleryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Galeria {n}")
    intro = "Zdjęcia z uroczystości."

    class Meta:
        model = GalleryPage


class GalleryPhotoFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(GalleryPageFactory)
    image = factory.SubFactory(NetworkImageFactory)
    caption = "Uroczystość wręczenia wyróżnienia"

    class Meta:
        model = GalleryPhoto


class AwardIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nagrody"
    slug = "nagrody"

    class Meta:
        model = AwardIndexPage
