"""The word pools and templates of the generated network (``data/generated.yaml``).

``pools()`` reads the file once and checks what the generator will use, so
that a mistake in it names the file and the field like any other data file.
"""

from dataclasses import dataclass
from functools import cache

from ..choices import CentreKind, Voivodeship
from . import reading
from .fields import read_file

PATH = reading.DATA / "generated.yaml"

# What the generator reads from generated.yaml, checked before it is used.
TEXTS = [
    "home_voivodeship",
    "photo_pool.title",
    "photo_pool.caption",
    "photo_pool.credit",
    "fiction_note",
    *(
        f"centre.{name}"
        for name in (
            "title",
            "official_name",
            "county_of_city",
            "street_address",
            "phone",
            "email",
            "bip_url",
            "intro",
            "head",
            "gallery.slug",
            "gallery.title",
            "gallery.intro",
        )
    ),
    *(
        f"story.{name}"
        for name in (
            "title",
            "lead",
            "received.default",
            "figures_title",
            "project_total",
            "image_caption",
            "quote_attribution",
            "about_heading",
        )
    ),
    *(
        f"project.{name}"
        for name in (
            "name",
            "programme",
            "programme_period",
            "fund",
            "priority",
            "action",
            "sub_action",
            "results",
        )
    ),
]
NUMBERS = [
    "defaults.seed",
    "defaults.centres",
    "defaults.stories",
    "max_stories",
    "photo_pool.size",
    "project.first_year",
    "project.last_year",
]
SHARES = ["home_share", "centre.gallery_share", "story.quote_share"]


def _at(root, path):
    field = root
    for key in path.split("."):
        field = field[key]
    return field


@dataclass(frozen=True)
class Place:
    """A fictional commune: its name, "in <name>" (locative), region, county, kind of centre."""

    name: str
    in_name: str
    voivodeship: str
    county: str
    kind: str


@dataclass(frozen=True)
class Topic:
    """What a generated story is about."""

    title: str
    reason: str  # "za …", why the award was given
    context: str  # one or two sentences on how the work goes
    figures: tuple[tuple[str, int, int], ...]  # label, lowest, highest
    tags: tuple[str, ...]
    years: tuple[int, int]
    project: bool = False


@cache
def pools():
    """The parsed ``generated.yaml`` (its places and topics as records)."""
    root = read_file(PATH)
    for path in TEXTS:
        _at(root, path).text()
    for path in NUMBERS:
        _at(root, path).number()
    for path in SHARES:
        _at(root, path).share()
    award_slugs = [award.slug for award in reading.network().awards]
    for slug, how in root["awards"].entries():
        how.mapping(
            required=("label", "lead", "month", "day", "about"),
            optional=("ceremony_place", "conferred_by", "internal", "note"),
        )
        if slug not in award_slugs:
            how.fail(f"no award {slug!r} in network.yaml")
    for where in ("home", "elsewhere"):
        for slug, weight in root["award_weights"][where].entries():
            weight.number()
            if slug not in root["awards"].value:
                weight.fail(f"no award {slug!r} under awards")
    data = dict(root.value)
    places = []
    for item in root["places"].items():
        if not isinstance(item.value, list) or len(item.value) != 5:
            item.fail("expected [name, in name, voivodeship, county, kind of centre]")
        name, in_name, voivodeship, county, kind = item.items()
        places.append(
            Place(
                name.text(),
                in_name.text(),
                voivodeship.choice(Voivodeship),
                county.text(),
                kind.choice(CentreKind),
            )
        )
    first, last = (year.number() for year in root["years"].items())
    topics = []
    for item in root["topics"].items():
        item.mapping(
            required=("title", "reason", "context", "tags"),
            optional=("figures", "years", "project"),
        )
        years = item.get("years")
        topics.append(
            Topic(
                title=item["title"].text(),
                reason=item["reason"].text(),
                context=item["context"].text(),
                figures=tuple(
                    (f["label"].text(), f["from"].number(), f["to"].number())
                    for f in item.get("figures").items()
                ),
                tags=tuple(tag.text() for tag in item["tags"].items()),
                years=tuple(y.number() for y in years.items()) if years.value else (first, last),
                project=bool(item.get("project").value),
            )
        )
    return {**data, "places": tuple(places), "topics": tuple(topics), "years": (first, last)}


def defaults():
    return pools()["defaults"]


def max_centres():
    return len(pools()["places"])
