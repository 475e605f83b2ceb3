"""Helpers for content shown in the visitor's language."""


def localized_all(objects, locale):
    """Each translatable object in ``locale`` where translated, else as it is: one query.

    The batch form of Wagtail's ``TranslatableMixin.localized`` for synchronised
    links such as a home page's featured awards or a story's projects.
    """
    objects = list(objects)
    if not objects:
        return []
    model = type(objects[0])
    translations = {
        translation.translation_key: translation
        for translation in model.objects.filter(
            locale=locale, translation_key__in=[obj.translation_key for obj in objects]
        )
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]
