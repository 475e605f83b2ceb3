"""HTTP benchmark of the production shape with wrk: through Varnish and straight from gunicorn.

Needs `make serve-prod` running (Varnish on :6081, gunicorn on :8001, the demo
network in PostgreSQL ``zawsze_prod``). For the home page, a centre page, a
story, the award index and a search it prints requests per second, median and
99th percentile latency and errors, through Varnish and from gunicorn; then
the same story HTML served by Varnish as a plain file (the machine's ceiling),
the service time of an uncached story (one connection, straight to gunicorn),
the publish-to-visible latency through Varnish (polling), and a saturation run
(0 server errors wanted, worker memory flat). Figures only, bounded in time:

    .venv/bin/python bench/http_load.py                      # 5 s a run, 60 s saturation: ~3 min
    .venv/bin/python bench/http_load.py --saturation 600     # the 10-minute saturation run
    .venv/bin/python bench/http_load.py --duration 10 --connections 32

It publishes a few revisions of one demo story (and restores its title) to
measure the publish-to-visible latency, with purges sent to Varnish's purge
door (``--purge``, as ``scripts/serve-prod.sh`` opens it).
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from pages import positive_int, whole_number  # bench/pages.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
RUN_DIR = ROOT / "var" / "serve-prod"
SEARCH = "/pl/search/?q=nagroda"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--varnish", default="http://127.0.0.1:6081", help="Varnish's address")
    parser.add_argument(
        "--purge", default="http://127.0.0.1:6082", help="Varnish's purge door (purges only)"
    )
    parser.add_argument("--gunicorn", default="http://127.0.0.1:8001", help="gunicorn's address")
    parser.add_argument("--duration", type=positive_int, default=5, help="seconds per wrk run")
    parser.add_argument("--connections", type=positive_int, default=16, help="wrk connections")
    parser.add_argument("--threads", type=positive_int, default=2, help="wrk threads")
    parser.add_argument(
        "--saturation", type=whole_number(0), default=60, help="seconds of saturation (0: skip)"
    )
    parser.add_argument("--publishes", type=positive_int, default=5, help="publish-to-visible runs")
    parser.add_argument(
        "--gunicorn-pid", type=Path, default=RUN_DIR / "gunicorn.pid", help="gunicorn's pid file"
    )
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        parser.error("wrk is not installed (Debian package `wrk`).")
    for url in (args.varnish, args.gunicorn):
        try:
            urllib.request.urlopen(url + "/healthz", timeout=5).close()  # noqa: S310 - http only
        except OSError as error:
            parser.error(f"{url} does not answer ({error}); start it with `make serve-prod`.")
    return args


def setup_django(purge_door):
    """The ORM of the database serve-prod uses, purging through Varnish's ``purge_door``."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network_site.settings.dev")
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/zawsze_prod")
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/8")
    os.environ["VARNISH_PURGE_URL"] = purge_door
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def pick_pages():
    from awards.models import AwardIndexPage, AwardStoryPage, CentrePage
    from home.models import NetworkHomePage

    polish = {"locale__language_code": "pl"}

    def path(page):
        return page.get_url_parts()[2]  # relative to its Site, whichever host that is

    story = AwardStoryPage.objects.live().filter(**polish).order_by("path").first()
    centre = CentrePage.objects.get(pk=story.centre_id)
    return story, {
        "home": path(NetworkHomePage.objects.live().get(**polish)),
        "centre": path(centre),
        "story": path(story),
        "award index": path(AwardIndexPage.objects.live().get(**polish)),
        "search": SEARCH,
    }


def get(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - http only
        return response.read()


WRK_LINE = {
    "rps": re.compile(r"Requests/sec:\s+([\d.]+)"),
    "p50": re.compile(r"^\s+50%\s+([\d.]+)(us|ms|s)\b", re.M),
    "p99": re.compile(r"^\s+99%\s+([\d.]+)(us|ms|s)\b", re.M),
    "non2xx": re.compile(r"Non-2xx or 3xx responses:\s+(\d+)"),
    "socket": re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)"),
    "server_errors": re.compile(r"^server_errors (\d+)$", re.M),
}
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}

COUNT_5XX = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) server_errors = 0 end
function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("server_errors") end
  io.write(string.format("server_errors %d\\n", total))
end
"""


def wrk(url, *, duration, connections, threads, script=None):
    # A slow answer is a slow answer, not an error: wrk's own timeout is 2 s.
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency"]
    command += ["--timeout", "10s"]
    if script:
        command += ["-s", script]
    output = subprocess.run(  # noqa: S603 - wrk with our arguments
        [*command, url], capture_output=True, text=True, timeout=duration + 60, check=True
    ).stdout
    figures = {"rps": float(WRK_LINE["rps"].search(output).group(1))}
    for name in ("p50", "p99"):
        value, unit = WRK_LINE[name].search(output).groups()
        figures[name] = float(value) * UNIT_MS[unit]
    non2xx = WRK_LINE["non2xx"].search(output)
    sockets = WRK_LINE["socket"].search(output)
    figures["non2xx"] = int(non2xx.group(1)) if non2xx else 0
    figures["socket_errors"] = sum(int(n) for n in sockets.groups()) if sockets else 0
    figures["errors"] = figures["non2xx"] + figures["socket_errors"]
    server_errors = WRK_LINE["server_errors"].search(output)
    figures["server_errors"] = int(server_errors.group(1)) if server_errors else None
    return figures


def row(label, figures):
    print(  # noqa: T201
        f"  {label:<34} {figures['rps']:>9.0f} req/s   median {figures['p50']:>7.2f} ms"
        f"   p99 {figures['p99']:>7.2f} ms   errors {figures['errors']}"
    )


def throughput(args, pages):
    print(  # noqa: T201
        f"\nThroughput: wrk -t{args.threads} -c{args.connections} -d{args.duration}s per line"
    )
    results = {}
    for name, path in pages.items():
        for via, base in (("Varnish", args.varnish), ("gunicorn", args.gunicorn)):
            get(base + path)  # warm: the copy in Varnish, the connection pools
            results[name, via] = wrk(
                base + path,
                duration=args.duration,
                connections=args.connections,
                threads=args.threads,
            )
            row(f"{name} via {via}", results[name, via])
    return results


def ceiling(args, story_path):
    """The same story HTML as a plain file served by Varnish (cached media)."""
    from django.conf import settings

    html = get(args.varnish + story_path)
    folder = Path(settings.MEDIA_ROOT) / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ceiling.html").write_bytes(html)
    url = f"{args.varnish}{settings.MEDIA_URL}bench/ceiling.html"
    get(url)
    figures = wrk(url, duration=args.duration, connections=args.connections, threads=args.threads)
    row("static file via Varnish (ceiling)", figures)
    return figures


def service_time(args, story_path):
    """The story straight from gunicorn, one connection: what a Varnish miss costs."""
    time.sleep(5)  # the searches of the throughput runs may still be running
    figures = wrk(args.gunicorn + story_path, duration=args.duration, connections=1, threads=1)
    print(  # noqa: T201
        f"\nUncached story, one connection straight to gunicorn: median {figures['p50']:.2f} ms,"
        f" p99 {figures['p99']:.2f} ms ({figures['rps']:.0f} req/s)"
        "\n  (a Varnish miss of an unchanged page: its route and rendering come from"
        " Django's cache, caching/generation.py)"
    )
    first_view_after_a_change(args, story_path)
    return figures


def first_view_after_a_change(args, story_path, runs=50):
    """The story rendered afresh, as after any publication: nothing cached in Django either."""
    from caching.generation import bump

    url = args.gunicorn + story_path
    get(url)
    times = []
    for _ in range(runs):
        bump()  # what saving any content does
        started = time.perf_counter()
        get(url)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    print(  # noqa: T201
        f"First view after a content change (route and page rendered afresh, {runs} runs):"
        f" median {statistics.median(times):.1f} ms, p90 {times[int(runs * 0.9) - 1]:.1f} ms"
    )


def publish_to_visible(args, story):
    """Publish a new title; poll Varnish until readers see it."""
    original = story.title
    delays, publish_times = [], []
    url = args.varnish + story.get_url_parts()[2]
    try:
        # Once untimed: this process's first publication loads and compiles what
        # a running server already has (about two seconds).
        story.save_revision().publish()
        for run in range(args.publishes):
            get(url)  # cached
            marker = f"bench-visible-{run}-{int(time.time())}"
            story.title = f"{original} {marker}"
            started = time.perf_counter()
            story.save_revision().publish()
            publish_times.append((time.perf_counter() - started) * 1000)
            while marker.encode() not in get(url):
                if time.perf_counter() - started > 10:
                    break
                time.sleep(0.002)
            delays.append((time.perf_counter() - started) * 1000)
    finally:
        story.title = original
        story.save_revision().publish()
    print(  # noqa: T201
        f"\nPublish to visible through Varnish ({args.publishes} publications, polling every 2 ms):"
        f" median {statistics.median(delays):.0f} ms, max {max(delays):.0f} ms"
        f" (of which the publish call: median {statistics.median(publish_times):.0f} ms)"
        f"\n  each, in order: {', '.join(f'{d:.0f}' for d in delays)} ms;"
        f" publish calls: {', '.join(f'{p:.0f}' for p in publish_times)} ms"
    )


def worker_rss(pid_file):
    """{pid: resident kB} of gunicorn's workers."""
    master = pid_file.read_text().strip()
    output = subprocess.run(  # noqa: S603
        ["ps", "-o", "pid=,rss=", "--ppid", master],  # noqa: S607 - procps
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return {int(pid): int(rss) for pid, rss in (line.split() for line in output.splitlines())}


def saturation(args, pages):
    """Every page in turn, straight to gunicorn (no cache), for --saturation seconds."""
    paths = ", ".join(f'"{path}"' for path in pages.values())
    script_text = (
        f"local paths = {{{paths}}}\nlocal i = 0\n"
        "request = function()\n  i = i % #paths + 1\n"
        '  return wrk.format("GET", paths[i])\nend\n' + COUNT_5XX
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(script_text)
    samples = []
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            if args.gunicorn_pid.exists():
                samples.append((time.monotonic(), worker_rss(args.gunicorn_pid)))
            stop.wait(5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        figures = wrk(
            args.gunicorn,
            duration=args.saturation,
            connections=args.connections,
            threads=args.threads,
            script=script.name,
        )
    finally:
        stop.set()
        sampler.join()
        os.unlink(script.name)
    print(  # noqa: T201
        f"\nSaturation, {args.saturation} s, the five pages in turn straight to gunicorn:"
        f" {figures['rps']:.0f} req/s, median {figures['p50']:.1f} ms, p99 {figures['p99']:.1f} ms,"
        f" server errors (5xx) {figures['server_errors']}, other non-2xx/3xx"
        f" {figures['non2xx'] - (figures['server_errors'] or 0)},"
        f" socket errors {figures['socket_errors']}"
    )
    if len(samples) >= 2:
        first, last = samples[0][1], samples[-1][1]
        middle = samples[len(samples) // 2][1]
        print(  # noqa: T201
            "  worker memory (RSS, MB) at start / middle / end:",
            ", ".join(
                f"{pid}: {first[pid] / 1024:.0f} / {middle.get(pid, 0) / 1024:.0f}"
                f" / {last.get(pid, 0) / 1024:.0f}"
                for pid in first
            ),
        )
    else:
        print("  worker memory: no gunicorn pid file at", args.gunicorn_pid)  # noqa: T201


def main(argv=None):
    args = parse_args(argv)
    setup_django(args.purge)
    story, pages = pick_pages()
    print(f"Pages: {pages}")  # noqa: T201
    results = throughput(args, pages)
    static = ceiling(args, pages["story"])
    cached = [results[name, "Varnish"]["rps"] for name in pages]
    print(  # noqa: T201
        f"  cached pages reach {min(cached) / static['rps']:.0%}–{max(cached) / static['rps']:.0%}"
        " of the static ceiling"
    )
    service_time(args, pages["story"])
    publish_to_visible(args, story)
    if args.saturation:
        saturation(args, pages)


if __name__ == "__main__":
    main()
