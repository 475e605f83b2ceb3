"""Render-time benchmark of the public pages on a synthetic network.

Builds a network of N centres x M award stories in a throwaway database, then
renders the home page, a centre page, a story page and the award index through
the Django test client, and prints the median and p90 time and the number of
SQL queries per request: rendered afresh (a new content generation before
each, as after any publication) and served again (route and page from the
cache, caching/generation.py). Figures only: nothing here passes or fails.

    .venv/bin/python bench/pages.py                      # 100 x 20, SQLite in a temp dir
    .venv/bin/python bench/pages.py --centres 10 --stories 5 --repeat 10
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/zawsze .venv/bin/python bench/pages.py

With ``DATABASE_URL`` the benchmark runs on that server, in a fresh database
named after it with ``_bench`` appended (created and, unless ``--keep-db``,
dropped again); the database the URL names is never touched. Without it, the
database is a SQLite file in a temporary directory. Media always go to a
temporary directory.
"""

import argparse
import datetime
import json
import math
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "localhost"
FILTER_YEAR = 2014
FIRST_YEAR, LAST_YEAR = 2010, 2025
HERO_IMAGES = 5
AWARDS = [
    ("Zawsze pomocni", "Marszałek Województwa Mazowieckiego", "regional", "team"),
    ("Nagroda specjalna Ministra", "Minister Rodziny i Polityki Społecznej", "national", "team"),
    ("Nagroda specjalna Ministra (indywidualna)", "Minister Rodziny", "national", "individual"),
    ("Lider pomocy społecznej", "Wojewoda Mazowiecki", "regional", "team"),
    ("Pracownik socjalny roku", "Marszałek Województwa Mazowieckiego", "regional", "individual"),
    ("Dobre praktyki integracji", "Mazowieckie Centrum Polityki Społecznej", "regional", "team"),
]


def whole_number(minimum):
    """An argparse type: a whole number of at least ``minimum``."""

    def parse(text):
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {value}")
        return value

    return parse


positive_int = whole_number(1)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Time the rendering of the public pages on a synthetic network.",
    )
    parser.add_argument(
        "--centres", type=positive_int, default=100, help="centres in the network (default 100)"
    )
    parser.add_argument(
        "--stories", type=positive_int, default=20, help="award stories per centre (default 20)"
    )
    parser.add_argument(
        "--repeat", type=positive_int, default=30, help="timed renders per page (default 30)"
    )
    parser.add_argument(
        "--keep-db",
        action="store_true",
        help="keep the benchmark database (and media directory) afterwards and say where",
    )
    parser.add_argument("--seed", type=int, default=2014, help="random seed (default 2014)")
    return parser.parse_args(argv)


def set_up_django(tmpdir):
    """Configure the environment, then Django. Must run before any project import."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network_site.settings.test")
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{tmpdir / 'network.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(tmpdir / "media")

    import django

    django.setup()


def create_database(tmpdir):
    """Create and migrate a fresh database; return the name to restore on teardown.

    Django's test-database machinery does the work for every vendor: SQLite
    gets a file in ``tmpdir`` (never the file ``DATABASE_URL`` names), other
    vendors a database named ``<name>_bench`` on the same server.
    """
    from django.db import connection

    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        settings_dict["TEST"]["NAME"] = str(tmpdir / "bench.sqlite3")
    else:
        settings_dict["TEST"]["NAME"] = f"{settings_dict['NAME']}_bench"
    old_name = settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    return old_name


def story_body(rng, images):
    """A StreamField body in its stored JSON form: prose, a heading, sometimes a photo."""
    blocks = [
        {
            "type": "paragraph",
            "value": "<p>Ośrodek od lat prowadzi projekty aktywnej integracji.</p>",
        },
        {"type": "heading", "value": {"text": "Jak to zrobiliśmy", "level": "h2"}},
        {
            "type": "paragraph",
            "value": "<p>Uczestnicy projektu wzięli udział w <b>warsztatach</b> i szkoleniach "
            "zawodowych, a część z nich podjęła pracę.</p>",
        },
        {
            "type": "quote",
            "value": {"quote": "To wyróżnienie należy do całego zespołu.", "attribution": ""},
        },
    ]
    if rng.random() < 0.5:
        image = rng.choice(images)
        blocks.insert(2, {"type": "image", "value": {"image": image.pk, "caption": "Uroczystość"}})
    return json.dumps(blocks)


def build_network(centres, stories, seed):
    """Create the home page, the award index, ``centres`` centres and their stories."""
    from django.db import transaction
    from django.utils.text import slugify
    from wagtail.models import Collection, Locale, Page, Site

    from awards.choices import CentreKind, Voivodeship
    from awards.factories import (
        AwardFactory,
        AwardIndexPageFactory,
        AwardStoryPageFactory,
        CentrePageFactory,
    )
    from home.factories import NetworkHomePageFactory, NetworkImageFactory
    from home.models import HomeFeaturedAward

    rng = random.Random(seed)
    years = range(FIRST_YEAR, LAST_YEAR + 1)
    with transaction.atomic():
        locale, _ = Locale.objects.get_or_create(language_code="pl")
        Site.objects.all().delete()
        home = NetworkHomePageFactory(parent=Page.get_first_root_node(), slug="zawsze-pomocni")
        Site.objects.create(
            hostname=HOST, port=80, root_page=home, is_default_site=True, site_name="Zawsze"
        )
        award_index = AwardIndexPageFactory(parent=home)

        collection = Collection.get_first_root_node()
        images = [
            NetworkImageFactory(collection=collection, title=f"Uroczystość {n}")
            for n in range(1, HERO_IMAGES + 1)
        ]
        awards = [
            AwardFactory(
                name=name,
                slug=slugify(name),
                awarding_body=body,
                level=level,
                category=category,
                locale=locale,
            )
            for name, body, level, category in AWARDS
        ]
        for order, award in enumerate(awards[:3]):
            HomeFeaturedAward.objects.create(page=home, award=award, sort_order=order)

        sample_centre = sample_story = None
        serial = 0
        for c in range(1, centres + 1):
            centre = CentrePageFactory(
                parent=home,
                title=f"GOPS Gmina {c}",
                slug=f"gops-gmina-{c}",
                kind=rng.choice(CentreKind.values),
                voivodeship=rng.choice(Voivodeship.values),
                logo=rng.choice([None, *images]),
            )
            for s in range(1, stories + 1):
                # Every year gets its share of stories; the day within it is random.
                year = years[serial % len(years)]
                serial += 1
                award = rng.choice(awards)
                story = AwardStoryPageFactory(
                    parent=centre,
                    title=f"{award.name} {year}",
                    slug=f"historia-{s}",
                    award=award,
                    date_awarded=datetime.date(year, 1, 1)
                    + datetime.timedelta(days=rng.randrange(365)),
                    lead="Ośrodek otrzymał wyróżnienie za dobre praktyki w integracji społecznej.",
                    conferred_by=award.awarding_body,
                    hero_image=rng.choice([None, *images]),
                    body=story_body(rng, images),
                )
                if c == (centres + 1) // 2 and s == (stories + 1) // 2:
                    sample_centre, sample_story = centre, story
    return home, award_index, sample_centre, sample_story


def check_tree():
    from wagtail.models import Page

    problems = Page.find_problems()
    if any(problems):
        names = ("bad alpha", "bad path", "orphans", "bad depth", "bad numchild")
        found = ", ".join(
            f"{name}: {list(ids)}" for name, ids in zip(names, problems, strict=True) if ids
        )
        raise RuntimeError(f"the page tree is inconsistent after the build: {found}")


def render(client, url):
    """Render ``url`` once; return (milliseconds, number of queries)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"GET {url} answered {response.status_code}, expected 200")
    return elapsed, len(queries)


def p90(values):
    """The nearest-rank 90th percentile."""
    ordered = sorted(values)
    return ordered[math.ceil(0.9 * len(ordered)) - 1]


def timed(client, url, repeat, before=None):
    times, counts = [], []
    for _ in range(repeat):
        if before:
            before()
        elapsed, count = render(client, url)
        times.append(elapsed)
        counts.append(count)
    low, high = min(counts), max(counts)
    return statistics.median(times), p90(times), str(low) if low == high else f"{low}-{high}"


def measure(client, url, repeat):
    from caching.generation import bump

    cold_ms, cold_queries = render(client, url)
    fresh = timed(client, url, repeat, before=bump)  # its last request fills the cache
    again = timed(client, url, repeat)
    return {"cold": cold_ms, "cold_q": str(cold_queries), "fresh": fresh, "again": again}


def print_table(rows):
    headers = (
        "page",
        "url",
        "cold ms",
        "cold q",
        "afresh median",
        "p90",
        "q",
        "again median",
        "p90",
        "q",
    )
    cells = [
        (
            name,
            url,
            f"{r['cold']:.1f}",
            r["cold_q"],
            *(f"{r['fresh'][0]:.1f}", f"{r['fresh'][1]:.1f}", r["fresh"][2]),
            *(f"{r['again'][0]:.1f}", f"{r['again'][1]:.1f}", r["again"][2]),
        )
        for name, url, r in rows
    ]
    widths = [max(len(row[i]) for row in [headers, *cells]) for i in range(len(headers))]
    numeric = range(2, len(headers))

    def line(row):
        return "  ".join(
            cell.rjust(width) if i in numeric else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()

    print(line(headers))
    print(line(tuple("-" * width for width in widths)))
    for row in cells:
        print(line(row))


def database_description():
    from django.db import connection

    version = ".".join(str(part) for part in connection.get_database_version())
    return f"{connection.vendor} {version} ({connection.settings_dict['NAME']})"


def run(args, tmpdir):
    set_up_django(tmpdir)

    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from awards.models.index import STORIES_PER_PAGE

    old_name = create_database(tmpdir)
    keep = False
    try:
        print(
            f"building {args.centres} x {args.stories} network on {connection.vendor} ...",
            file=sys.stderr,
            flush=True,
        )
        start = time.perf_counter()
        home, award_index, centre, story = build_network(args.centres, args.stories, args.seed)
        build_seconds = time.perf_counter() - start
        check_tree()

        index_url = award_index.get_url()
        last_page = math.ceil(args.centres * args.stories / STORIES_PER_PAGE)
        pages = [
            ("home", home.get_url()),
            ("centre", centre.get_url()),
            ("story", story.get_url()),
            ("award index", index_url),
            (f"award index, {FILTER_YEAR}", f"{index_url}?year={FILTER_YEAR}"),
            ("award index, last page", f"{index_url}?page={last_page}"),
        ]
        client = Client(HTTP_HOST=HOST)
        rows = [(name, url, measure(client, url, args.repeat)) for name, url in pages]

        print(
            f"database: {database_description()}; "
            f"network: {args.centres} centres x {args.stories} stories "
            f"= {args.centres * args.stories} stories; "
            f"built in {build_seconds:.1f} s; "
            f"cache: {settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1]}; "
            f"search: {settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'].rsplit('.', 1)[-1]}"
        )
        print(
            f"{args.repeat} timed requests per page and column after one cold render (renditions"
            " made); afresh: after a content change; again: from the page cache; times in ms"
        )
        print()
        print_table(rows)
        keep = args.keep_db
        if keep:
            print()
            print(f"kept database {connection.settings_dict['NAME']}; media in {tmpdir / 'media'}")
    finally:
        if not keep:
            connection.creation.destroy_test_db(old_name, verbosity=0)
    return keep


def main(argv=None):
    args = parse_args(argv)
    tmpdir = Path(tempfile.mkdtemp(prefix="zawsze-bench-"))
    keep = False
    try:
        keep = run(args, tmpdir)
    except RuntimeError as error:
        print(f"bench/pages.py: {error}", file=sys.stderr)
        return 1
    finally:
        if not keep:
            shutil.rmtree(tmpdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
