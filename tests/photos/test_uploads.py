"""What an editor may upload, and what is kept of it: no location, no device, upright."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from home.models import NetworkImage

from .conftest import location_or_device_tags, photo_bytes, png_bomb, stored_files

pytestmark = pytest.mark.django_db


def upload(client, name, data):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Zdjęcie z gali",
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
            "description": "Uczestnicy gali",
        },
    )


def refused(response):
    """The form came back (no redirect) with an error on the file field; the message."""
    assert response.status_code == 200
    errors = response.context["form"].errors.get("file")
    assert errors, response.context["form"].errors
    message = " ".join(errors)
    assert message in response.content.decode()  # shown to the editor
    return message


def jpeg(size=(640, 480)):
    output = io.BytesIO()
    Image.linear_gradient("L").resize(size).convert("RGB").save(output, "JPEG")
    return output.getvalue()


BAD_UPLOADS = {
    "text named .jpg": ("zdjecie.jpg", "To nie jest zdjęcie.".encode(), "poprawny plik graficzny"),
    "truncated JPEG": ("ucięte.jpg", jpeg()[:2500], "uszkodzony"),
    "SVG": (
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
        "nieobsługiwany format",
    ),
    "GIF": ("animacja.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "nieobsługiwany format"),
    "decompression bomb": ("bomba.png", png_bomb(), "pikseli"),
}


@pytest.mark.parametrize("kind", BAD_UPLOADS)
def test_bad_upload_is_refused_in_polish_and_nothing_is_stored(admin_client, kind):
    name, data, words = BAD_UPLOADS[kind]
    files_before = stored_files()

    message = refused(upload(admin_client, name, data))

    assert words.lower() in message.lower(), message
    assert not NetworkImage.objects.exists()
    assert stored_files() == files_before


def test_file_over_the_size_limit_is_refused(admin_client):
    data = jpeg((800, 600))
    with override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=len(data) - 1):
        message = refused(upload(admin_client, "duże.jpg", data))

    assert "za duży" in message
    assert not NetworkImage.objects.exists()


def test_photo_over_the_pixel_limit_is_refused(admin_client):
    with override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=640 * 480 - 1):
        message = refused(upload(admin_client, "duże.jpg", jpeg((640, 480))))

    assert "pikseli" in message
    assert not NetworkImage.objects.exists()


def test_ukrainian_editor_reads_the_refusal_in_ukrainian(admin_client, superuser):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "uk"
    profile.save()

    response = upload(admin_client, "ucięte.jpg", jpeg()[:2500])

    assert response.status_code == 200
    assert "Цей файл пошкоджений або неповний" in response.content.decode()
    assert not NetworkImage.objects.exists()


@pytest.mark.parametrize(
    "fmt,name",
    [
        ("JPEG", "telefon.jpg"),
        ("PNG", "telefon.png"),
        ("WEBP", "telefon.webp"),
        ("AVIF", "telefon.avif"),
        ("HEIF", "telefon.heic"),
    ],
)
def test_stored_original_has_no_location_or_device_and_is_upright(admin_client, fmt, name):
    data = photo_bytes(fmt, size=(1200, 800), orientation=6)
    assert location_or_device_tags(_write(data, name)), "the test photo must carry GPS data"

    response = upload(admin_client, name, data)

    assert response.status_code == 302, response.context["form"].errors
    image = NetworkImage.objects.get()
    assert (image.width, image.height) == (800, 1200)  # orientation 6: turned upright
    assert location_or_device_tags(image.file.path) == {}


def _write(data, name, _counter=[0]):  # noqa: B006 - a file per call in the temp dir
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / name
    path.write_bytes(data)
    return path


def test_editor_records_the_consent_in_the_image_form(admin_client):
    upload(admin_client, "gala.jpg", jpeg())
    image = NetworkImage.objects.get()
    assert not image.nobody_identifiable and not image.may_be_shown()  # safe by default

    edit_url = reverse("wagtailimages:edit", args=[image.pk])
    form_html = admin_client.get(edit_url).content.decode()
    assert "Zgody udzielił(a)" in form_html and "Nikogo nie da się rozpoznać" in form_html
    response = admin_client.post(
        edit_url,
        {
            "title": image.title,
            "description": "Uczestnicy gali",
            "collection": image.collection_id,
            "consent_given_by": "Jan Kowalski",
            "consent_scope": "website",
            "consent_given_on": "2025-03-01",
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    image.refresh_from_db()
    assert image.consent_given_by == "Jan Kowalski" and image.may_be_shown()
