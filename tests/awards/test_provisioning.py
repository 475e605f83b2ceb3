"""Creating a centre sets up its editors' group, collection and optional Site, or nothing."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from awards.factories import CentrePageFactory
from awards.models import CentrePage, CentreWorkspace
from awards.roles import REVIEWERS, WORKFLOW

pytestmark = pytest.mark.django_db

CENTRE_OPTIONS = [
    "--official-name=Gminny Ośrodek Pomocy Społecznej w Domanicach",
    "--kind=GOPS",
    "--commune=Domanice",
    "--county=siedlecki",
    "--voivodeship=mazowieckie",
    "--street=Domanice 52",
    "--postal-code=08-113",
    "--city=Domanice",
]


def workspace_of(centre):
    return CentreWorkspace.objects.get(translation_key=centre.translation_key)


def page_permissions(group):
    return {
        (perm.page_id, perm.permission.codename)
        for perm in GroupPagePermission.objects.filter(group=group).select_related("permission")
    }


def collection_permissions(group):
    return {
        (perm.collection_id, perm.permission.codename)
        for perm in GroupCollectionPermission.objects.filter(group=group).select_related(
            "permission"
        )
    }


def snapshot():
    return (
        Page.objects.count(),
        Group.objects.count(),
        Collection.objects.count(),
        Site.objects.count(),
        CentreWorkspace.objects.count(),
    )


def add_centre_form(home_page, *, title, slug):
    """The admin's "add centre" URL and a complete, published form for it."""
    url = reverse("wagtailadmin_pages:add", args=["awards", "centrepage", home_page.pk])
    data = nested_form_data(
        {
            "comments": inline_formset([]),
            "title": title,
            "slug": slug,
            "official_name": "Miejski Ośrodek Pomocy Społecznej w Jaśle",
            "kind": "MOPS",
            "commune": "Jasło",
            "county": "jasielski",
            "voivodeship": "podkarpackie",
            "street_address": "ul. Szkolna 25",
            "postal_code": "38-200",
            "city": "Jasło",
            "intro": rich_text(""),
        }
    )
    return url, {**data, "action-publish": "1"}


def test_a_new_centre_gets_an_editors_group_limited_to_its_tree(home_page):
    centre = CentrePageFactory(parent=home_page, title="GOPS Domanice")

    workspace = workspace_of(centre)

    assert workspace.editors.name == "GOPS Domanice: editors"
    assert page_permissions(workspace.editors) == {
        (centre.pk, "add_page"),
        (centre.pk, "change_page"),
    }
    assert workspace.collection.name == "GOPS Domanice"
    assert workspace.collection.get_parent() == Collection.get_first_root_node()
    assert collection_permissions(workspace.editors) == {
        (workspace.collection.pk, codename)
        for codename in [
            "add_image",
            "change_image",
            "choose_image",
            "add_document",
            "change_document",
            "choose_document",
        ]
    }
    assert (
        not GroupCollectionPermission.objects.filter(collection=workspace.collection)
        .exclude(group=workspace.editors)
        .exists()
    )


def test_centre_created_in_the_admin_is_provisioned(client, django_user_model, home_page):
    reviewer = django_user_model.objects.create_user("reviewer", password="x")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))
    client.force_login(reviewer)
    response = client.post(*add_centre_form(home_page, title="MOPS Jasło", slug="mops-jaslo"))

    assert response.status_code == 302
    centre = CentrePage.objects.get(locale__language_code="pl", slug="mops-jaslo")
    assert centre.live  # the reviewer publishes directly
    assert workspace_of(centre).editors.name == "MOPS Jasło: editors"


def test_admin_refuses_a_taken_centre_name_and_creates_nothing(admin_client, home_page):
    CentrePageFactory(parent=home_page, title="MOPS Jasło", slug="mops-jaslo")
    before = snapshot()
    response = admin_client.post(
        *add_centre_form(home_page, title="mops jasło", slug="mops-jaslo-2")
    )

    assert response.status_code == 200
    assert response.context["form"].errors["title"] == [
        "Ośrodek o nazwie „mops jasło” już istnieje."
    ]
    assert snapshot() == before


def test_renaming_and_moving_a_centre_keeps_its_group_and_collection(home_page):
    centre = CentrePageFactory(parent=home_page, title="OPS Marki")
    workspace = workspace_of(centre)

    centre.title = "Ośrodek Pomocy Społecznej w Markach"
    centre.save_revision().publish()

    workspace.refresh_from_db()
    assert workspace.editors.name == "Ośrodek Pomocy Społecznej w Markach: editors"
    assert workspace.collection.name == "Ośrodek Pomocy Społecznej w Markach"
    assert (centre.pk, "change_page") in page_permissions(workspace.editors)


def test_every_page_goes_through_regional_approval(home_page):
    centre = CentrePageFactory(parent=home_page)

    assert home_page.get_workflow().name == WORKFLOW
    assert centre.get_workflow().name == WORKFLOW


def test_add_centre_sets_up_everything_and_its_own_site(home_page, capsys):
    call_command(
        "add_centre",
        "GOPS Domanice",
        *CENTRE_OPTIONS,
        "--hostname=GOPS-Domanice.example",
        "--editor=Redaktor@Domanice.example",
    )

    centre = CentrePage.objects.get(locale__language_code="pl", title="GOPS Domanice")
    assert centre.live and centre.get_parent().pk == home_page.pk
    workspace = workspace_of(centre)
    site = Site.objects.get(hostname="gops-domanice.example")
    assert site.root_page_id == centre.pk
    editor = workspace.editors.user_set.get()
    assert editor.username == "redaktor@domanice.example"
    output = capsys.readouterr().out
    assert "GOPS Domanice: editors" in output
    assert "redaktor@domanice.example  password: " in output


def test_centre_with_own_hostname_is_served_there(client, home_page, settings):
    settings.ALLOWED_HOSTS = ["gops.example"]
    call_command("add_centre", "GOPS Domanice", *CENTRE_OPTIONS, "--hostname=gops.example")

    response = client.get("/pl/", HTTP_HOST="gops.example")

    assert response.status_code == 200
    assert response.context["page"].title == "GOPS Domanice"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["GOPS Marki", "--postal-code=08113"], "--postal-code: Podaj kod pocztowy w formacie"),
        (["GOPS Marki", "--voivodeship=atlantyda"], "--voivodeship:"),
        (["GOPS Marki", "--email=nie-email"], "--email:"),
        (["GOPS Marki", "--hostname=zły host"], "nie jest poprawną nazwą hosta"),
        (["GOPS Marki", "--hostname=localhost"], "jest już używana przez inny serwis"),
        (["OPS Marki"], "Ośrodek o nazwie „OPS Marki” już istnieje."),
        (["GOPS Marki", "--editor=istniejacy@example.com"], "already exists"),
        (["GOPS Marki", "--editor=nie-email"], "email"),
    ],
)
def test_add_centre_refuses_bad_input_and_creates_nothing(
    home_page, django_user_model, arguments, message
):
    CentrePageFactory(parent=home_page, title="OPS Marki", slug="ops-marki-stara")
    django_user_model.objects.create_user("istniejacy@example.com")
    name, *extra = arguments
    overridden = {option.split("=")[0] for option in extra}
    options = [o for o in CENTRE_OPTIONS if o.split("=")[0] not in overridden] + extra
    before = snapshot()

    with pytest.raises(CommandError, match=message):
        call_command("add_centre", name, *options)

    assert snapshot() == before


def test_add_centre_without_a_network_home_says_what_to_do(db):
    with pytest.raises(CommandError, match="load_demo_network"):
        call_command("add_centre", "GOPS Domanice", *CENTRE_OPTIONS)


def test_add_centre_help_documents_the_options(capsys):
    with pytest.raises(SystemExit):
        call_command("add_centre", "--help")

    help_text = capsys.readouterr().out
    for option in ["--hostname", "--editor", "--postal-code", "editors", "collection"]:
        assert option in help_text
