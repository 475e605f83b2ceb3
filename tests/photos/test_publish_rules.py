"""No page goes live with a photo that lacks alt text or consent, whoever publishes it and how."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from awards.models import CentreWorkspace, GalleryPage
from home.factories import NetworkImageFactory
from home.publishing import PublishingRefused

from .conftest import consented_image, draft_gallery

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()
DAY = datetime.timedelta(days=1)


def add_gallery(client, centre, images):
    url = reverse("wagtailadmin_pages:add", args=["awards", "gallerypage", centre.pk])
    data = nested_form_data(
        {
            "comments": inline_formset([]),
            "title": "Gala 2014",
            "slug": "gala-2014",
            "intro": "Zdjęcia z gali.",
            "photos": inline_formset(
                [{"image": image.pk, "caption": "Gala", "credit": ""} for image in images]
            ),
        }
    )
    data["action-publish"] = "action-publish"
    return client.post(url, data, follow=True)


def shown_messages(response):
    return " ".join(str(message) for message in response.context["messages"])


def test_publishing_a_photo_without_alt_text_is_refused_naming_it(admin_client, centre):
    image = NetworkImageFactory(title="Gala: scena", description="")

    response = add_gallery(admin_client, centre, [image])

    text = response.content.decode()
    assert "Zdjęcia „Gala: scena” nie można opublikować" in text
    assert "nie ma tekstu alternatywnego" in text
    assert not GalleryPage.objects.filter(slug="gala-2014").exists()


def test_publishing_an_identifiable_person_without_consent_is_refused(admin_client, centre):
    image = NetworkImageFactory(title="Dzieci na wycieczce", nobody_identifiable=False)

    response = add_gallery(admin_client, centre, [image])

    text = response.content.decode()
    assert "Zdjęcia „Dzieci na wycieczce” nie można opublikować" in text
    assert "nie zapisano ich zgody" in text
    assert not GalleryPage.objects.filter(slug="gala-2014").exists()


def test_photo_with_valid_consent_is_published(admin_client, centre):
    response = add_gallery(admin_client, centre, [consented_image(title="Gala: dyplomy")])

    assert response.status_code == 200
    assert GalleryPage.objects.get(slug="gala-2014", locale__language_code="pl").live


CONSENT_PROBLEMS = {
    "withdrawn": ({"consent_withdrawn_on": TODAY}, "została wycofana"),
    "expired": ({"consent_valid_until": TODAY - DAY}, "wygasła"),
    "print only": ({"consent_scope": "print"}, "nie obejmuje tej strony"),
    "dated in the future": ({"consent_given_on": TODAY + DAY}, "datę z przyszłości"),
    "nobody named": ({"consent_given_by": ""}, "nie zapisano ich zgody"),
}


@pytest.mark.parametrize("case", CONSENT_PROBLEMS)
def test_every_way_of_publishing_refuses_a_photo_without_valid_consent(centre, case):
    """Scheduled publishing, bulk publishing and approvals all end in ``revision.publish()``."""
    fields, reason = CONSENT_PROBLEMS[case]
    gallery = draft_gallery(centre, [consented_image(title="Warsztaty", **fields)])

    with pytest.raises(PublishingRefused) as refusal:
        gallery.get_latest_revision().publish()

    assert "„Warsztaty”" in str(refusal.value) and reason in str(refusal.value)
    gallery.refresh_from_db()
    assert not gallery.live


def test_consent_that_ended_yesterday_but_not_today_matters(centre):
    gallery = draft_gallery(centre, [consented_image(consent_valid_until=TODAY)])

    gallery.get_latest_revision().publish()

    gallery.refresh_from_db()
    assert gallery.live


@pytest.fixture
def submitted_gallery(centre, django_user_model):
    editor = django_user_model.objects.create_user("redaktor", "e@example.com", "x")
    editor.groups.add(CentreWorkspace.objects.get(translation_key=centre.translation_key).editors)
    gallery = draft_gallery(
        centre, [NetworkImageFactory(title="Dzieci", nobody_identifiable=False)]
    )
    state = gallery.get_workflow().start(gallery, editor)
    return gallery, state


def test_reviewer_approval_is_refused_with_the_reason(client, reviewer, submitted_gallery):
    gallery, state = submitted_gallery
    client.force_login(reviewer)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[gallery.pk, "approve", state.current_task_state.pk],
    )

    response = client.post(url, {"comment": ""}, follow=True)

    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[gallery.pk])
    assert "Zdjęcia „Dzieci” nie można opublikować" in shown_messages(response)
    gallery.refresh_from_db()
    assert not gallery.live
    state.refresh_from_db()
    assert state.status == state.STATUS_IN_PROGRESS  # still waiting for a fixed version


def test_reviewer_approval_in_the_editor_is_refused_with_the_reason(
    client, reviewer, submitted_gallery
):
    gallery, _state = submitted_gallery
    client.force_login(reviewer)
    photo = gallery.photos.get()
    data = nested_form_data(
        {
            "comments": inline_formset([]),
            "title": gallery.title,
            "slug": gallery.slug,
            "intro": "",
            "photos": inline_formset(
                [{"id": photo.pk, "image": photo.image_id, "caption": "Gala", "credit": ""}]
            ),
        }
    )
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})

    response = client.post(reverse("wagtailadmin_pages:edit", args=[gallery.pk]), data)

    assert response.status_code == 200
    assert "Zdjęcia „Dzieci” nie można opublikować" in response.content.decode()
    gallery.refresh_from_db()
    assert not gallery.live


def test_bulk_publish_is_refused_with_the_reason(admin_client, centre):
    gallery = draft_gallery(centre, [NetworkImageFactory(title="Scena", description="")])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])

    response = admin_client.post(
        f"{url}?id={gallery.pk}&next=/admin/pages/{centre.pk}/", {}, follow=True
    )

    assert "Zdjęcia „Scena” nie można opublikować" in shown_messages(response)
    gallery.refresh_from_db()
    assert not gallery.live


def test_scheduled_publishing_skips_a_page_whose_consent_lapsed_and_publishes_the_rest(centre):
    """Approved for a go-live time that has now passed; one photo's consent ended meanwhile."""
    lapsed = consented_image(title="Wycieczka", consent_valid_until=TODAY - DAY)
    refused_gallery = draft_gallery(centre, [lapsed], title="Wycieczka")
    other_gallery = draft_gallery(centre, [consented_image(title="Dyplomy")], title="Dyplomy")
    for gallery in (refused_gallery, other_gallery):
        revision = gallery.get_latest_revision()
        revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
        revision.save()

    call_command("publish_scheduled", stdout=io.StringIO())

    refused_gallery.refresh_from_db()
    other_gallery.refresh_from_db()
    assert not refused_gallery.live
    assert refused_gallery.get_latest_revision().approved_go_live_at is None
    assert other_gallery.live


def test_translation_editor_publish_is_refused_in_the_translators_language(
    admin_client, superuser, centre
):
    image = consented_image(title="Wycieczka do Siedlec")
    gallery = draft_gallery(centre, [image])
    gallery.get_latest_revision().publish()
    image.consent_withdrawn_on = TODAY
    image.save()
    english = gallery.get_translation(Locale.objects.get(language_code="en"))
    assert Translation.objects.filter(
        source__object_id=gallery.translation_key, target_locale=english.locale, enabled=True
    ).exists()
    revisions = english.revisions.count()
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "uk"
    profile.save()

    edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    response = admin_client.post(edit_url, {"action": "publish"}, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain == [(edit_url, 302)]
    shown = [str(message) for message in response.context["messages"]]
    assert any("Фотографію «Wycieczka do Siedlec» не можна опублікувати" in m for m in shown)
    english.refresh_from_db()
    assert not english.live
    assert english.revisions.count() == revisions + 1  # the translation is kept as a draft
