"""The English and Ukrainian versions of the real content, made with wagtail-localize.

The translated segments go into wagtail-localize's translation memory, as a
translator's would, so the translation editor shows them later; then the
translated pages are published. Each page or snippet is translated with the
texts of the data item it was built from (``texts.Strings``). The generated
centres and the story waiting for approval stay untranslated drafts in the
other languages (``home.locale_trees`` makes those drafts).
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from ..models import Award
from .texts import TARGET_LANGUAGES, Strings


def translate_real_content(load, home, real_centres, generated_centres):
    snippets = [
        *Award.objects.filter(locale=load.locale),
        *(load.projects[project.name] for spec in real_centres for project in spec.projects),
    ]
    real_slugs = {spec.slug for spec in real_centres}
    drafts = {spec.submitted_story.slug for spec in real_centres if spec.submitted_story}
    generated_slugs = [spec.slug for spec in generated_centres if spec.slug not in real_slugs]
    pages = [home, *home.get_children().exclude(slug__in=generated_slugs)]
    pages += [
        page
        for centre in home.get_children().filter(slug__in=real_slugs)
        for page in centre.get_descendants()
        if page.slug not in drafts
    ]
    for code in TARGET_LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        for instance in [*snippets, *(page.specific for page in pages)]:
            translate(load, instance, locale, load.strings_of(instance) or Strings())


def translate(load, instance, locale, strings):
    """Publish ``instance`` in ``locale`` with the translations in ``strings``, unless it is."""
    code = locale.language_code
    label = f"{code}: {instance}"
    existing = instance.get_translation_or_none(locale)
    if (
        existing is not None
        and getattr(existing, "live", True)
        and not (isinstance(existing, Page) and existing.has_unpublished_changes)
    ):
        load.count("translations", False, label)
        return
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        text = strings.translate(code, segment.string.data)
        if text is None:
            load.report.notes.append(f"No {code} text for {segment.string.data!r}")
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": "manual"},
        )
    if isinstance(instance, Page):
        # Published here, not on commit as wagtail-localize would: the whole
        # load is one transaction and a second run must find it live.
        translation.save_target(publish=False)
        instance.get_translation(locale).get_latest_revision().publish()
    else:
        translation.save_target(publish=True)  # snippets have no drafts
    load.count("translations", True, label)
