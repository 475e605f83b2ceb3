"""Publishing pages and their translations the way the tests need it, in one place."""

from wagtail.models import Locale


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
