from awards.factories import AwardStoryPageFactory, CentrePageFactory


def test_story_page_renders_under_its_centre(client, home_page):
    centre = CentrePageFactory(parent=home_page, title="GOPS Domanice", slug="gops-domanice")
    story = AwardStoryPageFactory(parent=centre, title="Zawsze pomocni 2014", slug="zawsze-pomocni")

    response = client.get(story.url)

    assert response.status_code == 200
    assert "Zawsze pomocni 2014" in response.content.decode()
    story.refresh_from_db()
    assert story.centre_id == centre.pk
