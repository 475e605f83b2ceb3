"""A request body over ``REQUEST_BODY_MAX_BYTES`` is refused with 413, unread.

Over HTTP with Django's test client: the request announces 200 MB in its
``Content-Length`` but carries a few bytes. Had Django begun to read it, the
test client's input stream would have failed the request (it refuses to read
past what was sent); a 413 with a clear message proves it was refused from
the header alone. Varnish's own check is in tests/deploy/test_varnish.py.
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.images import get_image_model

from awards.factories import CentrePageFactory
from awards.models import CentreWorkspace

pytestmark = pytest.mark.django_db

HUGE = str(200 * 1024 * 1024)
TOO_LARGE = "Żądanie jest za duże: naraz można wysłać najwyżej 25 MB."


@pytest.fixture
def editor(home_page):
    centre = CentrePageFactory(parent=home_page, title="OPS Marki", slug="ops-marki")
    workspace = CentreWorkspace.objects.get(translation_key=centre.translation_key)
    user = get_user_model().objects.create_user("edytor-marki", "marki@example.com", "x")
    user.groups.add(workspace.editors)
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def test_an_editor_uploading_200_mb_gets_413_before_it_is_read(editor):
    response = editor.post(
        "/admin/images/multiple/add/",
        data=b"--x\r\n",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=HUGE,
    )

    assert response.status_code == 413
    assert response.content.decode() == TOO_LARGE
    assert not get_image_model().objects.exists()


def test_an_anonymous_post_of_200_mb_gets_413(home_page):
    client = Client(raise_request_exception=False)

    response = client.post(
        "/pl/search/",
        data=b"q=x",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=HUGE,
    )

    assert response.status_code == 413
    assert "25 MB" in response.content.decode()


def test_a_body_within_the_limit_still_reaches_the_view(editor):
    response = editor.post(
        "/admin/images/multiple/add/", data=b"", content_type="multipart/form-data; boundary=x"
    )

    assert response.status_code != 413
