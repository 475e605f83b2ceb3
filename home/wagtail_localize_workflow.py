"""Send a wagtail-localize translation through the page's approval workflow.

Works around a gap in wagtail-localize 1.14: its translation editor can only
*publish* a translation, and only for users who may publish; a centre editor
(who may not) has no way to hand a finished translation to the regional
reviewers. This adds "Submit translation for approval" to the page's actions:
it saves the translated strings as a new draft revision of the page
(``Translation.save_target(publish=False)``) and starts the page's workflow,
so the reviewers approve or reject it like any other change.

Delete this module when wagtail-localize's editor offers workflow actions
(see https://github.com/wagtail/wagtail-localize/issues?q=workflow).
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.models import Page
from wagtail_localize.models import MissingRelatedObjectError, Translation

# What an override saved in the translation editor can make save_target raise:
# an image or other object id that does not exist (or is not a number), or a
# value the field refuses.
BROKEN_TRANSLATION_ERRORS = (
    ValidationError,
    ObjectDoesNotExist,
    MissingRelatedObjectError,
    ValueError,
    TypeError,
)


def translation_of(page):
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


def broken_translation_message(page, error):
    if isinstance(error, ValidationError):
        reason = " ".join(error.messages)
    else:
        reason = _("an image, document or page it uses does not exist or is not valid.")
    return _(
        "The translation of “%(title)s” could not be saved: %(reason)s "
        "Correct it in the translation editor and submit it again."
    ) % {"title": page.get_admin_display_title(), "reason": reason}


def submit_translation(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    translation = translation_of(page)
    if translation is None:
        messages.error(request, _("This page is not a translation made in the translation editor."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    workflow = page.get_workflow()
    if request.method == "POST":
        if page.workflow_in_progress:
            messages.warning(request, _("This translation is already waiting for approval."))
        else:
            try:
                with transaction.atomic():  # nothing stored unless it is submitted
                    translation.save_target(user=request.user, publish=False)
                    page = page.get_latest_revision_as_object()
                    workflow.start(page, request.user)
            except BROKEN_TRANSLATION_ERRORS as error:
                messages.error(request, broken_translation_message(page, error))
                return redirect("wagtailadmin_pages:edit", page.pk)
            messages.success(
                request,
                _("The translation of “%(title)s” was submitted for approval.")
                % {"title": page.get_admin_display_title()},
            )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(
        request,
        "home/submit_translation.html",
        {"page": page, "workflow": workflow, "locale": page.locale},
    )


@hooks.register("register_admin_urls")
def register_submit_translation_url():
    return [
        path(
            "translations/<int:page_id>/submit/",
            submit_translation,
            name="home_submit_translation",
        )
    ]


@hooks.register("register_page_listing_more_buttons")
def submit_translation_button(page, user, next_url=None):
    if (
        not page.locale.is_default
        and not page.workflow_in_progress
        and page.get_workflow() is not None
        and page.permissions_for_user(user).can_edit()
        and translation_of(page) is not None
    ):
        yield Button(
            gettext_lazy("Submit translation for approval"),
            reverse("home_submit_translation", args=[page.pk]),
            priority=3,
        )
