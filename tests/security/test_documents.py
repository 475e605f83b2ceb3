"""Documents follow the photo rules: checked on upload, public only once a live page links them.

Each attack is made over HTTP, as centre A's editor (a plain member of A's
editors' group), as B's editor or as an anonymous visitor.
"""

import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import re_path, reverse
from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import rich_text, streamfield

import network_site.urls
from documents.models import DocumentUse
from home.factories import StandardPageFactory
from home.models import StandardPage
from network_site.media import serve_media

from . import documents_and_references as fixtures

pytestmark = pytest.mark.django_db

centre_a = fixtures.centre_a
centre_b = fixtures.centre_b
docs_reviewer = fixtures.docs_reviewer

# The one-server shape: Django serves MEDIA_ROOT (SERVE_MEDIA), as network_site.urls does.
urlpatterns = [re_path(r"^media/(?P<path>.*)$", serve_media), *network_site.urls.urlpatterns]


def download(client, document):
    return client.get(document.url)


def zip_bytes(members):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as package:
        for name, data in members.items():
            package.writestr(name, data)
    return output.getvalue()


HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
DOCX = zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})


def linking_page(centre, document):
    """A's page whose body links ``document``, saved as a draft by A's editor over HTTP."""
    page = StandardPageFactory(
        parent=centre.page, title="Sprawozdania", slug="sprawozdania", live=False
    )
    body = streamfield(
        [("paragraph", rich_text(f'<p><a linktype="document" id="{document.pk}">Raport</a></p>'))]
    )
    response = centre.client().post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        fixtures.standard_page_form(page, body=body),
    )
    assert response.status_code == 302
    return StandardPage.objects.get(pk=page.pk)


# --- Unpublished documents are private ---


def test_a_freshly_uploaded_document_is_not_public(centre_a):
    response = download(Client(), centre_a.document)

    assert response.status_code == 404
    assert "Sprawozdanie finansowe" not in response.content.decode(errors="replace")


def test_a_document_linked_only_from_a_draft_is_not_public(centre_a):
    linking_page(centre_a, centre_a.document)

    assert download(Client(), centre_a.document).status_code == 404


def test_another_centres_editor_cannot_download_an_unpublished_document(centre_a, centre_b):
    assert download(centre_b.client(), centre_a.document).status_code == 404


def test_the_documents_own_editor_gets_it_privately(centre_a):
    response = download(centre_a.client(), centre_a.document)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Sprawozdanie finansowe.\n"
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_published_link_makes_the_document_public_until_unpublished(centre_a, docs_reviewer):
    page = linking_page(centre_a, centre_a.document)
    page.get_latest_revision().publish(user=docs_reviewer)

    response = download(Client(), centre_a.document)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-cache" in response["Cache-Control"]

    StandardPage.objects.get(pk=page.pk).unpublish(user=docs_reviewer)
    assert download(Client(), centre_a.document).status_code == 404


@pytest.mark.urls(__name__)
def test_the_document_file_is_not_public_under_media(centre_a):
    name = centre_a.document.file.name
    assert (Path(settings.MEDIA_ROOT) / name).exists()

    assert Client().get(f"/media/{name}").status_code == 404


# --- Uploads are checked by content ---

DISGUISED = {
    "html-named-pdf": ("raport.pdf", HTML),
    "html-named-txt": ("raport.txt", b"\n  " + HTML),
    "html-named-docx": ("raport.docx", HTML),
    "zip-named-docx": ("raport.docx", zip_bytes({"index.html": HTML})),
    "docm-named-docx": (
        "raport.docx",
        zip_bytes({**{"word/vbaProject.bin": b"macro"}, "[Content_Types].xml": "<Types/>"}),
    ),
    "html-named-odt": ("raport.odt", zip_bytes({"mimetype": "text/html", "content.xml": HTML})),
    "html-named-xlsx": ("raport.xlsx", HTML),
    "svg-named-ods": ("raport.ods", b"<svg onload='alert(1)'/>"),
}


def stored_documents():
    root = Path(settings.MEDIA_ROOT) / "documents"
    return sorted(root.rglob("*")) if root.exists() else []


@pytest.mark.parametrize("name, data", DISGUISED.values(), ids=DISGUISED.keys())
def test_a_file_whose_content_is_not_what_its_name_says_is_refused(centre_a, name, data):
    before = (get_document_model().objects.count(), stored_documents())

    response = centre_a.client().post(
        reverse("wagtaildocs:add"),
        {"title": "Raport", "file": SimpleUploadedFile(name, data)},
    )

    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert any(name in error and "Nic nie zapisano" in error for error in errors), errors
    assert (get_document_model().objects.count(), stored_documents()) == before


def test_the_multiple_uploader_refuses_a_disguised_file_too(centre_a):
    before = get_document_model().objects.count()

    response = centre_a.client().post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("raport.pdf", HTML)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "Nic nie zapisano" in response.json()["error_message"]
    assert get_document_model().objects.count() == before


@pytest.mark.parametrize(
    "name, data",
    [
        ("raport.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"),
        ("raport.docx", DOCX),
        ("tabela.ods", zip_bytes({"mimetype": ODS_MIMETYPE, "content.xml": "<office/>"})),
        ("notatka.txt", "Zażółć gęślą jaźń.\n".encode()),
    ],
)
def test_real_documents_are_still_accepted(centre_a, name, data):
    response = centre_a.client().post(
        reverse("wagtaildocs:add"), {"title": name, "file": SimpleUploadedFile(name, data)}
    )

    assert response.status_code == 302
    assert get_document_model().objects.filter(title=name).exists()


def test_refresh_document_uses_makes_documents_of_pages_already_live_public(centre_a):
    page = StandardPageFactory(
        parent=centre_a.page,
        title="Stare sprawozdania",
        slug="stare",
        body=[("paragraph", f'<p><a linktype="document" id="{centre_a.document.pk}">R</a></p>')],
    )
    DocumentUse.objects.all().delete()  # as before the documents app was installed
    assert page.live

    call_command("refresh_document_uses", stdout=io.StringIO())

    assert download(Client(), centre_a.document).status_code == 200
