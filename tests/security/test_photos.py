"""Issue 15, photos: what the public sees of a photo changes only through a reviewer,
and every upload is cleaned before it is stored anywhere and is never public unreviewed.

Each test is an attack by a centre's editor (a plain user in the centre's
editors' group, logged in over HTTP) or by an anonymous visitor, and checks
what they would notice: the public page as it was, a refusal with a message,
nothing stored or served.
"""

import datetime
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from PIL import Image
from wagtail.models import UploadedFile

from awards.factories import CentrePageFactory
from awards.models import CentreWorkspace
from awards.roles import REVIEWERS
from home.models import NetworkImage
from tests.photos.conftest import consented_image, draft_gallery, photo_bytes

pytestmark = pytest.mark.django_db

# Beginning of the refusal an editor reads in the image form and after a bulk action.
LIVE_PHOTO_REFUSED = "jest na opublikowanych stronach, więc zmienić je może tylko recenzent"
GPS_TAG, MAKE_TAG = 0x8825, 0x010F


@pytest.fixture(autouse=True)
def private_media_root(settings, tmp_path):
    for name in ("media", "photos"):
        (tmp_path / name).mkdir()
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PHOTOS_ROOT = str(tmp_path / "photos")


@pytest.fixture
def centre(home_page):
    return CentrePageFactory(parent=home_page, title="GOPS Domanice", slug="gops-domanice")


@pytest.fixture
def workspace(centre):
    return CentreWorkspace.objects.get(translation_key=centre.translation_key)


@pytest.fixture
def centre_editor(workspace):
    user = get_user_model().objects.create_user("edytor-domanice", "e@example.com", "x")
    user.groups.add(workspace.editors)
    return user


@pytest.fixture
def editor(centre_editor):
    client = Client()
    client.force_login(centre_editor)
    return client


@pytest.fixture
def reviewer_client(db):
    user = get_user_model().objects.create_user("recenzent", "r@example.com", "x")
    user.groups.add(Group.objects.get(name=REVIEWERS))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def live_photo(centre, workspace, centre_editor):
    """A photo the editor uploaded to the centre, shown by a live gallery."""
    image = consented_image(
        title="Festyn rodzinny",
        description="Dzieci przy stole z ciastem",
        credit="Jan Nowak",
        collection=workspace.collection,
        uploaded_by_user=centre_editor,
    )
    gallery = draft_gallery(centre, [image], title="Festyn 2026")
    gallery.get_latest_revision().publish()
    image.gallery = gallery
    return image


def public_html(page):
    return Client().get(page.url).content.decode()


def image_form(image, **changes):
    """The image's edit form as the admin shows it, with ``changes`` typed in."""
    data = {
        "title": image.title,
        "collection": image.collection_id,
        "description": image.description,
        "tags": "",
        "focal_point_x": "",
        "focal_point_y": "",
        "focal_point_width": "",
        "focal_point_height": "",
        "credit": image.credit,
        "nobody_identifiable": image.nobody_identifiable,
        "consent_given_by": image.consent_given_by,
        "consent_scope": image.consent_scope,
        "consent_given_on": image.consent_given_on or "",
        "consent_valid_until": image.consent_valid_until or "",
        "consent_withdrawn_on": image.consent_withdrawn_on or "",
        **changes,
    }
    return {key: value for key, value in data.items() if value is not False}


def snapshot(image):
    stored = NetworkImage.objects.get(pk=image.pk)
    # Wagtail fills the file's size and hash in lazily, on any view of the image.
    lazy = {"file_size", "file_hash"}
    fields = [f.attname for f in NetworkImage._meta.concrete_fields if f.attname not in lazy]
    values = {name: getattr(stored, name) for name in fields}
    values["file"] = values["file"].name
    return values, list(stored.tags.names())


def assert_unchanged(image, before):
    after = snapshot(image)
    changed = {k: (v, after[0][k]) for k, v in before[0].items() if after[0][k] != v}
    assert not changed, changed
    assert after[1] == before[1]


def new_photo(name="nowe.jpg"):
    return SimpleUploadedFile(name, photo_bytes(size=(900, 600)), "image/jpeg")


def metadata(data):
    exif = Image.open(io.BytesIO(data)).getexif()
    return {tag: exif[tag] for tag in (GPS_TAG, MAKE_TAG) if tag in exif}


# --- 1. A photo a live page shows changes only through a reviewer ---

EDITS = {
    "alt text": {"description": "Inny opis"},
    "title": {"title": "Inny tytuł"},
    "credit": {"credit": "Ktoś inny"},
    "consent": {"consent_given_by": "Ktoś inny", "consent_scope": "website_social"},
    "nobody identifiable": {"nobody_identifiable": True, "consent_given_by": ""},
    "focal point": {
        "focal_point_x": 10,
        "focal_point_y": 10,
        "focal_point_width": 20,
        "focal_point_height": 20,
    },
    "file": {"file": "new"},
}


@pytest.mark.parametrize("edit", EDITS)
def test_edit_form_cannot_change_a_photo_a_live_page_shows(editor, live_photo, edit):
    before = snapshot(live_photo)
    page_before = public_html(live_photo.gallery)
    changes = dict(EDITS[edit])
    if changes.get("file") == "new":
        changes["file"] = new_photo()

    response = editor.post(
        reverse("wagtailimages:edit", args=[live_photo.pk]), image_form(live_photo, **changes)
    )

    assert response.status_code == 200
    assert LIVE_PHOTO_REFUSED in response.content.decode()
    assert_unchanged(live_photo, before)
    assert public_html(live_photo.gallery) == page_before


def test_multiple_uploader_edit_cannot_change_a_live_photo(editor, live_photo):
    before = snapshot(live_photo)
    prefix = f"image-{live_photo.pk}-"
    data = {prefix + key: value for key, value in image_form(live_photo).items()}
    data[prefix + "description"] = "Podmieniony opis"

    response = editor.post(reverse("wagtailimages:edit_multiple", args=[live_photo.pk]), data)

    assert response.json()["success"] is False
    assert LIVE_PHOTO_REFUSED in response.json()["form"]
    assert_unchanged(live_photo, before)


@pytest.mark.parametrize("route", ["wagtailimages:delete", "wagtailimages:delete_multiple"])
def test_uploader_cannot_delete_a_photo_a_live_page_shows(editor, live_photo, route):
    page_before = public_html(live_photo.gallery)

    response = editor.post(reverse(route, args=[live_photo.pk]))

    assert response.status_code in (302, 403)
    assert NetworkImage.objects.filter(pk=live_photo.pk).exists()
    assert public_html(live_photo.gallery) == page_before


@pytest.mark.parametrize("action", ["add_tags", "add_to_collection", "delete"])
def test_bulk_actions_cannot_touch_a_photo_a_live_page_shows(editor, live_photo, workspace, action):
    before = snapshot(live_photo)
    url = reverse("wagtail_bulk_action", args=["home", "networkimage", action])
    data = {"tags": "podmiana", "collection": workspace.collection.pk}

    response = editor.post(f"{url}?id={live_photo.pk}&next=/admin/images/", data, follow=True)

    assert_unchanged(live_photo, before)
    assert LIVE_PHOTO_REFUSED in response.content.decode()


def test_editor_cannot_undo_a_withdrawal_of_a_live_photo(editor, live_photo):
    live_photo.consent_withdrawn_on = datetime.date.today()
    live_photo.save()
    assert "Dzieci przy stole z ciastem" not in public_html(live_photo.gallery)

    response = editor.post(
        reverse("wagtailimages:edit", args=[live_photo.pk]),
        image_form(live_photo, consent_withdrawn_on=""),
    )

    assert LIVE_PHOTO_REFUSED in response.content.decode()
    live_photo.refresh_from_db()
    assert live_photo.consent_withdrawn_on == datetime.date.today()
    assert "Dzieci przy stole z ciastem" not in public_html(live_photo.gallery)


def test_editor_still_withdraws_consent_of_a_live_photo_at_once(editor, live_photo):
    assert "Dzieci przy stole z ciastem" in public_html(live_photo.gallery)

    response = editor.post(
        reverse("wagtailimages:edit", args=[live_photo.pk]),
        image_form(live_photo, consent_withdrawn_on=datetime.date.today()),
    )

    assert response.status_code == 302
    live_photo.refresh_from_db()
    assert live_photo.consent_withdrawn_on == datetime.date.today()
    assert "Dzieci przy stole z ciastem" not in public_html(live_photo.gallery)


def test_reviewer_still_changes_a_live_photo(reviewer_client, live_photo):
    response = reviewer_client.post(
        reverse("wagtailimages:edit", args=[live_photo.pk]),
        image_form(live_photo, description="Poprawiony opis"),
    )

    assert response.status_code == 302
    assert "Poprawiony opis" in public_html(live_photo.gallery)


def test_editor_still_changes_a_photo_no_live_page_shows(editor, workspace, centre_editor):
    draft_only = consented_image(
        title="Szkic", collection=workspace.collection, uploaded_by_user=centre_editor
    )

    edited = editor.post(
        reverse("wagtailimages:edit", args=[draft_only.pk]),
        image_form(draft_only, description="Nowy opis", file=new_photo()),
    )
    deleted = editor.post(reverse("wagtailimages:delete", args=[draft_only.pk]))

    assert edited.status_code == deleted.status_code == 302
    assert not NetworkImage.objects.filter(pk=draft_only.pk).exists()


# --- 2. Every byte of every upload is cleaned, and held uploads are never public ---


def held_upload(editor, url, upload):
    """A multiple upload whose title is empty: Wagtail holds the file for the details form."""
    response = editor.post(url, {"files[]": upload, "title": ""})
    data = response.json()
    assert data["success"] is True
    assert "uploaded_file_id" in data, data
    return UploadedFile.objects.get(pk=data["uploaded_file_id"])


def assert_not_served(name):
    anonymous = Client()
    for prefix in ("/media/", "/debug-media/"):
        response = anonymous.get(prefix + name)
        assert response.status_code == 404, (prefix, name)


@override_settings(ROOT_URLCONF="tests.security.photos_urls")
def test_held_photo_upload_keeps_no_gps_and_is_never_served(editor, centre_editor):
    upload = held_upload(
        editor, reverse("wagtailimages:add_multiple"), SimpleUploadedFile("gps.jpg", photo_bytes())
    )

    with upload.file.open("rb") as handle:
        assert metadata(handle.read()) == {}
    assert_not_served(upload.file.name)


@override_settings(ROOT_URLCONF="tests.security.photos_urls")
def test_photo_made_from_a_held_upload_keeps_no_gps(editor):
    upload = held_upload(
        editor, reverse("wagtailimages:add_multiple"), SimpleUploadedFile("gps.jpg", photo_bytes())
    )
    prefix = f"uploaded-image-{upload.pk}-"

    response = editor.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload.pk]),
        {prefix + "title": "Z GPS", prefix + "description": "Opis"},
    )

    assert response.json()["success"] is True
    image = NetworkImage.objects.get(pk=response.json()["image_id"])
    with image.file.open("rb") as handle:
        assert metadata(handle.read()) == {}


@override_settings(ROOT_URLCONF="tests.security.photos_urls")
def test_held_document_upload_is_never_served(editor):
    upload = held_upload(
        editor,
        reverse("wagtaildocs:add_multiple"),
        SimpleUploadedFile("lista-podopiecznych.txt", b"Anna K., ul. Polna 3"),
    )

    assert_not_served(upload.file.name)


# --- 3. A photo that may not be shown is in no meta tag or JSON-LD, and gets no rendition ---


def json_ld(html):
    start = html.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    return json.loads(html[start : html.index("</script>", start)])


def test_withdrawn_logo_leaves_meta_tags_and_json_ld_without_a_new_rendition(
    centre, workspace, centre_editor
):
    logo = consented_image(
        title="Logo ośrodka", description="Logo GOPS Domanice", collection=workspace.collection
    )
    centre.logo = logo
    centre.save_revision().publish()
    html = public_html(centre)
    assert "Logo GOPS Domanice" in html and '"logo"' in html

    logo.consent_withdrawn_on = datetime.date.today()
    logo.save()
    html = public_html(centre)

    assert not logo.renditions.exists()
    assert "Logo GOPS Domanice" not in html
    assert "twitter:image:alt" not in html
    assert "logo" not in json.dumps(json_ld(html))
