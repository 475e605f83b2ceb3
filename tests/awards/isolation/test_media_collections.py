"""Centre B's images and documents, in B's collection, are out of reach of A's editor.

Listings and choosers show only A's collection; B's items cannot be opened,
changed or deleted; nothing can be uploaded or moved into B's collection.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.awards.isolation.admin_helpers import assert_refused, nothing_changes, text

pytestmark = pytest.mark.django_db


# --- Images and documents of another centre ---

MEDIA = {
    "images": {
        "index": "wagtailimages:index",
        "edit": "wagtailimages:edit",
        "delete": "wagtailimages:delete",
        "usage": "wagtailimages:image_usage",
        "chooser": "wagtailimages_chooser:choose",
        "chooser_results": "wagtailimages_chooser:choose_results",
        "chosen": "wagtailimages_chooser:chosen",
        "item": lambda centre: centre.image,
    },
    "documents": {
        "index": "wagtaildocs:index",
        "edit": "wagtaildocs:edit",
        "delete": "wagtaildocs:delete",
        "usage": "wagtaildocs:document_usage",
        "chooser": "wagtaildocs_chooser:choose",
        "chooser_results": "wagtaildocs_chooser:choose_results",
        "chosen": "wagtaildocs_chooser:chosen",
        "item": lambda centre: centre.document,
    },
}


@pytest.mark.parametrize("kind", MEDIA)
def test_media_listings_and_choosers_show_only_the_editors_collection(
    editor, centre_a, centre_b, kind
):
    routes = MEDIA[kind]
    own, other = routes["item"](centre_a), routes["item"](centre_b)

    for name in ("index", "chooser", "chooser_results"):
        for query in ({}, {"q": "Siedlce"}, {"q": other.title.split(": ")[1]}):
            response = editor.get(reverse(routes[name]), query)
            assert response.status_code == 200
            assert other.title not in text(response), (name, query)
        assert own.title in text(editor.get(reverse(routes[name])))


@pytest.mark.parametrize("action", ["edit", "delete", "usage", "chosen"])
@pytest.mark.parametrize("kind", MEDIA)
def test_media_of_another_centre_cannot_be_opened(editor, centre_b, kind, action):
    routes = MEDIA[kind]
    other = routes["item"](centre_b)

    with nothing_changes():
        response = editor.get(reverse(routes[action], args=[other.pk]), follow=True)

    assert_refused(response)
    assert other.title not in text(response)


@pytest.mark.parametrize("kind", MEDIA)
def test_media_of_another_centre_cannot_be_changed_or_deleted(editor, centre_b, kind):
    routes = MEDIA[kind]
    other = routes["item"](centre_b)

    with nothing_changes():
        edited = editor.post(
            reverse(routes["edit"], args=[other.pk]), {"title": "Przejęte"}, follow=True
        )
        deleted = editor.post(reverse(routes["delete"], args=[other.pk]), follow=True)

    assert_refused(edited)
    assert_refused(deleted)


def upload(kind, name):
    if kind == "images":
        return SimpleUploadedFile(f"{name}.png", get_test_image_file().file.getvalue())
    return SimpleUploadedFile(f"{name}.txt", "Sprawozdanie z przejęcia.".encode())


@pytest.mark.parametrize("kind", MEDIA)
def test_media_cannot_be_uploaded_or_moved_into_another_centres_collection(
    editor, centre_a, centre_b, kind
):
    model = get_image_model() if kind == "images" else get_document_model()
    add = "wagtailimages:add" if kind == "images" else "wagtaildocs:add"
    own = MEDIA[kind]["item"](centre_a)
    a_collection, b_collection = centre_a.workspace.collection, centre_b.workspace.collection

    uploaded = editor.post(
        reverse(add),
        {"title": "Podrzutek", "file": upload(kind, "podrzutek"), "collection": b_collection.pk},
    )
    edited = editor.post(
        reverse(MEDIA[kind]["edit"], args=[own.pk]),
        {"title": own.title, "collection": b_collection.pk, "tags": "", "description": ""},
    )

    # With one collection to work in, Wagtail hides the field and files everything there.
    assert uploaded.status_code == edited.status_code == 302
    assert model.objects.get(title="Podrzutek").collection_id == a_collection.pk
    own.refresh_from_db()
    assert own.collection_id == a_collection.pk
    assert list(model.objects.filter(collection=b_collection)) == [MEDIA[kind]["item"](centre_b)]
