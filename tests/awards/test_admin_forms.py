"""Creating and editing every page type through Wagtail's own admin forms.

A reviewer fills the real forms; a missing required field shows the form
error on the page and saves nothing.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from awards.factories import (
    AwardFactory,
    AwardStoryPageFactory,
    CentrePageFactory,
    ProjectFactory,
)
from awards.models import AwardIndexPage, AwardStoryPage, CentrePage, GalleryPage
from home.factories import NetworkImageFactory
from home.models import NetworkHomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewer_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("reviewer", "reviewer@example.com", "x")
    client.force_login(user)
    return client


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def post_page(client, url, fields):
    data = nested_form_data({"comments": inline_formset([]), **fields})
    data["action-publish"] = "action-publish"
    return client.post(url, data)


def centre_fields(**overrides):
    return {
        "title": "MOPS Jasło",
        "slug": "mops-jaslo",
        "official_name": "Miejski Ośrodek Pomocy Społecznej w Jaśle",
        "kind": "MOPS",
        "commune": "Jasło",
        "county": "jasielski",
        "voivodeship": "podkarpackie",
        "street_address": "ul. Floriańska 120",
        "postal_code": "38-200",
        "city": "Jasło",
        "intro": rich_text("<p>Ośrodek w Jaśle.</p>"),
        **overrides,
    }


def story_fields(award, image, project):
    return {
        "title": "Nagroda specjalna Ministra 2014",
        "slug": "nagroda-ministra-2014",
        "award": award.pk,
        "date_awarded": "2014-11-21",
        "ceremony_date": "2014-11-21",
        "ceremony_place": "Pałac Prezydencki, Warszawa",
        "conferred_by": "Minister Pracy i Polityki Społecznej",
        "recipient": "centre",
        "lead": "Zespół ośrodka otrzymał nagrodę specjalną.",
        "hero_image": image.pk,
        "body": streamfield(
            [
                ("heading", {"text": "Czas na aktywność", "level": "h2"}),
                ("paragraph", rich_text("<p>Projekt trwa od 2010 roku.</p>")),
                ("quote", {"quote": "Pomagamy razem.", "attribution": "Dyrektor"}),
                (
                    "key_figures",
                    {
                        "title": "",
                        "figures": streamfield([("item", {"value": "6", "label": "dzieci"})]),
                    },
                ),
            ]
        ),
        "projects": (project.pk,),  # a tuple stays one multi-valued field
        "tags": "wolontariat, asystent rodziny",
    }


def test_reviewer_creates_a_centre_with_its_facts(reviewer_client, home_page):
    response = post_page(reviewer_client, add_url(CentrePage, home_page), centre_fields())

    assert response.status_code == 302
    centre = CentrePage.objects.get(locale__language_code="pl", slug="mops-jaslo")
    assert centre.live
    assert (centre.voivodeship, centre.postal_code) == ("podkarpackie", "38-200")
    assert centre.get_parent().pk == home_page.pk


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("official_name", "", "To pole jest wymagane."),
        ("postal_code", "38200", "Podaj kod pocztowy w formacie 00-000."),
        ("voivodeship", "atlantyda", "Wybierz poprawną wartość."),
    ],
)
def test_bad_centre_form_shows_the_error_and_saves_nothing(
    reviewer_client, home_page, field, value, message
):
    pages_before = Page.objects.count()

    response = post_page(
        reviewer_client, add_url(CentrePage, home_page), centre_fields(**{field: value})
    )

    assert response.status_code == 200
    assert message in response.context["form"].errors[field][0]
    assert Page.objects.count() == pages_before


def test_reviewer_creates_a_story_with_body_projects_and_tags(reviewer_client, home_page):
    centre = CentrePageFactory(parent=home_page)
    award, image, project = AwardFactory(), NetworkImageFactory(), ProjectFactory()

    response = post_page(
        reviewer_client, add_url(AwardStoryPage, centre), story_fields(award, image, project)
    )

    assert response.status_code == 302
    story = AwardStoryPage.objects.get(locale__language_code="pl", slug="nagroda-ministra-2014")
    assert story.live and story.centre_id == centre.pk and story.award_id == award.pk
    assert [block.block_type for block in story.body] == [
        "heading",
        "paragraph",
        "quote",
        "key_figures",
    ]
    assert list(story.projects.all()) == [project]
    assert sorted(tag.name for tag in story.tags.all()) == ["asystent rodziny", "wolontariat"]


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"award": ""}, "award", "To pole jest wymagane."),
        ({"date_awarded": "21.13.2014"}, "date_awarded", "Wpisz poprawną datę."),
        ({"lead": ""}, "lead", "To pole jest wymagane."),
        (
            {"recipient": "person", "recipient_name": ""},
            "recipient_name",
            "Podaj imię i nazwisko pracownika, który otrzymał nagrodę.",
        ),
    ],
)
def test_bad_story_form_shows_the_error_and_saves_nothing(
    reviewer_client, home_page, overrides, field, message
):
    centre = CentrePageFactory(parent=home_page)
    award, image, project = AwardFactory(), NetworkImageFactory(), ProjectFactory()
    pages_before = Page.objects.count()

    response = post_page(
        reviewer_client,
        add_url(AwardStoryPage, centre),
        {**story_fields(award, image, project), **overrides},
    )

    assert response.status_code == 200
    assert message in response.context["form"].errors[field][0]
    assert Page.objects.count() == pages_before


def gallery_fields(images, **overrides):
    return {
        "title": "Gala 2014",
        "slug": "gala-2014",
        "intro": "Zdjęcia z gali.",
        "photos": inline_formset(
            [
                {"image": image.pk, "caption": f"Zdjęcie {n}", "credit": ""}
                for n, image in enumerate(images)
            ]
        ),
        **overrides,
    }


def test_reviewer_creates_a_gallery_with_ordered_photos(reviewer_client, home_page):
    centre = CentrePageFactory(parent=home_page)
    images = NetworkImageFactory.create_batch(3)

    response = post_page(reviewer_client, add_url(GalleryPage, centre), gallery_fields(images))

    assert response.status_code == 302
    gallery = GalleryPage.objects.get(locale__language_code="pl", slug="gala-2014")
    assert [photo.image_id for photo in gallery.photos.all()] == [image.pk for image in images]


def test_gallery_without_photos_is_refused(reviewer_client, home_page):
    centre = CentrePageFactory(parent=home_page)
    pages_before = Page.objects.count()

    response = post_page(
        reviewer_client,
        add_url(GalleryPage, centre),
        gallery_fields([], photos=inline_formset([], min=1)),
    )

    assert response.status_code == 200
    assert Page.objects.count() == pages_before


def test_reviewer_creates_standard_page_and_award_index(reviewer_client, home_page):
    body = streamfield([("paragraph", rich_text("<p>Deklaracja.</p>"))])
    standard = post_page(
        reviewer_client,
        add_url(StandardPage, home_page),
        {"title": "Deklaracja dostępności", "slug": "deklaracja", "intro": "", "body": body},
    )
    index = post_page(
        reviewer_client,
        add_url(AwardIndexPage, home_page),
        {"title": "Nagrody", "slug": "nagrody", "intro": rich_text("")},
    )

    assert standard.status_code == index.status_code == 302
    assert StandardPage.objects.get(locale__language_code="pl", slug="deklaracja").live
    assert AwardIndexPage.objects.get(locale__language_code="pl", slug="nagrody").live


def test_network_home_title_is_required(reviewer_client, home_page):
    url = reverse("wagtailadmin_pages:edit", args=[home_page.pk])

    response = post_page(
        reviewer_client,
        url,
        {
            "title": "",
            "slug": home_page.slug,
            "intro": rich_text(""),
            "featured_awards": inline_formset([]),
        },
    )

    assert response.status_code == 200
    assert "title" in response.context["form"].errors
    assert NetworkHomePage.objects.get(pk=home_page.pk).title == "Zawsze pomocni"


def test_editing_a_centre_publishes_the_change_in_place(reviewer_client, home_page):
    centre = CentrePageFactory(parent=home_page, slug="mops-jaslo")
    edit_url = reverse("wagtailadmin_pages:edit", args=[centre.pk])

    response = post_page(reviewer_client, edit_url, centre_fields(head_of_centre="Anna Kowalska"))

    assert response.status_code == 302
    centre.refresh_from_db()
    assert centre.head_of_centre == "Anna Kowalska"
    assert centre.get_parent().pk == home_page.pk


def test_editing_a_story_with_a_bad_date_keeps_the_published_version(reviewer_client, home_page):
    centre = CentrePageFactory(parent=home_page)
    story = AwardStoryPageFactory(parent=centre, slug="nagroda-ministra-2014", lead="Stary lead.")
    edit_url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    fields = story_fields(AwardFactory(), NetworkImageFactory(), ProjectFactory())

    response = post_page(reviewer_client, edit_url, {**fields, "date_awarded": "jutro"})

    assert response.status_code == 200
    assert "date_awarded" in response.context["form"].errors
    story.refresh_from_db()
    assert story.lead == "Stary lead."
