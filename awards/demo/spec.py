"""The shape of the demo data: plain, immutable records that know nothing of the database.

``reading.py`` (the data files under ``data/``) and ``generated.py`` (the
seeded, fictional part) both produce these records; the loader turns them
into pages, snippets and images. Each record carries its natural key (a slug
under its parent, an award slug, a project name, an image title), which is
what makes loading idempotent. The text fields hold the Polish text; a record
read from a data file also carries its English and Ukrainian versions
(``strings``, see ``texts.py``), which the generated records do not have.
"""

import datetime
import uuid
from dataclasses import dataclass, field

from anyascii import anyascii
from django.utils.text import slugify as django_slugify

from .texts import Strings


# The translations of a record read from a data file: not part of its identity.
def translations():
    return field(default=None, compare=False, repr=False)


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
    strings: Strings | None = translations()


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
    strings: Strings | None = translations()


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
    strings: Strings | None = translations()


@dataclass(frozen=True)
class GallerySpec:
    slug: str
    title: str
    intro: str
    photos: tuple[PhotoSpec, ...]
    strings: Strings | None = translations()


@dataclass(frozen=True)
class StandardPageSpec:
    slug: str
    title: str
    intro: str
    body: tuple = ()
    strings: Strings | None = translations()


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
    strings: Strings | None = translations()
    # A draft its editor has sent for approval (loaded with the demo team only).
    submitted_story: StorySpec | None = None

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


@dataclass(frozen=True)
class PageSpec:
    """A network page with a title, an intro and nothing else to build from data."""

    slug: str
    title: str
    intro: str
    search_description: str = ""
    strings: Strings | None = translations()


@dataclass(frozen=True)
class StatementSpec:
    """The accessibility statement: its slug, title and the rest of its fields."""

    slug: str
    title: str
    fields: dict  # field name -> value; non_conformities as (block type, value) pairs
    strings: Strings | None = translations()


@dataclass(frozen=True)
class SiteSpec:
    hostname: str
    port: int
    name: str


@dataclass(frozen=True)
class NetworkSpec:
    """Everything above the centres: data/network.yaml."""

    language: str
    site: SiteSpec
    settings: dict
    home: PageSpec
    award_index: PageSpec
    awards: tuple[AwardSpec, ...]
    pages: tuple[StandardPageSpec, ...]
    statement: StatementSpec
    minister_titles: tuple[tuple[int | None, str], ...]  # (last year or None, title)

    def minister_title(self, year):
        """The minister who gave the special award in ``year``, as the office was then called."""
        return next(title for last, title in self.minister_titles if last is None or year <= last)


@dataclass(frozen=True)
class MarkSpec:
    """A stand-in logo of the EU-funds marking (data/marking.yaml)."""

    setting: str  # the field of EUMarkingSettings
    title: str
    alt_text: str
    label: str = ""


@dataclass(frozen=True)
class MarkingSpec:
    marks: tuple[MarkSpec, ...]
    credit: str
