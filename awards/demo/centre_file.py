"""One real centre's data file (``data/centres/*.yaml``) as a CentreSpec.

The centre's photos are listed once, by id, with their captions; its stories,
galleries and body blocks name them by id. A photo's title, which decides its
picture (``photos.py``) and finds it again on the next load, is
"<centre title> – <Polish caption>".
"""

from ..choices import CentreKind, ProgrammePeriod, Voivodeship
from .blocks import block, photo_by_id, unique, with_slug
from .spec import CentreSpec, GallerySpec, PhotoSpec, ProjectSpec, StorySpec
from .texts import Strings

CENTRE_PLAIN = ("commune", "county", "street_address", "postal_code", "city")
CENTRE_OPTIONAL = ("phone", "email", "website", "bip_url")


def read_centre(root, award_slugs):
    root.mapping(
        required=(
            "slug",
            "title",
            "official_name",
            "kind",
            "voivodeship",
            *CENTRE_PLAIN,
            "intro",
            "photo_credit",
        ),
        optional=(
            *CENTRE_OPTIONAL,
            "photos",
            "projects",
            "stories",
            "galleries",
            "submitted_story",
        ),
    )
    strings = Strings()
    title = root["title"].translated(strings)
    photos, photo_strings = _photos(root, title)
    projects = tuple(_project(item) for item in root.get("projects").items())
    unique(root.get("projects"), [project.name for project in projects], "project name")
    project_names = {project.name for project in projects}
    stories = tuple(
        _story(item, photos, photo_strings, award_slugs, project_names)
        for item in root.get("stories").items()
    )
    galleries = tuple(
        _gallery(item, photos, photo_strings) for item in root.get("galleries").items()
    )
    story_slugs = [story.slug for story in stories]
    unique(root.get("stories"), story_slugs, "slug")
    unique(root.get("galleries"), [gallery.slug for gallery in galleries], "slug", story_slugs)
    submitted = None
    if "submitted_story" in root:
        submitted = _story(root["submitted_story"], photos, None, award_slugs, project_names)
    return CentreSpec(
        slug=root["slug"].text(),
        title=title,
        official_name=root["official_name"].translated(strings),
        kind=root["kind"].choice(CentreKind),
        voivodeship=root["voivodeship"].choice(Voivodeship),
        **{name: root[name].text() for name in CENTRE_PLAIN},
        **{name: root.get(name).optional_text() for name in CENTRE_OPTIONAL},
        intro=root["intro"].translated(strings),
        stories=stories,
        galleries=galleries,
        projects=projects,
        strings=with_slug(strings, root),
        submitted_story=submitted,
    )


def _photos(root, centre_title):
    """The centre's photos by id. A photo's title, which decides its picture, is
    "<centre title> – <Polish caption>"; its captions go into ``strings``."""
    strings = Strings()
    credit = root["photo_credit"].translated(strings)
    photos = {}
    for key, field in root.get("photos").entries() if "photos" in root else []:
        caption = field.translated(strings)
        photos[key] = PhotoSpec(title=f"{centre_title} – {caption}", caption=caption, credit=credit)
    return photos, strings


def _project(field):
    field.mapping(
        required=("name",),
        optional=(
            "programme",
            "programme_period",
            "fund",
            "priority",
            "action",
            "sub_action",
            "start_date",
            "end_date",
            "results",
            "participants",
        ),
    )
    strings = Strings()
    participants = []
    for item in field.get("participants").items():
        item.mapping(required=("label", "count"))
        participants.append((item["label"].translated(strings), item["count"].number()))
    period = field.get("programme_period")
    return ProjectSpec(
        name=field["name"].translated(strings),
        programme=field.get("programme").optional_translated(strings),
        programme_period=period.choice(ProgrammePeriod) if period.value is not None else "",
        fund=field.get("fund").optional_translated(strings),
        priority=field.get("priority").optional_text(),
        action=field.get("action").optional_text(),
        sub_action=field.get("sub_action").optional_text(),
        start_date=field.get("start_date").date(optional=True),
        end_date=field.get("end_date").date(optional=True),
        results=field.get("results").optional_translated(strings),
        participants=tuple(participants),
        strings=strings,
    )


def _story(field, photos, photo_strings, award_slugs, project_names):
    """A story; with ``photo_strings`` None it is Polish only (not translated)."""
    field.mapping(
        required=("slug", "title", "award", "date_awarded", "lead"),
        optional=(
            "ceremony_date",
            "ceremony_place",
            "conferred_by",
            "hero",
            "projects",
            "tags",
            "body",
        ),
    )
    strings = Strings() if photo_strings is not None else None
    award = field["award"].choice(sorted(award_slugs))
    projects = []
    for item in field.get("projects").items():
        name = item.text()
        if name not in project_names:
            item.fail(f"no project {name!r} in this file's projects")
        projects.append(name)
    hero = photo_by_id(field["hero"], photos) if "hero" in field else None
    body = tuple(block(item, strings or Strings(), photos) for item in field.get("body").items())
    if strings is not None:
        _add_captions(strings, photo_strings)
        with_slug(strings, field)
    return StorySpec(
        slug=field["slug"].text(),
        title=field["title"].translated(strings),
        award=award,
        date_awarded=field["date_awarded"].date(),
        lead=field["lead"].translated(strings),
        body=body,
        ceremony_date=field.get("ceremony_date").date(optional=True),
        ceremony_place=field.get("ceremony_place").optional_translated(strings),
        conferred_by=field.get("conferred_by").optional_translated(strings),
        hero=hero,
        projects=tuple(projects),
        tags=tuple(item.text() for item in field.get("tags").items()),
        strings=strings,
    )


def _add_captions(strings, photo_strings):
    """A page showing a centre's photos translates their captions and credit as the photos do."""
    for language, table in photo_strings.by_language.items():
        for polish, text in table.items():
            strings.by_language[language].setdefault(polish, text)


def _gallery(field, photos, photo_strings):
    field.mapping(required=("slug", "title", "intro", "photos"))
    strings = Strings()
    chosen = tuple(photo_by_id(item, photos) for item in field["photos"].items())
    _add_captions(strings, photo_strings)
    return GallerySpec(
        slug=field["slug"].text(),
        title=field["title"].translated(strings),
        intro=field["intro"].translated(strings),
        photos=chosen,
        strings=with_slug(strings, field),
    )
