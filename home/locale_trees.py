"""Keep the locale trees in step.

When a page of the default language (Polish) is published and has no copy in
another language, a draft copy is made there with wagtail-localize, ready to
be translated. It is never published by this: a translation goes live only
through the "Regional approval" workflow (``home.wagtail_localize_workflow``),
so no Polish text is ever served under /en/ or /uk/.
"""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource


def offer_for_translation(page):
    """Create draft translations of ``page`` in every locale that lacks one.

    Its ancestors are offered first, so that wagtail-localize never has to
    copy a missing parent itself: it would copy it as an *alias*, which goes
    live with the Polish page it mirrors.
    """
    if not page.locale.is_default:
        return []
    created = []
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        created += _offer(ancestor)
    return created + _offer(page)


def _offer(page):
    translated = page.get_translations().values("locale_id")
    missing = list(Locale.objects.exclude(pk=page.locale_id).exclude(pk__in=translated))
    if not missing:
        return []
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    for locale in missing:
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        translation.save_target(publish=False)
    return [(page, locale) for locale in missing]
