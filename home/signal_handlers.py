from django.dispatch import receiver
from wagtail.signals import page_published

from .locale_trees import offer_for_translation


@receiver(page_published)
def offer_published_page_for_translation(sender, instance, **kwargs):
    offer_for_translation(instance)
