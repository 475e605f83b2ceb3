"""One centre's editor, driving /admin/ over HTTP, can neither reach another centre nor publish.

Centre A's editor is a plain user (no staff flag, never a superuser) in A's
editors' group, exactly what ``awards.provisioning`` sets up. For centre B,
every admin route either refuses (Wagtail redirects to the dashboard with
"no permission") or leaves B's pages, images and documents out of what it
lists, and the database is the same afterwards. On A's own pages the editor
saves drafts and submits them to the "Regional approval" workflow, but no
route publishes: only a regional reviewer's approval does, a rejection leaves
the live page as it was, and every step is in Wagtail's audit log with who
and when. The last section checks that the guards added for this in
``awards.wagtail_hooks`` still let the reviewers (and A's editor, in A) work.
"""

import contextlib
import dataclasses
import datetime
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Locale,
    Page,
    PageLogEntry,
    PageViewRestriction,
    Revision,
    Site,
    TaskState,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_factories import DocumentFactory
from wagtail_localize.models import Translation, TranslationSource

from awards.factories import CentrePageFactory
from awards.models import CentreWorkspace
from awards.roles import REVIEW_TASK, REVIEWERS
from home.factories import NetworkHomePageFactory, NetworkImageFactory, StandardPageFactory
from home.models import StandardPage

pytestmark = pytest.mark.django_db

# Wagtail's answer to a PermissionDenied in the admin: back to the dashboard with this message.
NO_PERMISSION = "Przepraszamy, ale nie posiadasz uprawnień dostępu do tego miejsca."


# --- Two centres, each with a live page, a draft and a change waiting for approval ---


@dataclasses.dataclass
class Centre:
    page: Page
    workspace: CentreWorkspace
    editor: object
    live: StandardPage  # published, nothing pending
    draft: StandardPage  # never published
    moderated: StandardPage  # published; a newer title waits in "Regional approval"
    task_state: TaskState  # the reviewers' task for that change
    image: object
    document: object

    @property
    def pending(self):
        """The change waiting for approval, as the reviewers see it."""
        return self.moderated.latest_revision.as_object()

    @property
    def name(self):
        return self.page.title

    @property
    def draft_titles(self):
        """What only the centre's own editors and the reviewers may see."""
        return [self.draft.title, self.moderated.draft_title]

    @property
    def live_titles(self):
        return [self.live.title, self.moderated.title]

    def english(self):
        """The live page in English: a draft translation, made with wagtail-localize."""
        english = Locale.objects.get_or_create(language_code="en")[0]
        page = self.live.get_translation_or_none(english)
        if page is None:  # unless publishing has already offered it for translation
            source, _created = TranslationSource.get_or_create_from_instance(self.live)
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=english, defaults={"enabled": True}
            )
            translation.save_target(publish=False)
            page = self.live.get_translation(english)
        return page.specific


def build_centre(home, name, slug, reviewer):
    centre = CentrePageFactory(parent=home, title=name, slug=slug)
    workspace = CentreWorkspace.objects.get(translation_key=centre.translation_key)
    editor = get_user_model().objects.create_user(f"edytor-{slug}", f"{slug}@example.com", "x")
    editor.groups.add(workspace.editors)

    def page(title, suffix):
        return StandardPageFactory(
            parent=centre,
            title=f"{name}: {title}",
            slug=f"{slug}-{suffix}",
            intro=f"{name}: {title}, wstęp.",
            live=False,
            owner=editor,
        )

    live = page("o nas", "o-nas")
    live.save_revision(user=editor).publish(user=reviewer)
    draft = page("szkic", "szkic")
    draft.save_revision(user=editor)
    moderated = page("kontakt", "kontakt")
    moderated.save_revision(user=editor).publish(user=reviewer)
    moderated.refresh_from_db()
    moderated.title = f"{name}: kontakt (zmiany)"
    moderated.intro = "Nowy numer telefonu, jeszcze nie zatwierdzony."
    moderated.save_revision(user=editor)
    workflow_state = moderated.get_workflow().start(moderated, editor)

    return Centre(
        page=centre,
        workspace=workspace,
        editor=editor,
        live=reload(live),
        draft=reload(draft),
        moderated=reload(moderated),
        task_state=workflow_state.current_task_state,
        image=NetworkImageFactory(collection=workspace.collection, title=f"{name}: zdjęcie"),
        document=DocumentFactory(
            collection=workspace.collection,
            title=f"{name}: sprawozdanie",
            file__filename=f"{slug}-sprawozdanie.txt",
        ),
    )


def reload(page):
    return Page.objects.get(pk=page.pk).specific


@dataclasses.dataclass
class Network:
    home: Page
    reviewer: object
    a: Centre
    b: Centre


def build_network():
    """The Polish network home as the default Site (like ``home_page``), a reviewer, A and B."""
    Locale.objects.get_or_create(language_code="pl")
    Site.objects.all().delete()
    Page.get_first_root_node().get_children().delete()
    home = NetworkHomePageFactory(parent=Page.get_first_root_node(), slug="zawsze-pomocni")
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    reviewer = get_user_model().objects.create_user("mcps", "mcps@example.com", "x")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))
    return Network(
        home=home,
        reviewer=reviewer,
        a=build_centre(home, "GOPS Domanice", "domanice", reviewer),
        b=build_centre(home, "MOPS Siedlce", "siedlce", reviewer),
    )


@pytest.fixture(scope="module")
def network(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once for the module, inside a transaction rolled back at its end.

    Each test runs in a savepoint within it (pytest-django's ``django_db``), so
    every test starts from exactly this network.
    """
    media_root = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media_root),
        transaction.atomic(),
    ):
        yield build_network()
        transaction.set_rollback(True)


@pytest.fixture
def network_home(network):
    return network.home


@pytest.fixture
def reviewer(network):
    return network.reviewer


@pytest.fixture
def centre_a(network):
    return network.a


@pytest.fixture
def centre_b(network):
    return network.b


@pytest.fixture
def editor(centre_a, centre_b):
    """A's editor, logged in, with B in the same network."""
    client = Client()
    client.force_login(centre_a.editor)
    return client


@pytest.fixture
def reviewer_client(reviewer):
    client = Client()
    client.force_login(reviewer)
    return client


# --- Helpers ---


def database_state():
    """Everything anyone could notice change: tree, live/draft state, workflows, locks, media."""
    return {
        "pages": list(
            Page.objects.order_by("path").values(
                "pk",
                "path",
                "url_path",
                "title",
                "draft_title",
                "slug",
                "live",
                "has_unpublished_changes",
                "live_revision_id",
                "latest_revision_id",
                "locked",
                "locked_by_id",
                "go_live_at",
                "expire_at",
                "alias_of_id",
                "owner_id",
            )
        ),
        "revisions": list(Revision.objects.order_by("pk").values_list("pk", "approved_go_live_at")),
        "workflows": list(WorkflowState.objects.order_by("pk").values_list("pk", "status")),
        "tasks": list(TaskState.objects.order_by("pk").values_list("pk", "status", "comment")),
        "privacy": list(PageViewRestriction.objects.values_list("page_id", "restriction_type")),
        "log": PageLogEntry.objects.count(),
        "images": list(
            get_image_model().objects.order_by("pk").values_list("pk", "title", "collection_id")
        ),
        "documents": list(
            get_document_model().objects.order_by("pk").values_list("pk", "title", "collection_id")
        ),
    }


@contextlib.contextmanager
def nothing_changes():
    before = database_state()
    yield
    assert database_state() == before


def assert_refused(response):
    """Followed to the end: Wagtail's dashboard with its "no permission" message."""
    assert response.redirect_chain, "expected a redirect away"
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert NO_PERMISSION in text(response)


def text(response):
    """What the browser shows: the page, or a modal's HTML and data (JSON, not \\u-escaped)."""
    if response.get("Content-Type", "").startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode()


def assert_absent(response, titles):
    body = text(response)
    shown = [title for title in titles if title in body]
    assert not shown, f"shown to another centre's editor: {shown}"


def page_form(page, action=None, **fields):
    """A StandardPage's edit form as the editor submits it."""
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "seo_title": "",
            "search_description": "",
            "intro": page.intro,
            "body": streamfield([]),
            "comments": inline_formset([]),
            **fields,
        }
    )
    if action:
        data[f"action-{action}"] = f"action-{action}"
    return data


def bulk_url(action, *pages, **params):
    """A page bulk action on ``pages`` (or "all", with ``childOf``), as the explorer links it."""
    ids = [page if page == "all" else page.pk for page in pages]
    query = "&".join([f"id={pk}" for pk in ids] + [f"{k}={v}" for k, v in params.items()])
    return reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + "?" + query


def workflow_action_url(centre, action):
    return reverse(
        "wagtailadmin_pages:workflow_action",
        args=[centre.moderated.pk, action, centre.task_state.pk],
    )


def log_actions(page, since=0):
    return list(
        PageLogEntry.objects.filter(page=page, pk__gt=since)
        .order_by("pk")
        .values_list("action", "user__username")
    )


# --- Another centre's pages: every admin route refuses ---

REFUSED_PAGE_ROUTES = {
    "edit live page": lambda a, b: reverse("wagtailadmin_pages:edit", args=[b.live.pk]),
    "edit draft": lambda a, b: reverse("wagtailadmin_pages:edit", args=[b.draft.pk]),
    "edit page in moderation": lambda a, b: reverse(
        "wagtailadmin_pages:edit", args=[b.moderated.pk]
    ),
    "view draft": lambda a, b: reverse("wagtailadmin_pages:view_draft", args=[b.draft.pk]),
    "view pending change": lambda a, b: reverse(
        "wagtailadmin_pages:view_draft", args=[b.moderated.pk]
    ),
    "preview on edit": lambda a, b: reverse(
        "wagtailadmin_pages:preview_on_edit", args=[b.draft.pk]
    ),
    "preview on add": lambda a, b: reverse(
        "wagtailadmin_pages:preview_on_add", args=["home", "standardpage", b.page.pk]
    ),
    "add child": lambda a, b: reverse(
        "wagtailadmin_pages:add", args=["home", "standardpage", b.page.pk]
    ),
    "add subpage (choose type)": lambda a, b: reverse(
        "wagtailadmin_pages:add_subpage", args=[b.page.pk]
    ),
    "history": lambda a, b: reverse("wagtailadmin_pages:history", args=[b.moderated.pk]),
    "history results": lambda a, b: reverse(
        "wagtailadmin_pages:history_results", args=[b.moderated.pk]
    ),
    "revisions listing": lambda a, b: reverse(
        "wagtailadmin_pages:revisions_index", args=[b.moderated.pk]
    ),
    "revision view": lambda a, b: reverse(
        "wagtailadmin_pages:revisions_view", args=[b.moderated.pk, b.moderated.latest_revision_id]
    ),
    "revisions compare": lambda a, b: reverse(
        "wagtailadmin_pages:revisions_compare", args=[b.moderated.pk, "live", "latest"]
    ),
    "revision revert": lambda a, b: reverse(
        "wagtailadmin_pages:revisions_revert", args=[b.live.pk, b.live.live_revision_id]
    ),
    "revision unschedule": lambda a, b: reverse(
        "wagtailadmin_pages:revisions_unschedule", args=[b.live.pk, b.live.live_revision_id]
    ),
    "workflow history": lambda a, b: reverse(
        "wagtailadmin_pages:workflow_history", args=[b.moderated.pk]
    ),
    "workflow history detail": lambda a, b: reverse(
        "wagtailadmin_pages:workflow_history_detail",
        args=[b.moderated.pk, b.task_state.workflow_state_id],
    ),
    "workflow task preview": lambda a, b: reverse(
        "wagtailadmin_pages:workflow_preview", args=[b.moderated.pk, b.task_state.task_id]
    ),
    "workflow approve": lambda a, b: workflow_action_url(b, "approve"),
    "workflow reject": lambda a, b: workflow_action_url(b, "reject"),
    "workflow collect action data": lambda a, b: reverse(
        "wagtailadmin_pages:collect_workflow_action_data",
        args=[b.moderated.pk, "reject", b.task_state.pk],
    ),
    "move (choose destination)": lambda a, b: reverse("wagtailadmin_pages:move", args=[b.draft.pk]),
    "move B's page into A (confirm)": lambda a, b: reverse(
        "wagtailadmin_pages:move_confirm", args=[b.draft.pk, a.page.pk]
    ),
    "move A's page into B (confirm)": lambda a, b: reverse(
        "wagtailadmin_pages:move_confirm", args=[a.draft.pk, b.page.pk]
    ),
    "copy": lambda a, b: reverse("wagtailadmin_pages:copy", args=[b.live.pk]),
    "delete": lambda a, b: reverse("wagtailadmin_pages:delete", args=[b.draft.pk]),
    "unpublish": lambda a, b: reverse("wagtailadmin_pages:unpublish", args=[b.live.pk]),
    "privacy": lambda a, b: reverse("wagtailadmin_pages:set_privacy", args=[b.live.pk]),
    "usage": lambda a, b: reverse("wagtailadmin_pages:usage", args=[b.draft.pk]),
    "translate": lambda a, b: reverse("wagtail_localize:submit_page_translation", args=[b.live.pk]),
    "edit the English translation": lambda a, b: reverse(
        "wagtailadmin_pages:edit", args=[b.english().pk]
    ),
    "convert the translation to an alias": lambda a, b: reverse(
        "wagtail_localize:convert_to_alias", args=[b.english().pk]
    ),
    "submit the translation for approval": lambda a, b: reverse(
        "home_submit_translation", args=[b.english().pk]
    ),
}


@pytest.mark.parametrize("route", REFUSED_PAGE_ROUTES.values(), ids=REFUSED_PAGE_ROUTES.keys())
def test_every_page_route_into_another_centre_is_refused(editor, centre_a, centre_b, route):
    url = route(centre_a, centre_b)  # (creates B's translation first, where needed)

    with nothing_changes():
        response = editor.get(url, follow=True)

    assert_refused(response)
    assert_absent(response, centre_b.draft_titles)


def test_explorer_lists_only_the_editors_own_pages(editor, centre_a, centre_b, network_home):
    """Wagtail lets an editor browse down to the pages they work on and lists only those.

    A's translations (English, Ukrainian) give A's editors the same rights as
    A, so the explorer starts at the tree root rather than at A; it still
    lists nothing of B's, and offers no action on B.
    """
    root = editor.get(reverse("wagtailadmin_explore_root"))
    home = editor.get(reverse("wagtailadmin_explore", args=[network_home.pk]))
    inside_b = [
        editor.get(reverse("wagtailadmin_explore", args=[centre_b.page.pk])),
        editor.get(reverse("wagtailadmin_explore_results", args=[centre_b.page.pk])),
    ]
    own = editor.get(reverse("wagtailadmin_explore", args=[centre_a.page.pk]))

    assert root.status_code == home.status_code == own.status_code == 200
    assert network_home.title in text(root)
    assert centre_a.name in text(home)
    assert_absent(home, [centre_b.name])
    for response in inside_b:
        assert response.status_code == 200
        assert_absent(response, [*centre_b.live_titles, *centre_b.draft_titles])
        for action in ("edit", "add_subpage", "move", "delete"):
            page = centre_b.page if action == "add_subpage" else centre_b.live
            assert reverse(f"wagtailadmin_pages:{action}", args=[page.pk]) not in text(response)
    for title in [centre_a.live.title, centre_a.draft.title, centre_a.moderated.draft_title]:
        assert title in text(own)


def test_explorer_menu_api_lists_only_the_editors_tree(editor, centre_a, centre_b, network_home):
    api = "/admin/api/main/pages/"

    under_home = editor.get(api, {"child_of": network_home.pk, "for_explorer": 1}).json()
    under_b = editor.get(api, {"child_of": centre_b.page.pk})
    b_draft = editor.get(f"{api}{centre_b.draft.pk}/", follow=True)

    assert [item["id"] for item in under_home["items"]] == [centre_a.page.pk]
    assert under_b.status_code == 400  # "parent page does not exist" for this user
    assert b_draft.status_code == 404


@pytest.mark.parametrize("query", ["Siedlce", "kontakt", "szkic"])
def test_admin_page_search_finds_only_the_editors_tree(editor, centre_a, centre_b, query):
    for name in ("wagtailadmin_pages:search", "wagtailadmin_pages:search_results"):
        response = editor.get(reverse(name), {"q": query})

        assert response.status_code == 200
        assert_absent(response, [centre_b.name, *centre_b.live_titles, *centre_b.draft_titles])
    if query == "kontakt":
        assert centre_a.moderated.draft_title in text(response)


HIDING_LISTINGS = {
    "dashboard": lambda: reverse("wagtailadmin_home"),
    "pages of a type": lambda: reverse(
        "wagtailadmin_pages:type_use", args=["home", "standardpage"]
    ),
    "workflow report": lambda: reverse("wagtailadmin_reports:workflow"),
    "workflow tasks report": lambda: reverse("wagtailadmin_reports:workflow_tasks"),
    "site history": lambda: reverse("wagtailadmin_reports:site_history"),
    "aging pages": lambda: reverse("wagtailadmin_reports:aging_pages"),
}


@pytest.mark.parametrize("url", HIDING_LISTINGS.values(), ids=HIDING_LISTINGS.keys())
def test_reports_and_listings_leave_the_other_centre_out(editor, centre_b, url):
    response = editor.get(url())

    assert response.status_code == 200
    assert_absent(response, [*centre_b.live_titles, *centre_b.draft_titles])


# --- The page chooser: other centres' live pages may be linked, their drafts never shown ---


def test_page_chooser_offers_other_centres_live_pages_but_not_their_drafts(
    editor, centre_a, centre_b, network_home
):
    network = editor.get(reverse("wagtailadmin_choose_page_child", args=[network_home.pk]))
    inside_b = editor.get(reverse("wagtailadmin_choose_page_child", args=[centre_b.page.pk]))
    inside_a = editor.get(reverse("wagtailadmin_choose_page_child", args=[centre_a.page.pk]))

    assert editor.get(reverse("wagtailadmin_choose_page")).status_code == 200
    # Linking to another centre's published page is what a network is for: the
    # visitor can reach it anyway, so the chooser shows it.
    assert centre_b.name in text(network)
    b_listing = text(inside_b)
    assert centre_b.live.title in b_listing
    assert centre_b.draft.title not in b_listing
    # B's live page with a change in moderation stays linkable. Wagtail names
    # every page in the admin by its latest title (``get_admin_display_title``),
    # so the pending title shows here; its content does not, and the link goes
    # to the live page. No hook changes how the chooser names a page.
    assert centre_b.moderated.draft_title in b_listing
    assert centre_b.pending.intro not in b_listing
    # In A's own tree the editor picks drafts too.
    assert centre_a.draft.title in text(inside_a)


@pytest.mark.parametrize("query", ["Siedlce", "szkic", "kontakt"])
def test_page_chooser_search_never_finds_another_centres_draft(editor, centre_a, centre_b, query):
    response = editor.get(reverse("wagtailadmin_choose_page_search"), {"q": query})

    assert response.status_code == 200
    assert centre_b.draft.title not in text(response)
    if query == "szkic":
        assert centre_a.draft.title in text(response)
    if query == "Siedlce":
        assert centre_b.live.title in text(response)


def test_page_chooser_chosen_view_does_not_name_another_centres_draft(editor, centre_a, centre_b):
    url = reverse("wagtailadmin_choose_page_chosen_multiple")

    response = editor.get(url, {"id": [centre_b.draft.pk]})
    allowed = editor.get(url, {"id": [centre_a.draft.pk, centre_b.live.pk]})

    assert_absent(response, [centre_b.draft.title])
    assert centre_a.draft.title in text(allowed) and centre_b.live.title in text(allowed)


# --- Bulk actions with another centre's ids: nothing named, nothing done ---

BULK_ACTIONS = ["publish", "unpublish", "delete", "move"]


@pytest.mark.parametrize("selection", ["by id", "all children"])
@pytest.mark.parametrize("action", BULK_ACTIONS)
def test_bulk_action_confirmation_does_not_name_another_centres_pages(
    editor, centre_b, action, selection
):
    if selection == "by id":
        url = bulk_url(action, centre_b.live, centre_b.draft, centre_b.moderated)
    else:
        url = bulk_url(action, "all", childOf=centre_b.page.pk)

    with nothing_changes():
        response = editor.get(url)

    # Fixed in awards.wagtail_hooks: Wagtail listed them as "no permission", by draft title.
    assert response.status_code == 200
    assert_absent(response, [*centre_b.draft_titles, *centre_b.live_titles])


@pytest.mark.parametrize("action", BULK_ACTIONS)
def test_bulk_action_on_another_centres_pages_changes_nothing(editor, centre_a, centre_b, action):
    data = {"chooser": centre_a.page.pk} if action == "move" else {}

    with nothing_changes():
        response = editor.post(
            bulk_url(action, centre_b.live, centre_b.draft, centre_b.moderated), data
        )

    assert response.status_code in (200, 302)


def test_bulk_move_of_own_draft_into_another_centre_changes_nothing(editor, centre_a, centre_b):
    with nothing_changes():
        response = editor.post(bulk_url("move", centre_a.draft), {"chooser": centre_b.page.pk})

    assert response.status_code == 200  # the confirmation again, listing the refused page


# --- Writing to another centre: refused, and the database is unchanged ---

REFUSED_PAGE_POSTS = {
    "edit and publish": lambda a, b: (
        reverse("wagtailadmin_pages:edit", args=[b.live.pk]),
        page_form(b.live, "publish", title="Przejęta strona"),
    ),
    "edit a draft": lambda a, b: (
        reverse("wagtailadmin_pages:edit", args=[b.draft.pk]),
        page_form(b.draft, title="Przejęty szkic"),
    ),
    "edit and approve the change in moderation": lambda a, b: (
        reverse("wagtailadmin_pages:edit", args=[b.moderated.pk]),
        {
            **page_form(b.moderated, "workflow-action"),
            "workflow-action-name": "approve",
        },
    ),
    "add a child and publish": lambda a, b: (
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", b.page.pk]),
        page_form(StandardPage(title="Podrzutek", slug="podrzutek", intro=""), "publish"),
    ),
    "preview a changed draft": lambda a, b: (
        reverse("wagtailadmin_pages:preview_on_edit", args=[b.draft.pk]),
        page_form(b.draft, title="Podgląd"),
    ),
    "delete": lambda a, b: (reverse("wagtailadmin_pages:delete", args=[b.draft.pk]), {}),
    "unpublish": lambda a, b: (
        reverse("wagtailadmin_pages:unpublish", args=[b.live.pk]),
        {"include_descendants": "on"},
    ),
    "move B's page into A": lambda a, b: (
        reverse("wagtailadmin_pages:move_confirm", args=[b.draft.pk, a.page.pk]),
        {},
    ),
    "move A's draft into B": lambda a, b: (
        reverse("wagtailadmin_pages:move_confirm", args=[a.draft.pk, b.page.pk]),
        {},
    ),
    "copy B's page into A": lambda a, b: (
        reverse("wagtailadmin_pages:copy", args=[b.live.pk]),
        {"new_title": "Kopia", "new_slug": "kopia", "new_parent_page": a.page.pk},
    ),
    "lock": lambda a, b: (reverse("wagtailadmin_pages:lock", args=[b.live.pk]), {}),
    "privacy": lambda a, b: (
        reverse("wagtailadmin_pages:set_privacy", args=[b.live.pk]),
        {"restriction_type": "login"},
    ),
    "reorder": lambda a, b: (
        reverse("wagtailadmin_pages:set_page_position", args=[b.live.pk]) + "?position=0",
        {},
    ),
    "revert to a revision and publish": lambda a, b: (
        reverse("wagtailadmin_pages:revisions_revert", args=[b.live.pk, b.live.live_revision_id]),
        page_form(b.live, "publish"),
    ),
    "publish the English translation": lambda a, b: (
        reverse("wagtailadmin_pages:edit", args=[b.english().pk]),
        {"action": "publish"},
    ),
    "convert the translation to a live alias": lambda a, b: (
        reverse("wagtail_localize:convert_to_alias", args=[b.english().pk]),
        {},
    ),
    "submit the translation for approval": lambda a, b: (
        reverse("home_submit_translation", args=[b.english().pk]),
        {},
    ),
    "approve": lambda a, b: (workflow_action_url(b, "approve"), {"comment": ""}),
    "reject": lambda a, b: (workflow_action_url(b, "reject"), {"comment": "Nie."}),
}


@pytest.mark.parametrize("route", REFUSED_PAGE_POSTS.values(), ids=REFUSED_PAGE_POSTS.keys())
def test_every_write_into_another_centre_is_refused(editor, centre_a, centre_b, route):
    url, data = route(centre_a, centre_b)  # (creates B's translation first, where needed)

    with nothing_changes():
        response = editor.post(url, data, follow=True)

    assert_refused(response)


def test_copy_of_own_page_into_another_centre_is_refused(editor, centre_a, centre_b):
    url = reverse("wagtailadmin_pages:copy", args=[centre_a.live.pk])
    data = {"new_title": "Kopia", "new_slug": "kopia", "new_parent_page": centre_b.page.pk}

    with nothing_changes():
        response = editor.post(url, data)

    assert response.status_code == 200
    assert response.context["form"].errors["new_parent_page"]


def test_editor_cannot_unlock_another_centres_page(editor, centre_b, reviewer):
    Page.objects.filter(pk=centre_b.live.pk).update(locked=True, locked_by=reviewer)

    with nothing_changes():
        response = editor.post(
            reverse("wagtailadmin_pages:unlock", args=[centre_b.live.pk]), follow=True
        )

    assert_refused(response)


@pytest.mark.parametrize("action", ["publish", "unpublish", "delete", "move", "copy"])
def test_admin_api_actions_do_not_reach_another_centre(editor, centre_a, centre_b, action):
    url = f"/admin/api/main/pages/{centre_b.live.pk}/action/{action}/"
    payload = {"destination_page_id": centre_a.page.pk}

    with nothing_changes():
        response = editor.post(
            url, json.dumps(payload), content_type="application/json", follow=True
        )

    # B's page is not in the API's queryset for this user: 404 (which LocaleMiddleware
    # first redirects to /pl/admin/…, itself a 404).
    assert response.status_code == 404


# --- Images and documents of another centre ---

MEDIA = {
    "images": {
        "index": "wagtailimages:index",
        "edit": "wagtailimages:edit",
        "delete": "wagtailimages:delete",
        "usage": "wagtailimages:image_usage",
        "chooser": "wagtailimages_chooser:choose",
        "chooser_results": "wagtailimages_chooser:choose_results",
        "chosen": "wagtailimages_chooser:chosen",
        "item": lambda centre: centre.image,
    },
    "documents": {
        "index": "wagtaildocs:index",
        "edit": "wagtaildocs:edit",
        "delete": "wagtaildocs:delete",
        "usage": "wagtaildocs:document_usage",
        "chooser": "wagtaildocs_chooser:choose",
        "chooser_results": "wagtaildocs_chooser:choose_results",
        "chosen": "wagtaildocs_chooser:chosen",
        "item": lambda centre: centre.document,
    },
}


@pytest.mark.parametrize("kind", MEDIA)
def test_media_listings_and_choosers_show_only_the_editors_collection(
    editor, centre_a, centre_b, kind
):
    routes = MEDIA[kind]
    own, other = routes["item"](centre_a), routes["item"](centre_b)

    for name in ("index", "chooser", "chooser_results"):
        for query in ({}, {"q": "Siedlce"}, {"q": other.title.split(": ")[1]}):
            response = editor.get(reverse(routes[name]), query)
            assert response.status_code == 200
            assert other.title not in text(response), (name, query)
        assert own.title in text(editor.get(reverse(routes[name])))


@pytest.mark.parametrize("action", ["edit", "delete", "usage", "chosen"])
@pytest.mark.parametrize("kind", MEDIA)
def test_media_of_another_centre_cannot_be_opened(editor, centre_b, kind, action):
    routes = MEDIA[kind]
    other = routes["item"](centre_b)

    with nothing_changes():
        response = editor.get(reverse(routes[action], args=[other.pk]), follow=True)

    assert_refused(response)
    assert other.title not in text(response)


@pytest.mark.parametrize("kind", MEDIA)
def test_media_of_another_centre_cannot_be_changed_or_deleted(editor, centre_b, kind):
    routes = MEDIA[kind]
    other = routes["item"](centre_b)

    with nothing_changes():
        edited = editor.post(
            reverse(routes["edit"], args=[other.pk]), {"title": "Przejęte"}, follow=True
        )
        deleted = editor.post(reverse(routes["delete"], args=[other.pk]), follow=True)

    assert_refused(edited)
    assert_refused(deleted)


def upload(kind, name):
    if kind == "images":
        return SimpleUploadedFile(f"{name}.png", get_test_image_file().file.getvalue())
    return SimpleUploadedFile(f"{name}.txt", "Sprawozdanie z przejęcia.".encode())


@pytest.mark.parametrize("kind", MEDIA)
def test_media_cannot_be_uploaded_or_moved_into_another_centres_collection(
    editor, centre_a, centre_b, kind
):
    model = get_image_model() if kind == "images" else get_document_model()
    add = "wagtailimages:add" if kind == "images" else "wagtaildocs:add"
    own = MEDIA[kind]["item"](centre_a)
    a_collection, b_collection = centre_a.workspace.collection, centre_b.workspace.collection

    uploaded = editor.post(
        reverse(add),
        {"title": "Podrzutek", "file": upload(kind, "podrzutek"), "collection": b_collection.pk},
    )
    edited = editor.post(
        reverse(MEDIA[kind]["edit"], args=[own.pk]),
        {"title": own.title, "collection": b_collection.pk, "tags": "", "description": ""},
    )

    # With one collection to work in, Wagtail hides the field and files everything there.
    assert uploaded.status_code == edited.status_code == 302
    assert model.objects.get(title="Podrzutek").collection_id == a_collection.pk
    own.refresh_from_db()
    assert own.collection_id == a_collection.pk
    assert list(model.objects.filter(collection=b_collection)) == [MEDIA[kind]["item"](centre_b)]


# --- Publishing: no route lets A's editor publish A's own pages ---


def assert_not_published(page, before):
    """The live page is exactly what it was: same live revision, title and content."""
    page = reload(page)
    assert page.live == before.live
    assert page.live_revision_id == before.live_revision_id
    assert (page.title, page.slug, page.intro) == (before.title, before.slug, before.intro)
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    assert not PageLogEntry.objects.filter(
        page=page, action="wagtail.publish", user__groups__name__endswith=": editors"
    ).exists()
    return page


def test_publish_button_on_the_edit_form_only_saves_a_draft(editor, centre_a):
    page = centre_a.live
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    response = editor.post(url, page_form(page, "publish", title="O nas — nowa wersja"))

    assert response.status_code == 302
    page = assert_not_published(page, centre_a.live)
    assert page.draft_title == "O nas — nowa wersja"
    assert page.has_unpublished_changes
    assert page.latest_revision.as_object().title == "O nas — nowa wersja"


def test_a_new_page_saved_with_publish_stays_a_draft(editor, centre_a):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", centre_a.page.pk])
    new = StandardPage(title="Nowa strona", slug="domanice-nowa", intro="")

    response = editor.post(url, page_form(new, "publish"))

    assert response.status_code == 302
    page = StandardPage.objects.get(slug="domanice-nowa")
    assert not page.live and page.live_revision is None
    assert page.get_parent().pk == centre_a.page.pk


def test_bulk_publish_of_own_pages_publishes_nothing(editor, centre_a):
    with nothing_changes():
        response = editor.post(
            bulk_url("publish", centre_a.draft, centre_a.live), {"include_descendants": "on"}
        )

    assert response.status_code == 302


def test_copy_with_publish_copies_makes_an_unpublished_copy(editor, centre_a):
    url = reverse("wagtailadmin_pages:copy", args=[centre_a.live.pk])
    data = {
        "new_title": "O nas (kopia)",
        "new_slug": "domanice-o-nas-kopia",
        "new_parent_page": centre_a.page.pk,
        "publish_copies": "on",
        "alias": "on",
    }

    response = editor.post(url, data)

    assert response.status_code == 302
    copy = Page.objects.get(slug="domanice-o-nas-kopia")
    assert not copy.live and copy.alias_of_id is None and copy.live_revision_id is None
    assert_not_published(centre_a.live, centre_a.live)


def test_a_go_live_date_set_by_the_editor_schedules_nothing(editor, centre_a):
    page = centre_a.draft
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    past = (timezone.localtime() - datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")

    response = editor.post(url, page_form(page, "publish", go_live_at=past))
    call_command("publish_scheduled")

    assert response.status_code == 302
    page = assert_not_published(page, centre_a.draft)
    assert page.latest_revision.as_object().go_live_at is not None  # kept in the draft only


def test_cancelling_the_workflow_and_publishing_leaves_the_live_page(editor, centre_a):
    page = centre_a.moderated
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = {**page_form(page, "publish", title="Kontakt — bez akceptacji")}
    data["action-cancel-workflow"] = "action-cancel-workflow"

    # The page is locked while in moderation: this only withdraws the submission.
    editor.post(url, data)
    # Now unlocked, the same publish only saves another draft.
    editor.post(url, page_form(page, "publish", title="Kontakt — bez akceptacji"))

    workflow_state = WorkflowState.objects.get(pk=centre_a.task_state.workflow_state_id)
    assert workflow_state.status == WorkflowState.STATUS_CANCELLED
    page = assert_not_published(page, centre_a.moderated)
    assert page.draft_title == "Kontakt — bez akceptacji"


def test_reverting_to_an_old_revision_and_publishing_only_saves_a_draft(editor, centre_a, reviewer):
    page = reload(centre_a.live)
    first_revision = page.live_revision
    page.title = "O nas (2025)"
    page.save_revision(user=reviewer).publish(user=reviewer)
    before = reload(page)
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first_revision.pk])

    response = editor.post(url, page_form(first_revision.as_object(), "publish"))

    assert response.status_code == 302
    page = assert_not_published(page, before)
    assert page.title == "O nas (2025)"
    assert page.draft_title == first_revision.as_object().title == centre_a.live.title


def test_admin_api_publish_is_refused_on_own_pages(editor, centre_a):
    url = f"/admin/api/main/pages/{centre_a.draft.pk}/action/publish/"

    with nothing_changes():
        response = editor.post(url, "{}", content_type="application/json")

    assert response.status_code == 403


def test_editor_cannot_approve_their_own_submission(editor, centre_a):
    with nothing_changes():
        response = editor.post(workflow_action_url(centre_a, "approve"), follow=True)

    assert_refused(response)


def test_translations_cannot_be_published_by_the_editor(editor, centre_a):
    english = centre_a.english()
    edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    convert_url = reverse("wagtail_localize:convert_to_alias", args=[english.pk])

    with nothing_changes():
        published = editor.post(edit_url, {"action": "publish"}, follow=True)
        # "Convert to alias" would mirror the live Polish page: published, unapproved.
        confirm = editor.get(convert_url, follow=True)
        converted = editor.post(convert_url, follow=True)

    assert_refused(published)
    assert_refused(confirm)
    assert_refused(converted)
    assert not reload(english).live


def test_editor_submits_a_translation_for_approval_not_to_the_public(editor, centre_a):
    english = centre_a.english()

    response = editor.post(reverse("home_submit_translation", args=[english.pk]))

    assert response.status_code == 302
    english = reload(english)
    assert english.workflow_in_progress and not english.live


OWN_PAGE_PUBLISHING_ROUTES = {
    "unpublish": lambda a: reverse("wagtailadmin_pages:unpublish", args=[a.live.pk]),
    "privacy": lambda a: reverse("wagtailadmin_pages:set_privacy", args=[a.live.pk]),
    "delete a live page": lambda a: reverse("wagtailadmin_pages:delete", args=[a.live.pk]),
    "move a live page": lambda a: reverse("wagtailadmin_pages:move", args=[a.live.pk]),
}


@pytest.mark.parametrize(
    "route", OWN_PAGE_PUBLISHING_ROUTES.values(), ids=OWN_PAGE_PUBLISHING_ROUTES.keys()
)
def test_editor_cannot_change_what_is_live_on_own_pages(editor, centre_a, route):
    with nothing_changes():
        response = editor.post(route(centre_a), follow=True)

    assert_refused(response)


# --- What the editor can do: drafts and submissions; and what the reviewer does with them ---


def test_editor_saves_a_draft_the_public_does_not_see(editor, centre_a, client):
    page = centre_a.live
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    response = editor.post(url, page_form(page, title="O nas — szkic zmian"))

    assert response.status_code == 302
    page = assert_not_published(page, centre_a.live)
    assert page.draft_title == "O nas — szkic zmian"
    assert log_actions(page)[-1] == ("wagtail.edit", centre_a.editor.username)
    public = client.get(page.url)
    assert public.status_code == 200
    assert page.title in text(public) and "O nas — szkic zmian" not in text(public)


def test_drafts_are_never_public(client, centre_a):
    moderated = client.get(centre_a.moderated.url)
    draft = client.get(centre_a.draft.url)

    assert moderated.status_code == 200
    assert centre_a.moderated.title in text(moderated)
    assert centre_a.moderated.draft_title not in text(moderated)
    assert centre_a.pending.intro not in text(moderated)
    assert draft.status_code == 404
    # Nor is the draft English translation of a live page: its address leads to
    # nothing, or to the live Polish page at its own /pl/ address.
    english = client.get(centre_a.english().url)
    assert english.status_code == 404 or english["Location"].startswith("/pl/")


def test_editor_submits_to_regional_approval(editor, centre_a, centre_b, reviewer):
    page = centre_a.draft
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    response = editor.post(url, page_form(page, "submit", title="Szkic do akceptacji"))

    assert response.status_code == 302
    state = WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk), status="in_progress"
    )
    assert state.requested_by == centre_a.editor
    assert state.current_task_state.task.name == REVIEW_TASK
    assert state.current_task_state.revision.as_object().title == "Szkic do akceptacji"
    assert not reload(page).live
    # The reviewers are told; the other centre's editor is not.
    recipients = {address for message in mail.outbox for address in message.to}
    assert reviewer.email in recipients
    assert centre_b.editor.email not in recipients


def test_reviewer_approval_publishes_the_submitted_change(reviewer_client, centre_a, client):
    page = centre_a.moderated
    submitted = page.latest_revision

    response = reviewer_client.post(workflow_action_url(centre_a, "approve"), {"comment": ""})

    assert response.status_code == 302
    page = reload(page)
    assert page.live and page.live_revision_id == submitted.pk
    assert page.title == centre_a.moderated.draft_title
    assert page.title in text(client.get(page.url))
    state = WorkflowState.objects.get(pk=centre_a.task_state.workflow_state_id)
    assert state.status == WorkflowState.STATUS_APPROVED
    assert [message.to for message in mail.outbox] == [[centre_a.editor.email]]


def test_reviewer_rejection_leaves_the_live_page_and_tells_the_editor(
    reviewer_client, editor, centre_a, client
):
    page = centre_a.moderated
    comment = "Proszę podać numer telefonu z kierunkowym."

    response = reviewer_client.post(workflow_action_url(centre_a, "reject"), {"comment": comment})

    assert response.status_code == 302
    page = assert_not_published(page, centre_a.moderated)
    assert page.intro == centre_a.moderated.intro != centre_a.pending.intro
    assert page.title in text(client.get(page.url))
    state = WorkflowState.objects.get(pk=centre_a.task_state.workflow_state_id)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    # The editor finds the comment on the page's edit view, in its workflow history
    # and in an email.
    edit_view = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    history = editor.get(
        reverse("wagtailadmin_pages:workflow_history_detail", args=[page.pk, state.pk])
    )
    assert edit_view.status_code == 200 and comment in text(edit_view)
    assert history.status_code == 200 and comment in text(history)
    (message,) = mail.outbox
    assert message.to == [centre_a.editor.email]
    assert comment in message.body


def test_every_step_is_in_the_audit_log_with_who_and_when(
    editor, reviewer_client, centre_a, reviewer
):
    page = centre_a.draft
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    since = PageLogEntry.objects.latest("pk").pk

    editor.post(edit_url, page_form(page, "submit", title="Historia nagrody"))
    task_state = reload(page).current_workflow_task_state
    reject = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    reviewer_client.post(reject, {"comment": "Brak daty."})
    editor.post(edit_url, page_form(page, "submit", title="Historia nagrody 2014"))
    task_state = reload(page).current_workflow_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    reviewer_client.post(approve, {"comment": ""})

    steps = [
        (action, user)
        for action, user in log_actions(page, since)
        if action.startswith(("wagtail.workflow", "wagtail.publish"))
    ]
    editor_name, reviewer_name = centre_a.editor.username, reviewer.username
    assert steps == [
        ("wagtail.workflow.start", editor_name),
        ("wagtail.workflow.reject", reviewer_name),
        ("wagtail.workflow.resume", editor_name),
        ("wagtail.workflow.approve", reviewer_name),
        ("wagtail.publish", reviewer_name),
    ]
    entries = PageLogEntry.objects.filter(page=page, pk__gt=since)
    assert not entries.filter(timestamp__isnull=True).exists()
    assert not entries.filter(user__isnull=True).exists()
    assert reload(page).live and reload(page).title == "Historia nagrody 2014"


# --- The guards in awards.wagtail_hooks refuse only what the user may not do anyway ---


def test_moves_the_user_may_make_are_still_confirmed_and_made(
    editor, reviewer_client, centre_a, centre_b
):
    own_move = reverse(
        "wagtailadmin_pages:move_confirm", args=[centre_a.draft.pk, centre_a.live.pk]
    )
    reviewer_move = reverse(
        "wagtailadmin_pages:move_confirm", args=[centre_b.draft.pk, centre_a.page.pk]
    )

    assert editor.get(own_move).status_code == 200
    assert editor.post(own_move).status_code == 302
    assert reviewer_client.get(reviewer_move).status_code == 200
    assert reviewer_client.post(reviewer_move).status_code == 302

    assert reload(centre_a.draft).get_parent().pk == centre_a.live.pk
    assert reload(centre_b.draft).get_parent().pk == centre_a.page.pk


def test_bulk_actions_still_name_own_pages_and_work_for_reviewers(
    editor, reviewer_client, centre_a, centre_b
):
    own = editor.get(bulk_url("unpublish", centre_a.live))
    reviewers_view = reviewer_client.get(bulk_url("publish", centre_b.draft))
    published = reviewer_client.post(bulk_url("publish", centre_b.draft), {})

    assert centre_a.live.title in text(own)  # "you may not unpublish this page"
    assert centre_b.draft.title in text(reviewers_view)
    assert published.status_code == 302
    assert reload(centre_b.draft).live


def test_reviewer_may_still_convert_a_translation_to_an_alias(reviewer_client, centre_a):
    english = centre_a.english()
    url = reverse("wagtail_localize:convert_to_alias", args=[english.pk])

    assert reviewer_client.get(url).status_code == 200
    response = reviewer_client.post(url)

    assert response.status_code == 302
    english = reload(english)
    assert english.alias_of_id == centre_a.live.pk and english.live
