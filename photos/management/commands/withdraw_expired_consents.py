"""Withdraw every photo whose consent has expired since it was last withdrawn.

Withdrawing consent in the admin saves the image, and its ``post_save``
handler withdraws the photo at once (``photos.withdrawal``). A consent
that simply expires changes nothing in the database, so nothing fires: the
templates and ``photos.access`` stop showing the photo the day after its
end date, but its renditions and the cached pages stay until this command runs
the same withdrawal. Run it daily (docs/photos-and-consent.md).

A photo counts as handled once ``public_copies_withdrawn_at`` is later than its
expiry date, so a second run does nothing, and a consent that is extended and
expires again is withdrawn again.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.images import get_image_model

from photos.withdrawal import urls_to_purge, withdraw


def expired_and_not_withdrawn(today):
    """Photos of people whose consent ended before ``today`` and that were not withdrawn since."""
    return (
        get_image_model()
        .objects.filter(
            nobody_identifiable=False,
            # A withdrawn consent was handled when it was saved.
            consent_withdrawn_on__isnull=True,
            consent_valid_until__lt=today,
        )
        .filter(
            Q(public_copies_withdrawn_at__isnull=True)
            | Q(public_copies_withdrawn_at__date__lte=F("consent_valid_until"))
        )
        .order_by("consent_valid_until", "pk")
    )


class Command(BaseCommand):
    help = (
        "Delete the renditions of every photo whose consent has expired and purge the "
        "pages that showed it, in every language, from the front-end cache."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List the photos that would be withdrawn without changing anything.",
        )

    def handle(self, *args, dry_run=False, **options):
        images = list(expired_and_not_withdrawn(timezone.localdate()))
        if not images:
            self.stdout.write(_("No expired consents left to withdraw."))
            return
        for image in images:
            if dry_run:
                renditions, urls = image.renditions.count(), urls_to_purge(image)
                line = _(
                    "Would withdraw “%(title)s” (id %(id)s), consent expired on %(date)s: "
                    "%(renditions)d renditions to delete, %(urls)d addresses to purge."
                )
            else:
                renditions = image.renditions.count()
                # The purge runs when this block commits, after the deletion.
                with transaction.atomic():
                    urls = withdraw(image)
                line = _(
                    "Withdrew “%(title)s” (id %(id)s), consent expired on %(date)s: "
                    "%(renditions)d renditions deleted, %(urls)d addresses purged."
                )
            self.stdout.write(
                line
                % {
                    "title": image.title,
                    "id": image.pk,
                    "date": date_format(image.consent_valid_until),
                    "renditions": renditions,
                    "urls": len(urls),
                }
            )
        if dry_run:
            total = ngettext(
                "%(count)d photo would be withdrawn (dry run, nothing changed).",
                "%(count)d photos would be withdrawn (dry run, nothing changed).",
                len(images),
            )
        else:
            total = ngettext(
                "%(count)d photo withdrawn.", "%(count)d photos withdrawn.", len(images)
            )
        self.stdout.write(total % {"count": len(images)})
