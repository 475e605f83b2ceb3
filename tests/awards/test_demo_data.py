"""The demo network's data files (awards/demo/data): they read, they translate every
segment, and a mistake in one names the file and the field."""

import io
import re
import shutil

import pytest
import yaml
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Locale

from awards.demo import generated, generated_pools, photos, reading
from awards.demo.fields import DataError
from awards.demo.texts import TARGET_LANGUAGES, segments
from awards.models import AwardStoryPage, CentrePage
from home.models import NetworkHomePage

REAL_CENTRE_SLUGS = [
    "gops-domanice",
    "ops-marki",
    "mops-jaslo",
    "mops-szklarska-poreba",
    "ops-chocianow",
]


def test_the_data_files_read():
    network = reading.network()
    assert [award.slug for award in network.awards] == [
        "zawsze-pomocni",
        "nagroda-specjalna-ministra",
        "dobra-praktyka-sieci",
    ]
    assert [page.slug for page in network.pages] == ["o-sieci", "polityka-prywatnosci", "kontakt"]
    assert [centre.slug for centre in reading.real_centres()] == REAL_CENTRE_SLUGS
    assert len(reading.marking().marks) == 4
    assert len(photos.settings().palettes) == 6
    assert photos.alt_text("GOPS Domanice – Zespół ośrodka").startswith("Grafika demonstracyjna: ")
    assert generated.max_centres() == 48
    assert generated.defaults() == {"seed": 2014, "centres": 25, "stories": 194}


def translated_items():
    network = reading.network()
    items = [network.home, network.award_index, network.statement, *network.awards]
    items += network.pages
    for centre in reading.real_centres():
        items += [centre, *centre.stories, *centre.galleries, *centre.projects]
    return items


def texts_of(item):
    """The Polish texts of an item that its translation must cover."""
    for name in ("title", "intro", "lead", "name", "description", "results", "conferred_by"):
        value = getattr(item, name, "")
        if value:
            yield value
    for block_type, value in getattr(item, "body", ()):
        if block_type in ("paragraph", "heading"):
            yield value if block_type == "paragraph" else value["text"]
        elif block_type == "key_figures":
            yield value["title"]
            yield from (figure["value"]["label"] for figure in value["figures"])


@pytest.mark.parametrize("language", TARGET_LANGUAGES)
def test_every_real_text_has_its_translations(language):
    for item in translated_items():
        for text in texts_of(item):
            for segment in segments(text):
                assert item.strings.translate(language, segment), (item.slug, segment)


def test_translations_are_paired_by_position_not_by_sentence():
    [story] = reading.real_centres()[0].stories
    polish = segments(story.body[0][1])
    assert story.strings.translate("en", polish[0]).startswith("The “Zawsze pomocni”")
    assert story.strings.translate("uk", story.title).startswith("Відзнака")
    assert story.strings.translate("en", "zawsze-pomocni-2014") == "zawsze-pomocni-2014"
    assert story.strings.translate("en", "54") == "54"  # a figure
    assert story.strings.translate("en", "Zdanie, którego nie ma w danych.") is None


# --- mistakes --------------------------------------------------------------------------


@pytest.fixture
def centres_folder(tmp_path):
    """A copy of the real centres' files to spoil."""
    folder = tmp_path / "centres"
    shutil.copytree(reading.CENTRES, folder)
    return folder


def edit(path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def read_error(folder):
    with pytest.raises(DataError) as raised:
        reading.real_centres(folder)
    return str(raised.value)


def set_in(*path_and_value):
    *path, value = path_and_value

    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        if value is DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return change


DELETE = object()
MARKI = "20-ops-marki.yaml"


@pytest.mark.parametrize(
    "change, field, complaint",
    [
        (set_in("city", DELETE), "city", "missing"),
        (set_in("projects", 0, "action", 7.1), "projects[0].action", "put it in quotes"),
        (
            set_in("stories", 0, "date_awarded", "21 listopada"),
            "stories[0].date_awarded",
            "expected a date (YYYY-MM-DD)",
        ),
        (set_in("stories", 1, "hero", "gala"), "stories[1].hero", "no photo 'gala'"),
        (set_in("stories", 0, "award", "nobel"), "stories[0].award", "'nobel' is not one of"),
        (set_in("stories", 0, "dat_awarded", "2018-11-21"), "stories[0]", "unknown field"),
        (set_in("stories", 0, "title", "uk", DELETE), "stories[0].title.uk", "missing"),
        (set_in("kind", "GOPSS"), "kind", "'GOPSS' is not one of"),
        (
            set_in("galleries", 0, "slug", "zawsze-pomocni-2018"),
            "galleries[0]",
            "the slug 'zawsze-pomocni-2018' is used twice",
        ),
        (
            set_in("stories", 0, "body", 2, "paragraph", "en", "<p>One.</p><p>Two.</p>"),
            "stories[0].body[2].paragraph",
            "the en text has 2 paragraphs or list items and the pl text 5",
        ),
        (
            set_in("stories", 0, "projects", 0, "Odzyskać dziecko"),
            "stories[0].projects[0]",
            "no project 'Odzyskać dziecko'",
        ),
        (
            set_in("stories", 0, "body", 0, {"paragraf": "<p>x</p>"}),
            "stories[0].body[0]",
            "unknown field 'paragraf'",
        ),
    ],
)
def test_a_mistake_names_the_file_and_the_field(centres_folder, change, field, complaint):
    edit(centres_folder / MARKI, change)

    message = read_error(centres_folder)

    assert message.startswith(f"{centres_folder / MARKI}: {field}: "), message
    assert complaint in message


def test_a_yaml_syntax_error_names_the_file_and_the_line(centres_folder):
    path = centres_folder / MARKI
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[10] = "city: [Marki"
    path.write_text("\n".join(lines), encoding="utf-8")

    message = read_error(centres_folder)

    assert re.match(rf"{re.escape(str(path))}: line \d+, column \d+: not valid YAML", message)


def test_two_centre_files_with_one_slug(centres_folder):
    shutil.copy(centres_folder / MARKI, centres_folder / "60-ops-marki-again.yaml")

    message = read_error(centres_folder)

    assert message == (
        f"{centres_folder / '60-ops-marki-again.yaml'}: slug: "
        f"'ops-marki' is the slug of {MARKI} too"
    )


def test_a_new_centre_is_a_new_file(centres_folder):
    def rename(data):
        data["slug"] = "ops-nowa-wies"
        data["title"] = "OPS Nowa Wieś"

    shutil.copy(centres_folder / MARKI, centres_folder / "60-ops-nowa-wies.yaml")
    edit(centres_folder / "60-ops-nowa-wies.yaml", rename)

    centres = reading.real_centres(centres_folder)

    assert [centre.slug for centre in centres] == [*REAL_CENTRE_SLUGS, "ops-nowa-wies"]
    new = centres[-1]
    assert new.photos()[0].title.startswith("OPS Nowa Wieś – ")
    assert new.strings.translate("en", "OPS Nowa Wieś") == "OPS Nowa Wieś"


def test_a_mistake_in_the_generated_pools_names_the_field(tmp_path, monkeypatch):
    path = tmp_path / "generated.yaml"
    shutil.copy(generated_pools.PATH, path)
    edit(path, set_in("centre", "title", DELETE))
    monkeypatch.setattr(generated_pools, "PATH", path)
    generated.pools.cache_clear()
    try:
        with pytest.raises(DataError, match=re.escape(f"{path}: centre.title: missing")):
            generated.pools()
    finally:
        generated.pools.cache_clear()


# --- through the command ---------------------------------------------------------------


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = settings.PHOTOS_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.mark.django_db
def test_the_command_stops_at_a_mistake_before_loading_anything(
    centres_folder, monkeypatch, media_root
):
    edit(centres_folder / MARKI, set_in("stories", 0, "date_awarded", "jutro"))
    monkeypatch.setattr(reading, "CENTRES", centres_folder)

    with pytest.raises(CommandError) as raised:
        call_command("load_demo_network", "--no-generated", stdout=io.StringIO())

    assert str(raised.value).startswith(f"{centres_folder / MARKI}: stories[0].date_awarded: ")
    assert not NetworkHomePage.objects.exists()


@pytest.mark.slow
@pytest.mark.django_db
def test_a_new_centre_file_is_loaded_and_translated(centres_folder, monkeypatch, media_root):
    def rename(data):
        data["slug"] = "ops-nowa-wies"
        data["title"] = {"pl": "OPS Nowa Wieś", "en": "OPS Nowa Wieś (new)", "uk": "OPS Нова Весь"}

    shutil.copy(centres_folder / MARKI, centres_folder / "60-ops-nowa-wies.yaml")
    edit(centres_folder / "60-ops-nowa-wies.yaml", rename)
    monkeypatch.setattr(reading, "CENTRES", centres_folder)

    call_command("load_demo_network", "--no-generated", stdout=io.StringIO())

    new = CentrePage.objects.get(locale__language_code="pl", slug="ops-nowa-wies")
    assert new.get_children().count() == 3  # two stories and a gallery
    english = new.get_translation(Locale.objects.get(language_code="en"))
    assert (english.title, english.live) == ("OPS Nowa Wieś (new)", True)
    ukrainian_story = AwardStoryPage.objects.get(
        locale__language_code="uk", slug="zawsze-pomocni-2018", centre__slug="ops-nowa-wies"
    )
    assert ukrainian_story.live and ukrainian_story.title.startswith("Відзнака")
