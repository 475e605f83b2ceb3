"""Withdrawing consent: the photo leaves every public page at once.

When an image stops being showable (its consent is withdrawn, or it is marked
as showing people without a valid consent), ``withdraw``:

1. deletes every rendition of it (rows at once, files when the transaction
   commits, by Wagtail's own clean-up signal), so no public URL of it is left;
2. once the change is committed, purges from the front-end cache (Varnish,
   with ``WAGTAILFRONTENDCACHE``) the pages that showed it, in every locale,
   the listings that show those pages (their centre, the network home, the
   award index: ``caching.purge``) and the rendition URLs;
3. records when it did so (``public_copies_withdrawn_at``).

A consent that expires changes nothing in the database, so no signal fires:
``manage.py withdraw_expired_consents``, run daily, calls ``withdraw`` for it.

The templates skip a photo that may not be shown (``{% photo %}``), and
``photos.access`` refuses its files, so nothing needs republishing.
"""

from urllib.parse import urljoin

from django.utils import timezone
from wagtail.models import Page

from caching.purge import purge, urls_to_purge_for


def pages_showing(image):
    """Every page whose live version shows ``image``, and all their translations."""
    pages = Page.objects.filter(photo_uses__image=image)
    translation_keys = pages.values("translation_key")
    return Page.objects.filter(translation_key__in=translation_keys).live().specific()


def urls_to_purge(image):
    """The pages showing ``image`` with their listings, and its renditions on those Sites."""
    pages = list(pages_showing(image))
    if not pages:
        return set()
    page_urls = urls_to_purge_for(pages)
    roots = {urljoin(url, "/") for url in page_urls}
    return page_urls | {
        urljoin(root, rendition.url) for rendition in image.renditions.all() for root in roots
    }


def withdraw(image):
    """Delete the renditions now; purge the cache once the change is committed."""
    urls = sorted(urls_to_purge(image))
    image.renditions.all().delete()
    image.public_copies_withdrawn_at = timezone.now()
    # An update, not save(): this runs in the image's post_save handler.
    type(image).objects.filter(pk=image.pk).update(
        public_copies_withdrawn_at=image.public_copies_withdrawn_at
    )
    purge(urls)
    return urls
