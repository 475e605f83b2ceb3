"""Polish, English and Ukrainian: addresses, switcher, alternates, translation through approval."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, TaskState
from wagtail_localize.models import StringSegment, Translation

from awards.factories import AwardStoryPageFactory, CentrePageFactory
from awards.models import AwardStoryPage, CentreWorkspace
from awards.roles import REVIEWERS
from tests.publishing import in_locale, publish, publish_marki_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(home_page, award_index):
    """A Polish story published in Polish and English; Ukrainian waits as a draft."""
    return publish_marki_story(home_page, award_index, chrome_languages=("en", "uk"))["story"]


def html(response):
    return response.content.decode()


def test_public_addresses_carry_the_language(client, story):
    assert story.url.startswith("/pl/")
    assert in_locale(story, "en").url.startswith("/en/")
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="uk,en;q=0.5")["Location"] == "/uk/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/pl/"


def test_a_bad_language_prefix_is_a_404(client, story):
    assert client.get("/de/", follow=True).status_code == 404
    assert client.get("/xx/ops-marki/", follow=True).status_code == 404


@pytest.mark.parametrize(
    ("code", "date"),
    [("pl", "21 listopada 2018"), ("en", "21 November 2018"), ("uk", "21 листопада 2018")],
)
def test_every_language_has_its_lang_attribute_and_date_format(client, story, code, date):
    centre = in_locale(story.get_parent(), code)

    page = html(client.get(centre.url))

    assert f'<html lang="{code}"' in page
    if code != "uk":  # the Ukrainian story is not published yet
        assert date in html(client.get(in_locale(story, code).url))


def test_switcher_links_translations_and_says_when_a_page_is_not_translated(client, story):
    page = html(client.get(story.url))
    switcher = page.split('class="language-switcher"')[1].split("</nav>")[0]

    assert f'href="{in_locale(story, "en").url}"' in switcher
    uk_home = in_locale(story.get_parent().get_parent(), "uk")
    assert f'href="{uk_home.url}"' in switcher
    assert "(ta strona nie jest jeszcze przetłumaczona: strona główna)" in switcher
    assert 'aria-current="true"' in switcher


def test_alternates_name_only_live_translations(client, story):
    page = html(client.get(story.url))

    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', page))
    assert alternates == {
        "pl": "http://localhost" + story.url,
        "x-default": "http://localhost" + story.url,
        "en": "http://localhost" + in_locale(story, "en").url,
    }
    assert f'<link rel="canonical" href="http://localhost{story.url}">' in page


def test_no_polish_text_under_another_language(client, story):
    uk_draft = in_locale(story, "uk")

    response = client.get(story.url.replace("/pl/", "/uk/", 1))

    assert not uk_draft.live
    assert response.status_code in (302, 404)
    if response.status_code == 302:
        assert response["Location"].startswith("/pl/")


def test_listings_show_only_the_visitors_language(client, story):
    english_index = in_locale(
        AwardStoryPage.objects.get(pk=story.pk).get_parent().get_parent(), "en"
    )
    index_url = english_index.get_children().live().get(slug__startswith="nagrody").url

    listed = client.get(index_url).context["stories"]

    assert [page.title for page in listed] == ["Minister's Special Award 2018"]


def test_a_new_polish_page_waits_in_every_other_language_as_a_draft(story):
    translations = {page.locale.language_code: page for page in story.get_translations()}

    assert set(translations) == {"en", "uk"}
    assert not translations["uk"].live


def editor_and_reviewer(django_user_model, centre):
    editor = django_user_model.objects.create_user("redaktor", "redaktor@example.com", "x")
    editor.groups.add(CentreWorkspace.objects.get(translation_key=centre.translation_key).editors)
    reviewer = django_user_model.objects.create_user("recenzent", "recenzent@example.com", "x")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))
    return editor, reviewer


def test_a_translation_goes_live_only_when_the_reviewer_approves_it(
    client, django_user_model, story
):
    editor, reviewer = editor_and_reviewer(django_user_model, story.get_parent())
    uk_story = in_locale(story, "uk")
    translation = Translation.objects.get(
        target_locale=uk_story.locale, source__object_id=story.translation_key
    )
    title_segment = StringSegment.objects.get(
        source=translation.source, string__data="Nagroda specjalna Ministra 2018"
    )
    client.force_login(editor)

    editor_view = client.get(reverse("wagtailadmin_pages:edit", args=[uk_story.pk]))
    saved = client.put(
        reverse(
            "wagtail_localize:edit_string_translation", args=[translation.pk, title_segment.pk]
        ),
        "value=Спеціальна+нагорода+Міністра+2018",
        content_type="application/x-www-form-urlencoded",
    )
    submitted = client.post(reverse("home_submit_translation", args=[uk_story.pk]))

    assert editor_view.status_code == 200
    assert saved.status_code in (200, 201)
    assert submitted.status_code == 302
    uk_story.refresh_from_db()
    assert not uk_story.live  # translating never publishes by itself
    assert uk_story.workflow_in_progress

    client.force_login(reviewer)
    task_state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    approved = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[uk_story.pk, "approve", task_state.pk]),
        {"comment": ""},
    )

    assert approved.status_code in (200, 302)
    uk_story.refresh_from_db()
    assert uk_story.live and uk_story.title == "Спеціальна нагорода Міністра 2018"
    assert "Спеціальна нагорода Міністра 2018" in html(client.get(uk_story.url))


def test_an_editor_cannot_submit_another_centres_translation(client, django_user_model, story):
    other = publish(CentrePageFactory(parent=story.get_parent().get_parent(), title="MOPS Jasło"))
    editor, _reviewer = editor_and_reviewer(django_user_model, other)
    client.force_login(editor)

    response = client.post(reverse("home_submit_translation", args=[in_locale(story, "uk").pk]))

    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert not in_locale(story, "uk").workflow_in_progress


def test_translators_export_and_import_a_po_file(client, django_user_model, story):
    editor, _reviewer = editor_and_reviewer(django_user_model, story.get_parent())
    uk_story = in_locale(story, "uk")
    translation = Translation.objects.get(
        target_locale=uk_story.locale, source__object_id=story.translation_key
    )
    client.force_login(editor)

    exported = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    po = exported.content.decode()
    assert 'msgid "Ośrodek otrzymał nagrodę."' in po
    po = po.replace(
        'msgid "Ośrodek otrzymał nagrodę."\nmsgstr ""',
        'msgid "Ośrodek otrzymał nagrodę."\nmsgstr "Центр отримав нагороду."',
    )
    from django.core.files.uploadedfile import SimpleUploadedFile

    imported = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {
            "file": SimpleUploadedFile(
                "uk.po", po.encode(), content_type="text/x-gettext-translation"
            ),
            "next": "/admin/",
        },
    )

    assert imported.status_code == 302
    translation.save_target(publish=False)
    assert in_locale(story, "uk").get_latest_revision_as_object().lead == "Центр отримав нагороду."
    assert not in_locale(story, "uk").live


def test_pages_published_under_untranslated_parents_never_go_live_elsewhere(home_page):
    """The copies made for translation are drafts, never live aliases of Polish pages."""
    centre = CentrePageFactory(parent=home_page, title="OPS Chocianów")  # no translations yet
    story = AwardStoryPageFactory(parent=centre)

    publish(story)

    others = Page.objects.exclude(locale__language_code="pl")
    assert {(page.locale.language_code, page.depth) for page in others} == {
        (code, depth) for code in ("en", "uk") for depth in (2, 3, 4)
    }
    assert not others.filter(live=True).exists()
    assert not others.filter(alias_of__isnull=False).exists()
