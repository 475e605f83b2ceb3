"""Two centres, each with its editor, photo and document, for the documents and references attacks.

Built the way ``awards.provisioning`` builds them in production: creating a
``CentrePage`` gives it its editors' group and collection. The editor is a
plain user in that group, never staff or a superuser.
"""

import dataclasses

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail_factories import DocumentFactory

from awards.factories import CentrePageFactory
from awards.models import CentreWorkspace
from awards.roles import REVIEWERS
from home.factories import NetworkImageFactory

CONSENTED = {
    "nobody_identifiable": True,
    "description": "Sala konferencyjna ośrodka",
}


@dataclasses.dataclass
class Centre:
    page: object
    workspace: CentreWorkspace
    editor: object
    image: object
    document: object

    def client(self):
        client = Client()
        client.force_login(self.editor)
        return client


def build_centre(home, title, slug):
    page = CentrePageFactory(parent=home, title=title, slug=slug)
    page.save_revision().publish()
    workspace = CentreWorkspace.objects.get(translation_key=page.translation_key)
    editor = get_user_model().objects.create_user(f"edytor-{slug}", f"{slug}@example.com", "x")
    editor.groups.add(workspace.editors)
    return Centre(
        page=page,
        workspace=workspace,
        editor=editor,
        image=NetworkImageFactory(
            collection=workspace.collection, title=f"{title}: zdjęcie", **CONSENTED
        ),
        document=DocumentFactory(
            collection=workspace.collection,
            title=f"{title}: sprawozdanie",
            file__filename=f"{slug}-sprawozdanie.txt",
            file__data=b"Sprawozdanie finansowe.\n",
        ),
    )


@pytest.fixture
def centre_a(home_page, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return build_centre(home_page, "GOPS Domanice", "domanice")


@pytest.fixture
def centre_b(home_page, centre_a):
    return build_centre(home_page, "MOPS Siedlce", "siedlce")


@pytest.fixture
def docs_reviewer(db):
    user = get_user_model().objects.create_user("recenzent-dok", "rd@example.com", "x")
    user.groups.add(Group.objects.get(name=REVIEWERS))
    return user


def standard_page_form(page, **fields):
    """A StandardPage's edit form as its editor submits it (a draft unless an action is added)."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "seo_title": "",
            "search_description": "",
            "share_image": "",
            "intro": page.intro,
            "body": streamfield([]),
            "comments": inline_formset([]),
            **fields,
        }
    )
