"""Rebuild the record of which photos live pages show, and make their renditions.

Publishing keeps the record up to date; run this once after installing the
photos app on a database that already has live pages (their photos answer 404
to the public until then), or after restoring a database without its photo files.
"""

from django.core.management.base import BaseCommand
from wagtail.models import Page

from photos.signal_handlers import record_and_prerender_photos


class Command(BaseCommand):
    help = "Record which photos every live page shows and make their renditions."

    def handle(self, *args, **options):
        count = 0
        for page in Page.objects.live().specific().iterator(chunk_size=200):
            record_and_prerender_photos(sender=type(page), instance=page)
            count += 1
        self.stdout.write(f"{count} live pages: photos recorded and rendered.")
