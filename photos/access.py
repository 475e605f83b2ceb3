"""Who may fetch a photo file.

Originals and renditions live in ``PhotoStorage`` (outside ``MEDIA_ROOT``),
and their URLs are answered by ``photos.views.serve_photo`` with the rules
here, never by the web server:

- a rendition is public while its image may be shown (consent) and is used by
  at least one live page that is not behind a view restriction (``PhotoUse``),
  or is one of the EU-funds marking logos that stories show
  (``EUMarkingSettings``);
- people who may change or choose the image in the admin see every file of it
  (the admin's thumbnails and previews), uncached;
- anyone else gets a 404, whether the file exists or not, and so does
  everyone for an original: the public only ever gets renditions, which are
  encoded afresh from the cleaned original.
"""

from django.conf import settings
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

from home.models import EUMarkingSettings

from .models import PhotoUse


def is_public(image):
    if not image.may_be_shown():
        return False
    if image.pk in EUMarkingSettings.logo_ids():
        return True
    live_public_pages = Page.objects.live().public()
    return PhotoUse.objects.filter(image=image, page__in=live_public_pages).exists()


def may_manage(user, image):
    policy = policy_registry.get_by_type(get_image_model())
    return user.is_authenticated and policy.user_has_any_permission_for_instance(
        user, ["change", "choose"], image
    )


def find_file(name):
    """``(image, file, is_rendition)`` for a storage name, or None."""
    image_model = get_image_model()
    rendition = (
        image_model.get_rendition_model().objects.filter(file=name).select_related("image").first()
    )
    if rendition is not None:
        return rendition.image, rendition.file, True
    image = image_model.objects.filter(file=name).first()
    if image is not None:
        return image, image.file, False
    return None


def cache_control_for(request, image, is_rendition):
    """The ``Cache-Control`` of a file the requester may see, or None if they may not."""
    if may_manage(request.user, image):
        return {"private": True, "no_store": True}
    if is_rendition and is_public(image):
        # Withdrawal purges these URLs from the front-end cache (photos.withdrawal);
        # a browser keeps them for a day at most.
        return {"public": True, "max_age": 24 * 3600, "s_maxage": settings.PHOTOS_MAX_AGE}
    return None
