"""Publishing pages and their translations the way the tests need it, in one place."""

import datetime

from wagtail.models import Locale

from awards.factories import AwardFactory, AwardStoryPageFactory, CentrePageFactory


def publish(page):
    """Publish ``page``'s current state and return it fresh from the database."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def in_locale(page, code):
    return page.get_translation(Locale.objects.get(language_code=code)).specific


def publish_translation(page, code, **fields):
    """Publish the draft copy the locale trees made of ``page``, with translated fields."""
    translated = in_locale(page, code)
    for name, value in fields.items():
        setattr(translated, name, value)
    return publish(translated)


def publish_marki_story(home_page, award_index, chrome_languages=("en",)):
    """A centre's story live in Polish and English; the home page, award index and
    centre also live in ``chrome_languages``. Returns the four Polish pages by name."""
    publish(home_page)
    publish(award_index)
    centre = publish(CentrePageFactory(parent=home_page, title="OPS Marki", slug="ops-marki"))
    story = publish(
        AwardStoryPageFactory(
            parent=centre,
            title="Nagroda specjalna Ministra 2018",
            slug="nagroda-2018",
            award=AwardFactory(name="Nagroda specjalna Ministra"),
            date_awarded=datetime.date(2018, 11, 21),
            lead="Ośrodek otrzymał nagrodę.",
        )
    )
    for page in [home_page, award_index, centre]:
        for code in chrome_languages:
            publish_translation(page, code)
    publish_translation(story, "en", title="Minister's Special Award 2018", lead="Awarded.")
    return {"home": home_page, "index": award_index, "centre": centre, "story": story}
