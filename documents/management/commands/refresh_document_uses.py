"""Rebuild the record of which documents live pages link.

Publishing keeps the record up to date; run this once after installing the
documents app on a database that already has live pages: until then their
documents answer 404 to the public.
"""

from django.core.management.base import BaseCommand
from wagtail.models import Page

from documents.signal_handlers import record_documents_of_published_page


class Command(BaseCommand):
    help = "Record which documents every live page links."

    def handle(self, *args, **options):
        count = 0
        for page in Page.objects.live().specific().iterator(chunk_size=200):
            record_documents_of_published_page(sender=type(page), instance=page)
            count += 1
        self.stdout.write(f"{count} live pages: documents recorded.")
