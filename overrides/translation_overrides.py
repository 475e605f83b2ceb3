"""Check the image or document a translator picks in wagtail-localize's translation editor.

Works around wagtail-localize 1.14.5: its override endpoint
(``edit_override``, ``/admin/localize/translate/<id>/overrides/<id>/edit/``)
stores whatever id it is sent for a synchronised image or document field, so a
centre editor could give their translation another centre's photo; the
override bypasses the page form (``home.page_form``). This view is routed
ahead of it (``overrides.urls``): it lets wagtail-localize store the
override in a transaction, builds the translation as publishing would make it,
and undoes the override with a 400 and the form's message if it refers to an
image or document the user may not choose (``home.media_references``), or to
one that does not exist (which wagtail-localize would also store).

Delete this module when wagtail-localize checks chooser permissions on
overrides (or when the page's admin form validates translations).
"""

from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import edit_override

from home.media_references import (
    approved_references_of,
    message_for,
    references_of,
    refused_references,
)
from home.wagtail_localize_workflow import BROKEN_TRANSLATION_ERRORS, broken_translation_message


def edit_override_checked(request, translation_id, overridable_segment_id):
    with transaction.atomic():
        response = edit_override(request, translation_id, overridable_segment_id)
        if request.method != "PUT" or response.status_code >= 300:
            return response
        translation = get_object_or_404(Translation, id=translation_id)
        target = translation.get_target_instance()
        try:
            translated = translation.source.get_ephemeral_translated_instance(
                translation.target_locale, fallback=True
            )
        except BROKEN_TRANSLATION_ERRORS as error:
            transaction.set_rollback(True)
            return JsonResponse(
                {"error": str(broken_translation_message(target, error))}, status=400
            )
        refused = refused_references(
            request.user, references_of(translated), approved_references_of(target)
        )
        if not refused:
            return response
        transaction.set_rollback(True)
    kind, pk, path = refused[0]
    return JsonResponse({"error": str(message_for(kind, pk, path))}, status=400)
