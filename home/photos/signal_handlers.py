from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.signals import page_published, page_unpublished

from .models import PhotoUse
from .renditions import roles_for_field, specs_for
from .rules import images_shown_by
from .withdrawal import withdraw


@receiver(page_published)
def record_and_prerender_photos(sender, instance, **kwargs):
    """Note which photos the live page shows, and make their renditions now.

    Visitors then never wait for a rendition, and ``home.photos.access`` knows the
    photos are public.
    """
    shown = images_shown_by(instance)
    PhotoUse.objects.filter(page=instance).delete()
    PhotoUse.objects.bulk_create(
        [PhotoUse(image=image, page=instance, field=field) for image, field in set(shown)]
    )
    for image, field in shown:
        if image.may_be_shown():
            specs = {spec for role in roles_for_field(field) for spec in specs_for(image, role)}
            image.get_renditions(*sorted(specs))


@receiver(page_unpublished)
def forget_photos_of_unpublished_page(sender, instance, **kwargs):
    PhotoUse.objects.filter(page=instance).delete()


@receiver(pre_save, sender=get_image_model())
def remember_whether_photo_was_shown(sender, instance, raw=False, **kwargs):
    previous = sender.objects.filter(pk=instance.pk).first() if instance.pk and not raw else None
    instance._was_shown = previous is not None and previous.may_be_shown()


@receiver(post_save, sender=get_image_model())
def withdraw_photo_that_may_no_longer_be_shown(sender, instance, raw=False, **kwargs):
    if not raw and getattr(instance, "_was_shown", False) and not instance.may_be_shown():
        withdraw(instance)
