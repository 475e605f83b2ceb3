import pytest
from wagtail.models import Locale, Page, Site

from awards.factories import AwardIndexPageFactory
from home.factories import NetworkHomePageFactory


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def home_page(root_page):
    """A Polish network home served as the default Site, like the demo network."""
    Locale.objects.get_or_create(language_code="pl")
    Site.objects.all().delete()
    root_page.get_children().delete()  # Wagtail's "Welcome to your new Wagtail site!"
    home = NetworkHomePageFactory(parent=root_page, slug="zawsze-pomocni")
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def award_index(home_page):
    return AwardIndexPageFactory(parent=home_page)
