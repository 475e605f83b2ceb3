"""What search engines, feed readers and social networks read from the pages themselves."""

import pytest
from django.utils import translation

from awards.factories import ProjectFactory
from home.eu_marking import marking_strip
from home.factories import NetworkImageFactory
from home.models import EUMarkingSettings
from tests.publishing import publish

from .html_reader import PageReader

pytestmark = pytest.mark.django_db


def read(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return PageReader(response.content.decode())


@pytest.fixture
def story(network):
    story = network["story"]
    story.hero_image = NetworkImageFactory(
        file__width=1600, file__height=1200, description="Zespół ośrodka z dyplomem"
    )
    return publish(story)


@pytest.fixture
def centre(network):
    centre = network["centre"]
    centre.facebook_url = "https://www.facebook.com/gopsdomanice"
    centre.bip_url = "https://gops.domanice.example/bip"
    return publish(centre)


def test_a_story_is_a_news_article_about_its_centre_and_award(client, story, centre):
    [article] = read(client, story).things("NewsArticle")
    assert article["headline"] == "Zawsze pomocni 2014"
    assert article["url"] == "http://localhost/pl/gops-domanice/zawsze-pomocni-2014/"
    assert article["inLanguage"] == "pl"
    assert article["datePublished"].startswith(story.first_published_at.date().isoformat())
    assert article["dateModified"]
    assert article["description"] == "Wyróżnienie za aktywną integrację."
    [image] = article["image"]
    assert image.startswith("http://testserver/") and "fill-1200x630" in image
    assert article["author"]["@type"] == "GovernmentOrganization"
    assert article["author"]["name"] == "GOPS Domanice"
    assert article["author"]["url"] == "http://localhost/pl/gops-domanice/"
    assert article["about"]["award"] == "Zawsze pomocni (2014)"
    assert article["publisher"]["name"]


def test_the_share_image_is_a_1200_by_630_rendition_with_a_large_card(client, story):
    page = read(client, story)
    assert (page.meta["og:image:width"], page.meta["og:image:height"]) == ("1200", "630")
    assert page.meta["og:image"] == page.things("NewsArticle")[0]["image"][0]
    assert page.meta["twitter:card"] == "summary_large_image"
    assert page.meta["twitter:image:alt"] == "Zespół ośrodka z dyplomem"


def test_a_page_without_an_image_has_a_summary_card(client, network):
    assert read(client, network["award_index"]).meta["twitter:card"] == "summary"


def test_a_centre_is_a_government_organization_with_its_contact(client, centre):
    [organization] = read(client, centre).things("GovernmentOrganization")
    assert organization["name"] == "GOPS Domanice"
    assert organization["legalName"] == "Gminny Ośrodek Pomocy Społecznej w Domanicach"
    assert organization["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Domanice 52",
        "postalCode": "08-113",
        "addressLocality": "Domanice",
        "addressRegion": "mazowieckie",
        "addressCountry": "PL",
    }
    assert organization["telephone"] == "25 633 20 21"
    assert organization["email"] == "gops@domanice.example"
    assert organization["areaServed"]["@type"] == "AdministrativeArea"
    assert organization["areaServed"]["name"] == "Domanice"
    assert organization["sameAs"] == [
        "https://www.facebook.com/gopsdomanice",
        "https://gops.domanice.example/bip",
    ]


def test_breadcrumbs_list_the_trail_from_the_site_root(client, story):
    [trail] = read(client, story).things("BreadcrumbList")
    items = trail["itemListElement"]
    assert [item["position"] for item in items] == [1, 2, 3]
    assert [item["name"] for item in items] == ["Zawsze pomocni", "GOPS Domanice", story.title]
    assert [item["item"] for item in items] == [
        "http://localhost/pl/",
        "http://localhost/pl/gops-domanice/",
        "http://localhost/pl/gops-domanice/zawsze-pomocni-2014/",
    ]
    assert all(item["@type"] == "ListItem" for item in items)


def test_the_home_page_is_a_website_without_breadcrumbs(client, network):
    page = read(client, network["home"])
    [site] = page.things("WebSite")
    assert site["url"] == "http://localhost/pl/"
    assert page.things("BreadcrumbList") == []


def test_json_ld_cannot_be_broken_out_of_by_a_title(client, story):
    story.title = 'Nagroda </script><script>alert("x")</script> & „cudzysłów”'
    publish(story)
    response = client.get(story.url)
    assert b'<script>alert("x")' not in response.content
    [article] = PageReader(response.content.decode()).things("NewsArticle")
    assert article["headline"] == story.title


def test_pages_link_the_feeds_that_describe_them(client, story):
    page = read(client, story)
    rss = page.hrefs(rel="alternate", type="application/rss+xml")
    atom = page.hrefs(rel="alternate", type="application/atom+xml")
    assert rss == [
        "/pl/feeds/awards/zawsze-pomocni.rss",
        "/pl/feeds/centres/gops-domanice.rss",
        "/pl/feeds/stories.rss",
    ]
    assert len(atom) == 3
    for href in rss + atom:
        assert client.get(href).status_code == 200, href
    home_feeds = read(client, story.get_parent().get_parent()).hrefs(type="application/rss+xml")
    assert home_feeds == ["/pl/feeds/stories.rss"]


def test_share_links_are_plain_links_and_the_page_loads_no_third_party_code(client, story):
    page = read(client, story)
    shares = [a["href"] for a in page.anchors if "share" in a["href"] or "intent" in a["href"]]
    url = "http%3A%2F%2Flocalhost%2Fpl%2Fgops-domanice%2Fzawsze-pomocni-2014%2F"
    assert shares == [
        f"https://www.facebook.com/sharer/sharer.php?u={url}",
        f"https://x.com/intent/post?url={url}&text=Zawsze+pomocni+2014",
        f"https://www.linkedin.com/sharing/share-offsite/?url={url}",
    ]
    assert "mailto:?subject=Zawsze%20pomocni%202014&body=" + url in [
        a["href"] for a in page.anchors
    ]
    assert page.iframes == 0
    assert all(src.startswith("/") for src in page.scripts_with_src)


def test_every_page_of_a_centre_shows_its_contact_and_profiles(client, story, centre):
    response = client.get(story.url).content.decode()
    header = response[response.index("<header") : response.index("</header>")]
    footer = response[response.index("<footer") : response.index("</footer>")]
    assert "Gminny Ośrodek Pomocy Społecznej w Domanicach" in header
    assert 'href="https://gops.domanice.example/bip"' in header
    assert 'href="tel:256332021"' in footer
    assert 'href="mailto:gops@domanice.example"' in footer
    assert 'href="https://www.facebook.com/gopsdomanice"' in footer


def test_network_pages_show_no_centre_in_header_or_footer(client, network, centre):
    response = client.get(network["award_index"].url).content.decode()
    assert "gops@domanice.example" not in response
    assert "centre-banner" not in response


def _upload_marking():
    logos = EUMarkingSettings.load()
    for field in ["eu_emblem", "poland_flag", "logo_2021_2027", "logo_2007_2013"]:
        setattr(logos, field, NetworkImageFactory(file__width=300, file__height=100))
    logos.save()


def test_a_2021_2027_project_shows_its_information_and_marking_in_order(client, story):
    _upload_marking()
    project = ProjectFactory(
        name="Aktywna integracja",
        programme="FEM 2021–2027",
        programme_period="2021-2027",
        fund="Europejski Fundusz Społeczny Plus",
        results="32 osoby podjęły pracę.",
    )
    project.participant_groups.create(label="bezrobotni", count=32)
    project.save()  # a cluster's children are written with their parent
    story.projects.add(project)
    publish(story)
    response = client.get(story.url).content.decode()
    for fact in [
        "Aktywna integracja",
        "FEM 2021–2027 (2021–2027)",
        "Europejski Fundusz Społeczny Plus",
        "VII",
        "7.1.1",
        "32 osoby podjęły pracę.",
        "bezrobotni",
    ]:
        assert fact in response, fact
    # No regional logo uploaded: left out; the rest in the prescribed order.
    alts = PageReader(response).marking_alts
    assert alts == ["Fundusze Europejskie", "Rzeczpospolita Polska", "Flaga Unii Europejskiej"]
    assert "Dofinansowane przez Unię Europejską" in response


def test_a_2007_2013_project_has_the_programme_logo_emblem_and_statement(client, story):
    _upload_marking()
    story.projects.add(ProjectFactory(programme_period="2007-2013"))
    publish(story)
    response = client.get(story.url).content.decode()
    alts = PageReader(response).marking_alts
    assert alts == ["Logo programu operacyjnego", "Flaga Unii Europejskiej"]
    assert "Unia Europejska<br>Europejski Fundusz Społeczny" in response
    assert "Projekt współfinansowany przez Unię Europejską" in response


def test_the_marking_logos_reach_the_public(client, story):
    """The logos are used by no page (they are settings), yet every reader must get them."""
    _upload_marking()
    story.projects.add(ProjectFactory(programme_period="2007-2013"))
    publish(story)
    logos = PageReader(client.get(story.url).content.decode()).marking_srcs
    assert len(logos) == 2
    for url in logos:
        assert client.get(url).status_code == 200, url


def test_a_project_without_eu_funds_has_no_marking(client, story):
    _upload_marking()
    story.projects.add(ProjectFactory(programme_period=""))
    publish(story)
    response = client.get(story.url).content.decode()
    assert "eu-marking" not in response


def test_a_2014_2020_strip_names_the_fund_and_puts_the_region_before_the_emblem():
    _upload_marking()
    logos = EUMarkingSettings.load()
    logos.logo_2014_2020 = NetworkImageFactory()
    logos.regional_logo = NetworkImageFactory()
    logos.save()
    with translation.override("en"):
        strip = marking_strip("2014-2020", "European Regional Development Fund")
    assert [mark.alt for mark in strip.marks] == [
        "European Funds",
        "Republic of Poland",
        "Logo of the region",
        "Flag of the European Union",
    ]
    assert strip.marks[-1].statement == "European Union\nEuropean Regional Development Fund"
    assert marking_strip("", "") is None


def test_a_story_with_several_eu_projects_reads_the_marking_logos_once(
    rf, django_assert_num_queries
):
    _upload_marking()
    request = rf.get("/")
    with django_assert_num_queries(2):  # the settings, then their logos
        first = marking_strip("2007-2013", request=request)
        second = marking_strip("2021-2027", request=request)
    assert first.marks and second.marks


def test_a_story_whose_photo_file_is_gone_still_renders_its_article(client, story):
    """An original lost from storage (a failed restore) shows no image, never an error page."""
    image = story.hero_image
    image.renditions.all().delete()
    image.file.storage.delete(image.file.name)
    [article] = read(client, story).things("NewsArticle")
    assert "image" not in article
    assert article["headline"] == "Zawsze pomocni 2014"
