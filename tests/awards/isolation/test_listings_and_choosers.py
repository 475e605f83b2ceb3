"""The explorer, admin search, reports and page chooser leave centre B's drafts out.

A's editor browses and searches only A's tree; reports list nothing of B's.
The page chooser offers B's live pages (linking to them is what a network is
for) but never B's drafts.
"""

import pytest
from django.urls import reverse

from tests.awards.isolation.admin_helpers import assert_absent, text

pytestmark = pytest.mark.django_db


# --- The explorer, admin search and reports ---


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
