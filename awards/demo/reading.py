"""The demo network's data files (``data/``, described in ``data/README.md``) as spec records.

``network()`` reads ``network.yaml``, ``real_centres()`` every file under
``centres/`` (in the order of their names), ``marking()`` ``marking.yaml``.
Each checks every field as it reads it (``fields.Field``): a mistake is a
``DataError`` naming the file and the field.
"""

from functools import cache
from pathlib import Path

from ..choices import AwardCategory, AwardLevel
from .blocks import block, unique, with_slug
from .centre_file import read_centre
from .fields import read_file
from .spec import (
    AwardSpec,
    MarkingSpec,
    MarkSpec,
    NetworkSpec,
    PageSpec,
    SiteSpec,
    StandardPageSpec,
    StatementSpec,
)
from .texts import Strings

DATA = Path(__file__).resolve().parent / "data"
CENTRES = DATA / "centres"


@cache
def network(path=DATA / "network.yaml"):
    root = read_file(path).mapping(
        required=(
            "language",
            "site",
            "settings",
            "home",
            "award_index",
            "awards",
            "pages",
            "accessibility_statement",
            "minister_titles",
        )
    )
    site = root["site"].mapping(required=("hostname", "port", "name"))
    settings = root["settings"].mapping(
        required=("network_name",), optional=("contact_email", "contact_phone", "postal_address")
    )
    awards = tuple(_award(item) for item in root["awards"].items())
    unique(root["awards"], [award.slug for award in awards], "award slug")
    pages = tuple(_standard_page(item) for item in root["pages"].items())
    unique(root["pages"], [page.slug for page in pages], "page slug")
    return NetworkSpec(
        language=root["language"].text(),
        site=SiteSpec(site["hostname"].text(), site["port"].number(), site["name"].text()),
        settings={key: value.text() for key, value in settings.entries()},
        home=_page(root["home"], search_description=True),
        award_index=_page(root["award_index"]),
        awards=awards,
        pages=pages,
        statement=_statement(root["accessibility_statement"]),
        minister_titles=_minister_titles(root["minister_titles"]),
    )


def real_centres(folder=None):
    """The real centres, one file each, in the order of the files' names."""
    return _real_centres(Path(folder or CENTRES))


@cache
def _real_centres(folder):
    award_slugs = {award.slug for award in network().awards}
    files = sorted(folder.glob("*.yaml"))
    specs = tuple(read_centre(read_file(path), award_slugs) for path in files)
    seen = {}
    for path, spec in zip(files, specs, strict=True):
        if spec.slug in seen:
            read_file(path)["slug"].fail(f"{spec.slug!r} is the slug of {seen[spec.slug]} too")
        seen[spec.slug] = path.name
    return specs


@cache
def marking(path=DATA / "marking.yaml"):
    root = read_file(path).mapping(required=("marks", "credit"))
    marks = []
    for item in root["marks"].items():
        item.mapping(required=("setting", "title", "alt_text"), optional=("label",))
        marks.append(
            MarkSpec(
                setting=item["setting"].text(),
                title=item["title"].text(),
                alt_text=item["alt_text"].text(),
                label=item.get("label").optional_text(),
            )
        )
    return MarkingSpec(marks=tuple(marks), credit=root["credit"].text())


# --- network.yaml ------------------------------------------------------------------


def _page(field, search_description=False):
    optional = ("search_description",) if search_description else ()
    field.mapping(required=("slug", "title", "intro"), optional=optional)
    strings = Strings()
    return PageSpec(
        slug=field["slug"].text(),
        title=field["title"].translated(strings),
        intro=field["intro"].translated(strings),
        search_description=field.get("search_description").optional_translated(strings),
        strings=with_slug(strings, field),
    )


def _award(field):
    field.mapping(
        required=("slug", "name", "awarding_body", "level", "category", "description"),
    )
    strings = Strings()
    return AwardSpec(
        slug=field["slug"].text(),
        name=field["name"].translated(strings),
        awarding_body=field["awarding_body"].translated(strings),
        level=field["level"].choice(AwardLevel),
        category=field["category"].choice(AwardCategory),
        description=field["description"].translated(strings),
        strings=with_slug(strings, field),
    )


def _standard_page(field):
    field.mapping(required=("slug", "title", "intro"), optional=("body",))
    strings = Strings()
    return StandardPageSpec(
        slug=field["slug"].text(),
        title=field["title"].translated(strings),
        intro=field["intro"].translated(strings),
        body=tuple(block(item, strings) for item in field.get("body").items()),
        strings=with_slug(strings, field),
    )


STATEMENT_TEXTS = ("entity_name", "contact_person", "architecture")
STATEMENT_PLAIN = ("status", "contact_email", "contact_phone")
STATEMENT_DATES = ("website_published", "website_updated", "prepared_on", "reviewed_on")


def _statement(field):
    field.mapping(
        required=("slug", "title", *STATEMENT_TEXTS, *STATEMENT_PLAIN, *STATEMENT_DATES),
        optional=("non_conformities",),
    )
    strings = Strings()
    fields = {"title": field["title"].translated(strings)}
    for name in STATEMENT_TEXTS:
        fields[name] = field[name].translated(strings)
    for name in STATEMENT_PLAIN:
        fields[name] = field[name].text()
    for name in STATEMENT_DATES:
        fields[name] = field[name].date()
    items = []
    for item in field.get("non_conformities").items():
        item.mapping(required=("element", "reason", "alternative"))
        items.append(("item", {key: value.translated(strings) for key, value in item.entries()}))
    fields["non_conformities"] = items
    title = fields.pop("title")
    return StatementSpec(
        slug=field["slug"].text(), title=title, fields=fields, strings=with_slug(strings, field)
    )


def _minister_titles(field):
    titles = []
    items = field.items()
    for index, item in enumerate(items):
        last = index == len(items) - 1
        item.mapping(required=("title",) if last else ("until", "title"))
        titles.append((None if last else item["until"].number(), item["title"].text()))
    if not titles:
        field.fail("expected at least one title")
    return tuple(titles)
