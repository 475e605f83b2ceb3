"""Wagtail's parent/child rules keep the network's tree in shape."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from awards.models import AwardIndexPage, AwardStoryPage, CentrePage, GalleryPage
from home.models import NetworkHomePage, StandardPage

ALLOWED = {
    (Page, NetworkHomePage),
    (NetworkHomePage, AwardIndexPage),
    (NetworkHomePage, CentrePage),
    (NetworkHomePage, StandardPage),
    (CentrePage, AwardStoryPage),
    (CentrePage, GalleryPage),
    (CentrePage, StandardPage),
    (StandardPage, StandardPage),
}
PAGE_TYPES = [
    NetworkHomePage,
    AwardIndexPage,
    CentrePage,
    AwardStoryPage,
    GalleryPage,
    StandardPage,
]


@pytest.mark.parametrize("parent", [Page, *PAGE_TYPES], ids=lambda m: m.__name__)
@pytest.mark.parametrize("child", PAGE_TYPES, ids=lambda m: m.__name__)
def test_page_type_may_be_created_only_where_the_content_model_puts_it(parent, child):
    allowed = (
        child in parent.allowed_subpage_models() and parent in child.allowed_parent_page_models()
    )

    assert allowed == ((parent, child) in ALLOWED)


def test_admin_refuses_a_story_directly_under_the_network_home(admin_client, home_page):
    url = reverse("wagtailadmin_pages:add", args=["awards", "awardstorypage", home_page.pk])

    response = admin_client.get(url, follow=True)

    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert not AwardStoryPage.objects.exists()


def test_only_one_award_index_per_network_home(home_page, award_index):
    assert not AwardIndexPage.can_create_at(home_page)
