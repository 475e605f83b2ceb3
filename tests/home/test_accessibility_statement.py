"""The deklaracja dostępności: its prescribed structure, where it is linked, the yearly reminder."""

import datetime
import json
import re

import pytest
from django.contrib.auth.models import Group

from awards.factories import AwardStoryPageFactory, CentrePageFactory
from awards.models import CentreWorkspace
from awards.roles import REVIEWERS
from home.content_checker import EDITOR_RULES
from home.dashboard import due_statements, is_due
from home.factories import AccessibilityStatementPageFactory, StandardPageFactory
from home.models import AccessibilityStatementPage

pytestmark = pytest.mark.django_db

PRESCRIBED_IDS = [
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-data-sporzadzenie",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-architektura",
    "a11y-aplikacje",
]


@pytest.fixture
def network(home_page):
    """A network statement, a centre with its own statement and a centre without one."""
    centre = CentrePageFactory(parent=home_page, title="OPS Marki", slug="ops-marki")
    plain_centre = CentrePageFactory(parent=home_page, title="GOPS Domanice", slug="gops-domanice")
    network_statement = AccessibilityStatementPageFactory(
        parent=home_page, entity_name="Mazowieckie Centrum Polityki Społecznej"
    )
    centre_statement = AccessibilityStatementPageFactory(
        parent=centre,
        entity_name="Ośrodek Pomocy Społecznej w Markach",
        reviewed_on=datetime.date(2024, 3, 1),
        non_conformities=[
            (
                "item",
                {
                    "element": "Skany uchwał z 2012 roku",
                    "reason": "Dokumenty sprzed wejścia w życie ustawy",
                    "alternative": "Na prośbę prześlemy treść pocztą elektroniczną",
                },
            )
        ],
    )
    return {
        "home": home_page,
        "centre": centre,
        "plain_centre": plain_centre,
        "network_statement": network_statement,
        "centre_statement": centre_statement,
    }


def test_the_statement_has_every_prescribed_part(client, network):
    statement = network["centre_statement"]

    page = client.get(statement.url).content.decode()

    for element_id in PRESCRIBED_IDS:
        assert f'id="{element_id}"' in page, element_id
    assert '<time id="a11y-data-publikacja" datetime="2020-09-01">' in page
    assert "Ośrodek Pomocy Społecznej w Markach" in page
    assert 'href="http://localhost/pl/ops-marki/"' in page  # a11y-url: the centre's website
    assert "Skany uchwał z 2012 roku" in page
    assert "Rzecznika Praw Obywatelskich" in page  # the complaint procedure, in Polish


def statement_links(html):
    meta = re.search(r'<meta name="deklaracja-dostępności" content="([^"]+)">', html)
    footer = html.split('class="site-footer"')[1]
    link = re.search(r'class="site-footer__statement"><a href="([^"]+)"', footer)
    return meta.group(1), link.group(1)


def test_each_page_links_its_centres_statement_else_the_networks(client, network):
    in_centre = AwardStoryPageFactory(parent=network["centre"])
    in_plain_centre = StandardPageFactory(parent=network["plain_centre"])
    network_page = StandardPageFactory(parent=network["home"])
    centre_url = network["centre_statement"].url
    network_url = network["network_statement"].url

    for page, expected in [
        (network["centre"], centre_url),
        (in_centre, centre_url),
        (in_plain_centre, network_url),
        (network_page, network_url),
        (network["home"], network_url),
    ]:
        meta, footer = statement_links(client.get(page.url).content.decode())
        assert (meta, footer) == ("http://localhost" + expected, expected), page.title
    meta, footer = statement_links(client.get("/pl/search/?q=ośrodek").content.decode())
    assert footer == network_url


def test_one_statement_under_the_network_and_under_each_centre(network):
    assert not AccessibilityStatementPage.can_create_at(network["home"])
    assert not AccessibilityStatementPage.can_create_at(network["centre"])
    assert AccessibilityStatementPage.can_create_at(network["plain_centre"])
    story = AwardStoryPageFactory(parent=network["centre"])
    assert not AccessibilityStatementPage.can_create_at(story)


@pytest.mark.parametrize(
    ("reviewed_on", "today", "due"),
    [
        (datetime.date(2026, 1, 5), datetime.date(2026, 11, 24), False),
        (datetime.date(2025, 12, 30), datetime.date(2026, 2, 1), True),  # this year's round
        (datetime.date(2025, 3, 30), datetime.date(2026, 4, 2), True),  # overdue
        (datetime.date(2024, 6, 1), datetime.date(2024, 12, 31), False),
    ],
)
def test_a_statement_is_due_until_reviewed_in_this_years_round(reviewed_on, today, due):
    assert is_due(reviewed_on, today) is due


def test_the_dashboard_reminds_editors_of_their_own_due_statements(
    client, django_user_model, network
):
    network["network_statement"].reviewed_on = datetime.date.today()
    network["network_statement"].save_revision().publish()
    editor = django_user_model.objects.create_user("redaktor", "r@example.com", "x")
    workspace = CentreWorkspace.objects.get(translation_key=network["centre"].translation_key)
    editor.groups.add(workspace.editors)
    other = django_user_model.objects.create_user("inny", "i@example.com", "x")
    workspace = CentreWorkspace.objects.get(translation_key=network["plain_centre"].translation_key)
    other.groups.add(workspace.editors)

    client.force_login(editor)
    page = client.get("/admin/").content.decode()

    panel = page.split('id="accessibility-statement-review-section"')[1].split("</section>")[0]
    assert "Ośrodek Pomocy Społecznej w Markach" in panel
    assert "Mazowieckie Centrum" not in panel  # reviewed this year
    assert f"/admin/pages/{network['centre_statement'].pk}/edit/" in panel
    assert due_statements(other) == []
    client.force_login(other)
    assert "accessibility-statement-review" not in client.get("/admin/").content.decode()


def test_reviewers_see_every_due_statement(django_user_model, network):
    reviewer = django_user_model.objects.create_user("recenzent", "x@example.com", "x")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))

    due = due_statements(reviewer, today=datetime.date(2027, 4, 1))

    assert {s.pk for s in due} == {
        network["network_statement"].pk,
        network["centre_statement"].pk,
    }


def test_the_user_bar_checks_alt_texts_contrast_and_headings(client, network, admin_user):
    network["home"].save_revision().publish()
    client.force_login(admin_user)

    page = client.get(network["home"].url).content.decode()

    configuration = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>',
        page,
        re.DOTALL,
    )
    run_only = json.loads(configuration.group(1))["options"]["runOnly"]
    assert run_only == EDITOR_RULES
    assert {"image-alt", "color-contrast", "heading-order", "link-name", "valid-lang"} <= set(
        run_only
    )
