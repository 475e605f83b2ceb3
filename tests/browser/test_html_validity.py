"""Every public page is valid HTML for the Nu HTML Checker (vnu.jar, run once for all pages)."""

import json
import shutil
import subprocess
import urllib.request

import pytest

from .conftest import VNU_JAR

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def vnu_errors(paths):
    result = subprocess.run(  # noqa: S603 - fixed command, our own files
        [
            shutil.which("java"),
            "-jar",
            str(VNU_JAR),
            "--errors-only",
            "--format",
            "json",
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    return json.loads(result.stderr or '{"messages": []}')["messages"]


def test_every_public_page_is_valid_html(example_site, tmp_path):
    files = {}
    extra = [("search", "?q=nagroda"), ("awards.AwardIndexPage", "?page=2")]
    pages = [(key, "") for key in example_site.urls] + [((t, "pl"), q) for t, q in extra]
    for number, (key, query) in enumerate(pages):
        url = example_site.url(*key) + query
        with urllib.request.urlopen(url) as response:  # noqa: S310 - our live server
            path = tmp_path / f"page-{number}.html"
            path.write_bytes(response.read())
        files[str(path)] = url

    errors = [
        f"{files.get(message['url'].removeprefix('file:'), message['url'])}:"
        f"{message.get('lastLine')}: {message['message']}"
        for message in vnu_errors(files)
    ]

    assert errors == []


def test_the_checker_reports_an_error(browser_tools, tmp_path):
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><html lang='pl'><title>x</title><p id=a></p><p id=a></p>")

    assert any("Duplicate ID" in message["message"] for message in vnu_errors([page]))
