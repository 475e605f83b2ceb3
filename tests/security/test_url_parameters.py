"""Numbers in URLs: whatever digits a visitor (or an editor) types, never a 500.

``str.isdigit()`` and ``int()`` read "²", "٣" and "１２" as digits, and a
20-digit number overflows the database; every number a URL carries is now
read by ``home.url_numbers``. Anonymous visitors and a centre editor (a plain
user in a centre's editors group), over HTTP with Django's test client.
"""

import datetime
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from awards.factories import AwardStoryPageFactory, CentrePageFactory
from awards.models import CentreWorkspace
from tests.publishing import publish

pytestmark = pytest.mark.django_db

TWENTY_DIGITS = "9" * 20
NO_SUCH_YEAR = "Nie ma historii z tego roku; pokazujemy wszystkie lata."
NOT_A_PAGE_NUMBER = "Numer strony musi być liczbą całkowitą; pokazujemy stronę 1."
ONLY_ONE_PAGE = "Jest tylko 1 strona; pokazujemy ostatnią."


@pytest.fixture
def centre(home_page, award_index):
    """A live centre with a live story from 2018, in the network's index."""
    publish(home_page)
    publish(award_index)
    centre = publish(CentrePageFactory(parent=home_page, title="OPS Marki", slug="ops-marki"))
    publish(
        AwardStoryPageFactory(
            parent=centre, title="Zawsze pomocni 2018", date_awarded=datetime.date(2018, 11, 21)
        )
    )
    return centre


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


@pytest.fixture
def editor(centre):
    """The centre's editor, logged in (as awards.provisioning sets editors up)."""
    workspace = CentreWorkspace.objects.get(translation_key=centre.translation_key)
    user = get_user_model().objects.create_user("edytor-marki", "marki@example.com", "x")
    user.groups.add(workspace.editors)
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def test_a_superscript_year_in_search_is_ignored_with_a_notice(visitor, centre):
    response = visitor.get(f"/pl/search/?q=pomocni&year={quote('²')}")

    assert response.status_code == 200
    body = response.content.decode()
    assert NO_SUCH_YEAR in body
    assert "Zawsze pomocni 2018" in body  # the unfiltered results


@pytest.mark.parametrize("year", ["٢٠١٨", "２０１８"])
def test_a_year_in_other_digits_is_not_read_as_a_year(visitor, centre, year):
    response = visitor.get(f"/pl/search/?year={quote(year)}")

    assert response.status_code == 200
    assert NO_SUCH_YEAR in response.content.decode()


def test_a_twenty_digit_search_page_shows_the_last_page(visitor, centre):
    response = visitor.get(f"/pl/search/?q=pomocni&page={TWENTY_DIGITS}")

    assert response.status_code == 200
    body = response.content.decode()
    assert ONLY_ONE_PAGE in body
    assert "Zawsze pomocni 2018" in body


def test_the_award_index_reads_page_numbers_in_ascii_digits_only(visitor, centre, award_index):
    """``int("٢")`` is 2: it was taken for a page past the end; it is not a page number."""
    response = visitor.get(f"{award_index.url}?page={quote('٢')}")

    assert response.status_code == 200
    body = response.content.decode()
    assert NOT_A_PAGE_NUMBER in body
    assert ONLY_ONE_PAGE not in body


@pytest.mark.parametrize("page", ["١", "１"])
def test_a_sitemap_page_in_other_digits_is_not_found(visitor, centre, page):
    assert visitor.get("/pl/sitemap.xml?p=1").status_code == 200

    assert visitor.get(f"/pl/sitemap.xml?p={quote(page)}").status_code == 404


@pytest.mark.parametrize("bad_id", [quote("²"), TWENTY_DIGITS])
def test_an_editor_choosing_pages_by_a_bad_id_gets_no_page_and_no_error(editor, centre, bad_id):
    response = editor.get(f"/admin/choose-page/chosen-multiple/?id={bad_id}&id={centre.pk}")

    assert response.status_code == 200
    chosen = response.json()["result"]
    assert [page["id"] for page in chosen] == [centre.pk]


def test_a_nul_character_in_a_path_is_a_clear_400(client):
    """PostgreSQL refuses NUL in any string: it must never reach a query."""
    response = client.get("/photos/images/%00.avif")

    assert response.status_code == 400
    assert "niedozwolony znak" in response.content.decode()


@pytest.mark.parametrize("query", ["q=x&centre=%00", "award=%00", "q=%00"])
def test_a_nul_character_in_a_search_parameter_is_dropped(client, query):
    assert client.get(f"/pl/search/?{query}").status_code == 200
