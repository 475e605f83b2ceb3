"""Snippets and settings that pages show purge those pages when they change."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from awards.factories import AwardFactory, AwardStoryPageFactory, ProjectFactory
from awards.models import ProjectParticipantGroup
from home.models import EUMarkingSettings, NetworkSettings
from tests.publishing import publish

pytestmark = pytest.mark.django_db

BASE = "http://localhost"
STORY_PL = f"{BASE}/pl/ops-marki/nagroda-2018/"
STORY_EN = f"{BASE}/en/ops-marki/nagroda-2018/"


def test_renaming_an_award_purges_the_stories_that_show_it_in_every_locale(
    network, purged, committed
):
    award = network["story"].award

    with committed(execute=True):
        award.name = "Nagroda specjalna Ministra Rodziny"
        award.save()

    assert {STORY_PL, STORY_EN} <= purged
    # …and the listings and feeds that show those stories.
    assert {f"{BASE}/pl/ops-marki/", f"{BASE}/en/ops-marki/", f"{BASE}/pl/nagrody/"} <= purged
    assert f"{BASE}/pl/feeds/awards/nagroda-specjalna-ministra.rss" in purged


def test_an_award_featured_on_the_network_home_purges_it(network, purged, committed):
    home = network["home"]
    featured = AwardFactory(name="Zawsze pomocni")
    home.featured_awards.create(award=featured)
    publish(home)
    purged.clear()

    with committed(execute=True):
        featured.description = "Wyróżnienie Marszałka."
        featured.save()

    assert f"{BASE}/pl/" in purged
    assert STORY_PL not in purged


def test_editing_a_project_purges_its_stories(network, purged, committed):
    story = network["story"]
    project = ProjectFactory(name="Aktywna integracja")
    story.projects.add(project)
    publish(story)
    purged.clear()

    with committed(execute=True):
        project.name = "Aktywna integracja w gminie Marki"
        project.save()

    assert {STORY_PL, STORY_EN} <= purged


def test_nothing_is_purged_for_what_no_live_page_shows(network, purged, committed):
    unused = AwardFactory(name="Nagroda bez historii")
    draft = AwardStoryPageFactory(
        parent=network["centre"],
        slug="szkic",
        award=AwardFactory(name="Tylko w szkicu"),
        live=False,
    )
    project = ProjectFactory()
    purged.clear()

    with committed(execute=True):
        unused.name = "Nagroda bez historii (2)"
        unused.save()
        draft.award.name = "Tylko w szkicu (2)"
        draft.award.save()
        project.name = "Projekt bez historii"
        project.save()

    assert purged == set()


def test_the_eu_marking_purges_only_stories_about_eu_funded_projects(network, purged, committed):
    story = network["story"]
    story.projects.add(ProjectFactory(programme_period="2007-2013"))
    publish(story)
    plain = publish(
        AwardStoryPageFactory(parent=network["centre"], slug="bez-projektu", award=story.award)
    )
    purged.clear()

    with committed(execute=True):
        EUMarkingSettings.load().save()

    assert {STORY_PL, STORY_EN} <= purged
    assert f"{BASE}/pl/ops-marki/{plain.slug}/" not in purged


def test_network_settings_ban_their_whole_site(network, purged, committed):
    settings = NetworkSettings.for_site(Site.objects.get(is_default_site=True))
    purged.clear()

    with committed(execute=True):
        settings.contact_phone = "+48 22 376 85 00"
        settings.save()

    assert purged == {f"site ban of {BASE}/"}


def test_an_awards_translation_purges_the_stories_that_show_it(network, purged, committed):
    english = Locale.objects.get(language_code="en")
    award_en = network["story"].award.copy_for_translation(english)
    award_en.name = "Minister's Special Award"
    award_en.save()
    story_en = network["story"].get_translation(english).specific
    story_en.award = award_en
    publish(story_en)
    purged.clear()

    with committed(execute=True):
        award_en.name = "Special Award of the Minister"
        award_en.save()

    assert STORY_EN in purged
    assert f"{BASE}/en/feeds/awards/nagroda-specjalna-ministra.rss" in purged


def test_a_reviewer_editing_participants_in_the_admin_purges_the_projects_stories(
    network, purged, committed, client, django_user_model
):
    story = network["story"]
    project = ProjectFactory(name="Aktywna integracja")
    group = ProjectParticipantGroup.objects.create(project=project, label="bezrobotni", count=32)
    story.projects.add(project)
    publish(story)
    purged.clear()
    reviewer = django_user_model.objects.create_superuser("reviewer", "r@example.com", "x")
    client.force_login(reviewer)
    form = {
        "name": project.name,
        "programme": project.programme,
        "priority": project.priority,
        "action": project.action,
        "sub_action": project.sub_action,
        "start_date": "2009-01-01",
        "participant_groups": inline_formset(
            [{"id": group.pk, "label": "bezrobotni", "count": 33}], initial=1
        ),
    }

    with committed(execute=True):
        response = client.post(
            reverse("wagtailsnippets_awards_project:edit", args=[project.pk]),
            nested_form_data(form),
        )

    assert response.status_code == 302
    assert ProjectParticipantGroup.objects.get(pk=group.pk).count == 33
    assert {STORY_PL, STORY_EN} <= purged
