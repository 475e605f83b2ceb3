"""The reviewers' dashboard: every pending submission, oldest first, and publications by centre."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import WorkflowState

from awards.factories import AwardStoryPageFactory, CentrePageFactory
from awards.models import CentreWorkspace
from awards.roles import REVIEWERS

pytestmark = pytest.mark.django_db


def person(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.com", "x")
    user.groups.add(group)
    return user


def editors_of(centre):
    return CentreWorkspace.objects.get(translation_key=centre.translation_key).editors


def submit(page, user, title, when):
    page.title = title
    page.save_revision(user=user)
    state = page.get_workflow().start(page, user)
    WorkflowState.objects.filter(pk=state.pk).update(created_at=when)


@pytest.fixture
def submissions(django_user_model, home_page):
    domanice = CentrePageFactory(parent=home_page, title="GOPS Domanice")
    marki = CentrePageFactory(parent=home_page, title="OPS Marki")
    now = timezone.now()
    for centre, title, days_ago in [
        (domanice, "Nowa wersja: wolontariat", 1),
        (marki, "Nowa wersja: mieszkanie chronione", 3),
    ]:
        editor = person(django_user_model, f"redaktor-{centre.pk}", editors_of(centre))
        story = AwardStoryPageFactory(parent=centre)
        submit(story, editor, title, now - datetime.timedelta(days=days_ago))
    return domanice, marki


def test_reviewer_sees_every_pending_submission_oldest_first_with_its_centre(
    client, django_user_model, submissions
):
    reviewer = person(django_user_model, "recenzent", Group.objects.get(name=REVIEWERS))
    client.force_login(reviewer)

    response = client.get("/admin/")

    panel = (
        response.content.decode().split('id="pending-submissions-section"')[1].split("</table>")[0]
    )
    marki_at = panel.index("Nowa wersja: mieszkanie chronione")
    domanice_at = panel.index("Nowa wersja: wolontariat")
    assert marki_at < domanice_at  # submitted three days ago, before Domanice's
    assert panel.index("OPS Marki", marki_at) < domanice_at
    assert "GOPS Domanice" in panel[domanice_at:]


def test_reviewer_sees_when_each_centre_last_published(client, django_user_model, submissions):
    reviewer = person(django_user_model, "recenzent", Group.objects.get(name=REVIEWERS))
    domanice, _marki = submissions
    AwardStoryPageFactory(parent=domanice).save_revision().publish()
    client.force_login(reviewer)

    response = client.get("/admin/")

    panel = (
        response.content.decode().split('id="centre-publications-section"')[1].split("</table>")[0]
    )
    assert "GOPS Domanice" in panel
    assert "OPS Marki" not in panel  # nothing of Marki's went live through Wagtail yet


def test_centre_editor_has_no_network_panels(client, django_user_model, submissions):
    domanice, _marki = submissions
    editor = django_user_model.objects.get(groups=editors_of(domanice))
    client.force_login(editor)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert 'id="pending-submissions-section"' not in response.content.decode()
    assert "mieszkanie chronione" not in response.content.decode()
