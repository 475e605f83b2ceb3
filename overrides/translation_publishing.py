"""Refuse wagtail-localize's "Publish" with the photo messages, not an error page.

The translation editor's Publish button posts to the page's edit view, which
wagtail-localize takes over (its ``before_edit_page`` hook). It saves the
translation and publishes it in an ``on_commit`` callback, where
``BasePage.publish`` raises ``PublishingRefused`` when a photo may not be
shown; wagtail-localize 1.14 then reads ``error_dict`` from it and fails with
a server error. This hook runs before wagtail-localize's: if a photo of the
page being translated may not be published, it saves the translation as a
draft and returns to the editor with one message per photo, in the user's
admin language.

It can go once wagtail-localize reports a ``ValidationError`` raised by
``publish`` as a message.
"""

from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail_localize.models import Translation

from home.publishing import publication_problems


def refuse_publishing_a_translation_with_unpublishable_photos(request, page):
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None or not page.permissions_for_user(request.user).can_publish():
        return None  # not the translation editor, or wagtail-localize refuses it itself
    # The page as publishing would make it (synchronised photos and overridden ones).
    translated = translation.source.get_ephemeral_translated_instance(page.locale, fallback=True)
    problems = publication_problems(translated)
    if not problems:
        return None
    try:
        translation.save_target(user=request.user, publish=False)
    except ValidationError:
        return None  # wagtail-localize shows the translation's own errors
    for problem in problems:
        messages.error(request, problem)
    messages.warning(request, _("The translation was saved as a draft, not published."))
    return redirect(request.path)
