"""A centre's editors' group and collection take its new name only when the name is published."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text

from awards.models import CentrePage

from . import documents_and_references as fixtures

pytestmark = pytest.mark.django_db

centre_a = fixtures.centre_a
docs_reviewer = fixtures.docs_reviewer

NEW_TITLE = "Ośrodek, którego nikt nie zatwierdził"


def centre_form(centre, **fields):
    page = CentrePage.objects.get(pk=centre.pk)
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "official_name": page.official_name,
            "kind": page.kind,
            "commune": page.commune,
            "county": page.county,
            "voivodeship": page.voivodeship,
            "street_address": page.street_address,
            "postal_code": page.postal_code,
            "city": page.city,
            "intro": rich_text(""),
            "comments-TOTAL_FORMS": 0,
            "comments-INITIAL_FORMS": 0,
            **fields,
        }
    )


def names(centre):
    centre.workspace.editors.refresh_from_db()
    centre.workspace.collection.refresh_from_db()
    return centre.workspace.editors.name, centre.workspace.collection.name


def test_a_draft_title_renames_neither_the_group_nor_the_collection(centre_a):
    before = names(centre_a)
    url = reverse("wagtailadmin_pages:edit", args=[centre_a.page.pk])

    response = centre_a.client().post(url, centre_form(centre_a.page, title=NEW_TITLE))

    assert response.status_code == 302, response.content.decode()[:2000]
    assert CentrePage.objects.get(pk=centre_a.page.pk).draft_title == NEW_TITLE
    assert names(centre_a) == before == ("GOPS Domanice: editors", "GOPS Domanice")


def test_a_submitted_title_renames_nothing_until_a_reviewer_approves(centre_a, docs_reviewer):
    url = reverse("wagtailadmin_pages:edit", args=[centre_a.page.pk])
    centre_a.client().post(
        url, {**centre_form(centre_a.page, title=NEW_TITLE), "action-submit": "1"}
    )
    assert names(centre_a) == ("GOPS Domanice: editors", "GOPS Domanice")

    page = CentrePage.objects.get(pk=centre_a.page.pk)
    page.get_latest_revision().publish(user=docs_reviewer)

    assert names(centre_a) == (f"{NEW_TITLE}: editors", NEW_TITLE)
