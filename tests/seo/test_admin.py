"""Where the regional centre and the centres edit what the seo app shows."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from awards.roles import REVIEWERS
from home.factories import NetworkImageFactory
from home.models import EUMarkingSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewer(client, django_user_model):
    user = django_user_model.objects.create_user("recenzent", password="x")
    user.groups.add(Group.objects.get(name=REVIEWERS))
    client.force_login(user)
    return user


def test_a_reviewer_uploads_the_marking_logos_once(client, reviewer, network):
    url = reverse("wagtailsettings:edit", args=["home", "eumarkingsettings"])
    response = client.get(url, follow=True)
    assert response.status_code == 200
    assert 'name="logo_2021_2027"' in response.content.decode()
    emblem = NetworkImageFactory()
    response = client.post(response.redirect_chain[-1][0], {"eu_emblem": emblem.pk})
    assert response.status_code == 302
    assert EUMarkingSettings.load().eu_emblem == emblem


def test_the_centre_form_has_contact_and_social_profiles(client, reviewer, network):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[network["centre"].pk]))
    assert response.status_code == 200
    for field in ["bip_url", "facebook_url", "instagram_url", "youtube_url", "linkedin_url"]:
        assert f'name="{field}"' in response.content.decode(), field
