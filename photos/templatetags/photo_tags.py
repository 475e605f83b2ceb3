"""``{% photo %}`` and ``{% photo_url %}``: the only way public templates show a photo.

Both take a role from ``photos.renditions.ROLES`` and show nothing for a photo
whose consent does not allow it (withdrawn, expired, missing): withdrawal takes
the photo off every page at the next render, without republishing anything.
"""

import logging

from django import template
from wagtail.images.models import Picture, SourceImageIOError

from photos.renditions import specs_for

logger = logging.getLogger(__name__)
register = template.Library()


def _missing(image, error):
    """An original lost from storage (a failed restore): the page shows no photo."""
    logger.error("Photo %s (%s) has no original file: %s", image.pk, image.title, error)


@register.simple_tag
def photo(image, role, sizes=None, loading="lazy", alt=None):
    """A ``<picture>`` with AVIF and WebP sources and a JPEG fallback, width and height set.

    ``alt`` defaults to the image's alt text; pass ``alt=""`` where the photo
    only decorates a link that names its target.
    """
    if not image or not image.may_be_shown():
        return ""
    specs = specs_for(image, role)
    try:
        renditions = image.get_renditions(*specs)
    except SourceImageIOError as error:
        _missing(image, error)
        return ""
    attrs = {"loading": loading, "decoding": "async"}
    if len({spec.split("|")[0] for spec in specs}) > 1:
        attrs["sizes"] = sizes or "100vw"
    if alt is not None:
        attrs["alt"] = alt
    return Picture(renditions, attrs).__html__()


@register.simple_tag
def photo_rendition(image, role):
    """The single rendition of a one-size role ("large", "share", "logo"), or None."""
    if not image or not image.may_be_shown():
        return None
    try:
        return image.get_rendition(specs_for(image, role)[0])
    except SourceImageIOError as error:
        _missing(image, error)
        return None


@register.filter
def shown(photos):
    """Gallery photos (or images) whose consent allows showing them."""
    return [p for p in photos if getattr(p, "image", p).may_be_shown()]
