from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.signals import page_published, page_unpublished

from home.media_references import referenced

from .models import DocumentUse


@receiver(page_published)
def record_documents_of_published_page(sender, instance, **kwargs):
    """Note which documents the live page links: they are public from now on."""
    DocumentUse.objects.filter(page=instance).delete()
    DocumentUse.objects.bulk_create(
        [
            DocumentUse(document=document, page=instance, field=field)
            for document, field in set(referenced(instance, get_document_model()))
        ]
    )


@receiver(page_unpublished)
def forget_documents_of_unpublished_page(sender, instance, **kwargs):
    DocumentUse.objects.filter(page=instance).delete()
