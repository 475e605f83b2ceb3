"""RSS and Atom feeds of the network, a centre and an award, per language."""

import feedparser
import pytest
from defusedxml.ElementTree import fromstring

from awards.factories import AwardStoryPageFactory
from tests.publishing import publish

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"

FEEDS = [
    "/pl/feeds/stories.rss",
    "/pl/feeds/stories.atom",
    "/pl/feeds/centres/gops-domanice.rss",
    "/pl/feeds/centres/gops-domanice.atom",
    "/pl/feeds/awards/zawsze-pomocni.rss",
    "/pl/feeds/awards/zawsze-pomocni.atom",
]


def read(client, url):
    """The feed parsed twice: strictly as XML, and as a feed reader would."""
    response = client.get(url)
    assert response.status_code == 200, url
    fromstring(response.content)  # raises on anything that is not well-formed XML
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize("url", FEEDS)
def test_each_feed_lists_the_story_with_its_link_date_and_award(client, network, url):
    feed = read(client, url)
    assert feed.version == ("atom10" if url.endswith(".atom") else "rss20")
    assert feed.feed.language == "pl"
    [entry] = feed.entries
    assert entry.title == "Zawsze pomocni 2014"
    assert entry.link == "http://localhost/pl/gops-domanice/zawsze-pomocni-2014/"
    assert entry.summary == "Wyróżnienie za aktywną integrację."
    assert entry.published_parsed[:3] == network["story"].first_published_at.timetuple()[:3]
    assert [tag.term for tag in entry.tags] == ["Zawsze pomocni"]


def test_english_feeds_list_english_stories(client, network):
    feed = read(client, "/en/feeds/stories.rss")
    assert feed.feed.language == "en"
    assert [entry.title for entry in feed.entries] == ["Always helpful 2014"]
    assert feed.entries[0].link == network["english_story"].get_full_url()
    assert read(client, "/en/feeds/awards/zawsze-pomocni.atom").entries[0].title == (
        "Always helpful 2014"
    )


def test_a_centre_feed_holds_only_that_centres_stories(client, network, home_page):
    from awards.factories import CentrePageFactory

    other = publish(CentrePageFactory(parent=home_page, slug="ops-marki"))
    publish(AwardStoryPageFactory(parent=other, title="Marki", award=network["award"]))
    assert [e.title for e in read(client, "/pl/feeds/centres/ops-marki.rss").entries] == ["Marki"]
    assert len(read(client, "/pl/feeds/stories.rss").entries) == 2
    assert len(read(client, "/pl/feeds/awards/zawsze-pomocni.rss").entries) == 2


def test_the_atom_feed_links_to_itself_and_to_the_page_it_describes(client, network):
    tree = fromstring(client.get("/pl/feeds/centres/gops-domanice.atom").content)
    links = {link.get("rel"): link.get("href") for link in tree.findall(f"{ATOM}link")}
    assert links["self"] == "http://testserver/pl/feeds/centres/gops-domanice.atom"
    assert links["alternate"] == "http://localhost/pl/gops-domanice/"


@pytest.mark.parametrize(
    "url",
    [
        "/pl/feeds/centres/no-such-centre.rss",
        "/pl/feeds/awards/no-such-award.atom",
        "/uk/feeds/centres/gops-domanice.rss",  # only a draft in Ukrainian
        "/de/feeds/stories.rss",
        "/pl/feeds/centres/%3Cscript%3E.rss",
        "/pl/feeds/stories.json",
    ],
)
def test_unknown_centre_award_or_language_is_a_404(client, network, url):
    assert client.get(url).status_code == 404


def test_a_draft_story_is_not_in_any_feed(client, network):
    draft = AwardStoryPageFactory(parent=network["centre"], award=network["award"], live=False)
    for url in FEEDS:
        assert draft.title not in [entry.title for entry in read(client, url).entries]


# No NUL: Django's forms refuse it and PostgreSQL cannot store it; the other
# C0 controls get through a form and into the database.
HOSTILE_TITLE = "Zawsze\x0b pomocni ]]> & <b>\x07 \U0001f3c6 שלום مرحبا \u202eodwrót"


@pytest.mark.parametrize("url", FEEDS)
def test_feeds_stay_well_formed_whatever_the_editors_typed(client, network, url):
    story = network["story"]
    story.title = HOSTILE_TITLE
    story.lead = "Lead ]]> <![CDATA[ & \x1f\x08 ok \U0001f60a"
    publish(story)
    [entry] = read(client, url).entries
    assert entry.title == "Zawsze pomocni ]]> & <b> \U0001f3c6 שלום مرحبا \u202eodwrót"
    assert "]]>" in entry.summary and "\U0001f60a" in entry.summary
