"""Every admin address a centre editor can reach: no server error, no other centre's draft.

The sweep logs in as centre A's editor (a plain user in A's editors' group, as
``awards.provisioning`` makes them), starts at the dashboard and follows every
``/admin/`` link the pages it gets offer, as a curious editor clicking through
would. Each address it reaches must answer without a server error and must not
show centre B's draft titles. Then each address reached is asked again with its
numbers and search words replaced by what a hostile editor would type
(non-ASCII digits, huge numbers, NUL, invalid UTF-8, 10,000 characters).
"""

import html
import re
from collections import Counter, deque
from urllib.parse import urlsplit

import pytest
from django.test import Client

from tests.security.networks import rolled_back_network

pytestmark = pytest.mark.django_db

# Links in the page, and the menu's links in the sidebar's JSON props.
LINK = re.compile(r"""(?:href=|"url":\s*)["'](/admin/[^"'#]*)["']""")
# Leaving the admin or the session would end the sweep, not test anything.
NOT_FOLLOWED = ("/admin/logout/",)
MAX_ADDRESSES = 400
# The same view for another page or image shows nothing new after a few of them.
SAME_SHAPE = 2

HOSTILE_VALUES = [
    "²",
    "١٢",
    "99999999999999999999",
    "-1",
    "%00",
    "%ff%fe",
    "x" * 10_000,
]
HOSTILE_PARAMETERS = ["p", "page", "id", "offset", "limit", "q", "ordering", "parent_page_id"]


def shape_of(address):
    """``/admin/pages/12/edit/?p=2`` -> ``/admin/pages/N/edit/?p``: the view, not the object."""
    parts = urlsplit(address)
    keys = sorted(key.split("=")[0] for key in parts.query.split("&") if key)
    return re.sub(r"\d+", "N", parts.path) + "?" + "&".join(keys)


@pytest.fixture(scope="module")
def network(django_db_setup, django_db_blocker, tmp_path_factory):
    with rolled_back_network(django_db_blocker, tmp_path_factory.mktemp("media")) as built:
        yield built


@pytest.fixture(scope="module")
def crawl(network, django_db_blocker):
    """``{address: (status, body)}`` for every admin address A's editor reaches by links."""
    client = Client(raise_request_exception=False)
    client.force_login(network.a.editor)
    seen = {}
    shapes = Counter()
    queue = deque(["/admin/"])
    with django_db_blocker.unblock():
        while queue and len(seen) < MAX_ADDRESSES:
            address = queue.popleft()
            if address in seen or shapes[shape_of(address)] >= SAME_SHAPE:
                continue
            shapes[shape_of(address)] += 1
            response = client.get(address)
            readable = response.status_code < 300 and not response.streaming  # not a file
            body = response.content.decode(errors="replace") if readable else ""
            seen[address] = (response.status_code, body)
            for link in LINK.findall(body):
                link = html.unescape(link)
                if link not in seen and not link.startswith(NOT_FOLLOWED):
                    queue.append(link)
    return seen


def test_the_sweep_reaches_the_editors_admin(crawl):
    """A sweep that saw only the dashboard would prove nothing."""
    reached = [address for address, (status, _body) in crawl.items() if status == 200]
    assert len(reached) > 40
    for expected in ("/admin/pages/", "/admin/images/", "/admin/documents/", "/admin/reports/"):
        assert any(address.startswith(expected) for address in reached), expected


def test_no_admin_address_an_editor_reaches_fails(crawl):
    failed = {address: status for address, (status, _body) in crawl.items() if status >= 500}
    assert failed == {}


def test_no_admin_address_an_editor_reaches_shows_another_centres_drafts(crawl, network):
    leaks = {
        address: title
        for address, (_status, body) in crawl.items()
        for title in network.b.draft_titles
        if html.escape(title) in body or title in body
    }
    assert leaks == {}


def test_hostile_parameters_on_every_admin_address_fail_nowhere(crawl, network):
    """Each hostile value goes into every parameter at once: a view reads those it knows."""
    client = Client(raise_request_exception=False)
    client.force_login(network.a.editor)
    paths = sorted({urlsplit(address).path for address in crawl})
    failed = []
    for path in paths:
        for value in HOSTILE_VALUES:
            query = "&".join(f"{parameter}={value}" for parameter in HOSTILE_PARAMETERS)
            status = client.get(f"{path}?{query}").status_code
            if status >= 500:
                failed.append(f"{path} with {value[:20]!r}: {status}")
    assert failed == []
