import os

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, UploadedFile
from wagtail.signals import page_published, page_unpublished

from home.publishing import images_shown_by

from .models import PhotoUse
from .renditions import roles_for_field, specs_for
from .uploads import clean_photo
from .withdrawal import withdraw


def prerender(shown):
    """Make the renditions the pages will show of ``shown`` (``images_shown_by``)."""
    for image, field in shown:
        if image.may_be_shown():
            specs = {spec for role in roles_for_field(field) for spec in specs_for(image, role)}
            image.get_renditions(*sorted(specs))


@receiver(post_save, sender=Revision)
def prerender_photos_of_draft(sender, instance, created, raw=False, **kwargs):
    """Make the renditions of a page's photos when its draft is saved.

    A gallery of new photos then costs its editor a few seconds on saving, not
    its reviewer on approving, and its readers see it within a second of the
    approval: publishing finds the renditions made (they stay private until
    then, ``photos.access``).
    """
    if created and not raw and issubclass(instance.content_type.model_class() or object, Page):
        prerender(images_shown_by(instance.as_object()))


@receiver(page_published)
def record_and_prerender_photos(sender, instance, **kwargs):
    """Note which photos the live page shows, and make any renditions still missing.

    Visitors then never wait for a rendition, and ``photos.access`` knows the
    photos are public.
    """
    shown = images_shown_by(instance)
    PhotoUse.objects.filter(page=instance).delete()
    PhotoUse.objects.bulk_create(
        [PhotoUse(image=image, page=instance, field=field) for image, field in set(shown)]
    )
    prerender(shown)


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


@receiver(pre_save, sender=UploadedFile)
def clean_held_photo(sender, instance, raw=False, **kwargs):
    """Store a photo the multiple uploader holds cleaned, like every other upload.

    When an upload's details fail (an empty title) Wagtail keeps the raw file
    from the request as an ``UploadedFile`` and later copies it as the image's
    original, past ``PhotoForm.clean_file``. Cleaning it here, before the file
    field writes it, means no byte of it with its GPS position is ever stored.
    Its file has passed ``PhotoForm`` already (Wagtail holds only valid files).
    """
    if raw or instance.file._committed:
        return
    if instance.for_content_type_id != ContentType.objects.get_for_model(get_image_model()).pk:
        return
    upload = instance.file.file
    upload.seek(0)
    name = os.path.basename(instance.file.name)
    instance.file = ContentFile(clean_photo(name, upload.read()), name=name)
