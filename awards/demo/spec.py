"""The shape of the demo data: plain, immutable records that know nothing of the database.

``centres.py`` (the real centres, written by hand) and ``generated.py`` (the
seeded, fictional part) both produce these records; ``loader.py`` turns them
into pages, snippets and images. Each record carries its natural key (a slug
under its parent, an award slug, a project name, an image title), which is
what makes loading idempotent.
"""

import datetime
import uuid
from dataclasses import dataclass, field

from anyascii import anyascii
from django.utils.text import slugify as django_slugify


def slugify(text):
    """A page slug for Polish text: "Szklarska Poręba" -> "szklarska-poreba"."""
    return django_slugify(anyascii(text))


@dataclass(frozen=True)
class PhotoSpec:
    """A stand-in photo; ``title`` is its natural key and decides the picture."""

    title: str
    caption: str
    credit: str


@dataclass(frozen=True)
class AwardSpec:
    slug: str
    name: str
    awarding_body: str
    level: str
    category: str
    description: str


@dataclass(frozen=True)
class ProjectSpec:
    name: str
    programme: str = ""
    programme_period: str = ""  # ProgrammePeriod: decides the EU marking
    fund: str = ""
    priority: str = ""
    action: str = ""
    sub_action: str = ""
    start_date: datetime.date | None = None
    end_date: datetime.date | None = None
    results: str = ""
    participants: tuple[tuple[str, int], ...] = ()


# StreamField blocks, as (block type, value) pairs. Image blocks name a
# PhotoSpec; the loader swaps it for the stored image.


def paragraph(html):
    return ("paragraph", html)


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def quote(text, attribution=""):
    return ("quote", {"quote": text, "attribution": attribution})


def key_figures(title, figures):
    # ListBlock items in their stored form, with ids, so that wagtail-localize
    # extracts each label for translation.
    items = [
        {
            "type": "item",
            "value": {"value": str(value), "label": label},
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{title}/{value}/{label}")),
        }
        for value, label in figures
    ]
    return ("key_figures", {"title": title, "figures": items})


def image(photo, caption=""):
    return ("image", {"photo": photo, "caption": caption})


@dataclass(frozen=True)
class StorySpec:
    slug: str
    title: str
    award: str  # the award's slug
    date_awarded: datetime.date
    lead: str
    body: tuple = ()
    ceremony_date: datetime.date | None = None
    ceremony_place: str = ""
    conferred_by: str = ""
    hero: PhotoSpec | None = None
    projects: tuple[str, ...] = ()  # project names
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class GallerySpec:
    slug: str
    title: str
    intro: str
    photos: tuple[PhotoSpec, ...]


@dataclass(frozen=True)
class StandardPageSpec:
    slug: str
    title: str
    intro: str
    body: tuple = ()


@dataclass(frozen=True)
class CentreSpec:
    slug: str
    title: str
    official_name: str
    kind: str
    commune: str
    county: str
    voivodeship: str
    street_address: str
    postal_code: str
    city: str
    intro: str
    phone: str = ""
    email: str = ""
    website: str = ""
    bip_url: str = ""
    stories: tuple[StorySpec, ...] = ()
    galleries: tuple[GallerySpec, ...] = ()
    projects: tuple[ProjectSpec, ...] = field(default=())

    def photos(self):
        """Every photo the centre's pages use, each once, in order."""
        seen = {}
        for gallery in self.galleries:
            for photo in gallery.photos:
                seen.setdefault(photo.title, photo)
        for story in self.stories:
            if story.hero:
                seen.setdefault(story.hero.title, story.hero)
            for block_type, value in story.body:
                if block_type == "image":
                    seen.setdefault(value["photo"].title, value["photo"])
        return list(seen.values())
