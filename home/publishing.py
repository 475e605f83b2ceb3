"""The rules a page must meet to be published with its photos.

Every photo a page shows needs alt text, and a photo of identifiable people
needs a valid consent (``NetworkImage.consent_problem``). The rules are checked
where every way of publishing meets (``BasePage.publish``: the editor's Publish
button, a reviewer's approval, bulk publishing, scheduled publishing) and, so
that the editor sees the reason beside the form, in the page form
(``home.page_form``) and before the workflow, bulk and translation actions
(``photos.wagtail_hooks``, ``overrides.workflow_action``,
``overrides.translation_publishing``).
"""

import logging

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from .media_references import referenced

logger = logging.getLogger(__name__)

# The log action ``publish_scheduled`` publishes with.
SCHEDULED = "wagtail.publish.scheduled"


class PublishingRefused(ValidationError):
    """The page shows a photo that may not be published; ``messages`` say which and why."""


def images_shown_by(page):
    """``(image, field)`` for every photo ``page`` (as it is in memory) shows.

    Uses the extractor of Wagtail's reference index, so a photo in a foreign key,
    a StreamField block or a child object (a gallery's photos) is found alike;
    ``field`` is its model path ("hero_image", "photos.item.image", "body.image.image").
    """
    return referenced(page, get_image_model())


def publication_problems(page):
    """One message per photo of ``page`` that may not be published, naming it and saying why."""
    return problems_of(image for image, _field in images_shown_by(page))


def problems_of(images):
    problems = []
    seen = set()
    for image in images:
        if image.pk in seen:
            continue
        seen.add(image.pk)
        for reason in (image.alt_text_problem(), image.consent_problem()):
            if reason:
                problems.append(
                    _("The photo “%(title)s” cannot be published: %(reason)s.")
                    % {"title": image.title, "reason": reason}
                )
    return problems


def check_publishable(revision, log_action=None):
    """Refuse to publish ``revision`` if a photo it shows may not be published.

    Returns True if publishing may go on. Raises ``PublishingRefused``, except
    for scheduled publishing: ``publish_scheduled`` stops at the first error,
    so one refused page would hold back every later one. There the page is
    taken off the schedule (it stays a draft) and the reasons are logged.
    """
    problems = publication_problems(revision.as_object())
    if not problems:
        return True
    if log_action == SCHEDULED:
        revision.approved_go_live_at = None
        revision.save(update_fields=["approved_go_live_at"])
        logger.error(
            "Scheduled publication of %r refused and unscheduled: %s",
            revision.object_str,
            " ".join(problems),
        )
        return False
    raise PublishingRefused(problems)
