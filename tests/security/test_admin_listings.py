"""What the admin's reports show centre A's editor of centre B's drafts, and API input.

Centre A's editor (a plain user in A's editors' group) may not open the "Page
types usage" report, whose "last edited page" column named B's draft titles
(the other reports and listings are checked in ``tests.awards.isolation``).
And the admin API's listing answers a malformed ``offset`` with a 400, not a
server error.
"""

import pytest
from django.urls import reverse

from tests.awards.isolation.admin_helpers import assert_refused, text
from tests.security.networks import logged_in, rolled_back_network

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def listings_network(django_db_setup, django_db_blocker, tmp_path_factory):
    with rolled_back_network(django_db_blocker, tmp_path_factory.mktemp("media")) as network:
        yield network


@pytest.fixture
def centre_a(listings_network):
    return listings_network.a


@pytest.fixture
def centre_b(listings_network):
    return listings_network.b


@pytest.fixture
def editor(centre_a):
    return logged_in(centre_a.editor)


def assert_absent(response, titles):
    shown = [title for title in titles if title in text(response)]
    assert not shown, f"shown to another centre's editor: {shown}"


def test_page_types_usage_report_does_not_name_another_centres_draft(editor, centre_b):
    # B's change waiting for approval is the network's last edited standard page.
    for name in ("page_types_usage", "page_types_usage_results"):
        response = editor.get(reverse(f"wagtailadmin_reports:{name}"), follow=True)

        assert_refused(response)
        assert_absent(response, centre_b.draft_titles)
    menu = editor.get(reverse("wagtailadmin_home"))
    assert reverse("wagtailadmin_reports:page_types_usage") not in text(menu)


# --- The admin API listing: a malformed offset is the client's mistake ---


@pytest.mark.parametrize("offset", ["99999999999999999999", "١"])
def test_admin_api_listing_answers_a_malformed_offset_with_400(editor, offset):
    response = editor.get("/admin/api/main/pages/", {"offset": offset})

    assert response.status_code == 400
    assert "offset" in response.json()["message"]
