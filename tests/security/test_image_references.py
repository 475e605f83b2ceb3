"""An editor cannot put another centre's photo (or document) on their own page by typing its id.

Each attack is made over HTTP by centre A's editor, a plain member of A's
editors' group, naming centre B's image or document in a field, a StreamField
block, a gallery row or a rich-text link. The form says which field, and
nothing is saved or previewed.
"""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    Translation,
    TranslationSource,
)

from awards.models import GalleryPage
from home.factories import StandardPageFactory
from home.models import StandardPage

from . import documents_and_references as fixtures

pytestmark = pytest.mark.django_db

centre_a = fixtures.centre_a
centre_b = fixtures.centre_b
docs_reviewer = fixtures.docs_reviewer


@pytest.fixture
def own_page(centre_a, centre_b):
    return StandardPageFactory(
        parent=centre_a.page, title="O nas", slug="o-nas", intro="Wstęp.", live=False
    )


def image_block(image):
    return ("image", {"image": image.pk, "caption": "", "credit": ""})


def save_draft(client, page, **fields):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return client.post(url, fixtures.standard_page_form(page, **fields))


def revisions():
    return Revision.objects.count()


def form_errors(response):
    form = response.context["form"]
    return {field: [str(e) for e in errors] for field, errors in form.errors.items()}


REFERENCES = {
    "share image": lambda b: {"share_image": b.image.pk},
    "image block": lambda b: {"body": streamfield([image_block(b.image)])},
    "document link": lambda b: {
        "body": streamfield(
            [("paragraph", rich_text(f'<p><a linktype="document" id="{b.document.pk}">R</a></p>'))]
        )
    },
}


@pytest.mark.parametrize("fields", REFERENCES.values(), ids=REFERENCES.keys())
def test_another_centres_media_cannot_be_saved_on_own_page(centre_a, centre_b, own_page, fields):
    before = revisions()

    response = save_draft(centre_a.client(), own_page, **fields(centre_b))

    assert response.status_code == 200
    errors = form_errors(response)
    field = next(iter(fields(centre_b)))
    assert any("nie jest w kolekcji" in error for error in errors.get(field, [])), errors
    assert revisions() == before
    assert centre_b.image.title not in response.content.decode()


def test_another_centres_photo_cannot_be_added_as_a_gallery_row(centre_a, centre_b):
    url = reverse("wagtailadmin_pages:add", args=["awards", "gallerypage", centre_a.page.pk])
    data = nested_form_data(
        {
            "comments": inline_formset([]),
            "title": "Gala 2014",
            "slug": "gala-2014",
            "intro": "Zdjęcia z gali.",
            "photos": inline_formset([{"image": centre_b.image.pk, "caption": "", "credit": ""}]),
        }
    )

    response = centre_a.client().post(url, data)

    assert response.status_code == 200
    assert any("nie jest w kolekcji" in e for e in form_errors(response)["__all__"])
    assert not GalleryPage.objects.filter(slug="gala-2014").exists()


def test_preview_does_not_show_another_centres_photo(centre_a, centre_b, own_page):
    client = centre_a.client()
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[own_page.pk])
    data = fixtures.standard_page_form(own_page, body=streamfield([image_block(centre_b.image)]))

    assert client.post(url, data).json()["is_valid"] is False
    preview = client.get(url)
    assert centre_b.image.title not in preview.content.decode()
    assert centre_b.image.description not in preview.content.decode()


def test_own_photos_and_approved_references_still_save(centre_a, centre_b, own_page, docs_reviewer):
    client = centre_a.client()
    response = save_draft(
        client,
        own_page,
        share_image=centre_a.image.pk,
        body=streamfield([image_block(centre_a.image)]),
    )
    assert response.status_code == 302

    # A reviewer may use any collection, and what they published may stay.
    reviewer = fixtures.Centre.client(type("R", (), {"editor": docs_reviewer})())
    response = save_draft(
        reviewer, own_page, share_image=centre_b.image.pk, **{"action-publish": "1"}
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(pk=own_page.pk)
    assert page.live and page.share_image_id == centre_b.image.pk
    assert (
        save_draft(client, page, share_image=centre_b.image.pk, intro="Nowy wstęp.").status_code
        == 302
    )


# --- wagtail-localize's translation editor: image overrides ---


@pytest.fixture
def english_translation(centre_a, centre_b, docs_reviewer):
    """A's live page with A's share image, and its English translation (a draft)."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    page = StandardPageFactory(
        parent=centre_a.page, title="Kontakt", slug="kontakt", share_image=centre_a.image
    )
    page.save_revision().publish(user=docs_reviewer)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=english, defaults={"enabled": True}
    )
    translation.save_target(publish=False)
    return translation


def override_url(translation, path):
    segment = OverridableSegment.objects.get(source=translation.source, context__path=path)
    return reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])


def test_translation_override_cannot_choose_another_centres_photo(
    centre_a, centre_b, english_translation
):
    url = override_url(english_translation, "share_image")

    response = centre_a.client().put(
        url, f"value={centre_b.image.pk}", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 400
    assert "nie jest w kolekcji" in response.json()["error"]
    assert not SegmentOverride.objects.exists()


def test_translation_override_may_choose_an_own_photo(centre_a, centre_b, english_translation):
    own = fixtures.NetworkImageFactory(collection=centre_a.workspace.collection)
    url = override_url(english_translation, "share_image")

    response = centre_a.client().put(
        url, f"value={own.pk}", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 201
    assert SegmentOverride.objects.get().data == str(own.pk)
