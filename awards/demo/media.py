"""The demo's images: stand-in photos of the centres and the EU-marking logos.

An image is found by its title or made from its painting (``photos.py``,
``marking.py``); every file written is remembered, so that a load that fails
leaves no file behind its rolled-back rows.
"""

import io

from django.core.files.images import ImageFile
from wagtail.utils.file import hash_filelike

from home.models import EUMarkingSettings, NetworkImage

from . import marking, photos, reading
from .spec import slugify


def save_image(load, data, **fields):
    """A new image from generated JPEG ``data``; its file is remembered for clean-up."""
    image = NetworkImage(file_size=len(data), file_hash=hash_filelike(io.BytesIO(data)), **fields)
    image.file = ImageFile(io.BytesIO(data), name=f"{slugify(fields['title'])[:80]}.jpg")
    image.save()
    load.saved_files.append((image.file.storage, image.file.name))
    return image


def photo(load, spec, collection=None):
    """The stand-in image for ``spec`` (a PhotoSpec), found by its title or made."""
    if spec.title in load.images:
        return
    image = NetworkImage.objects.filter(title=spec.title).first()
    created = image is None
    if created:
        image = save_image(
            load,
            photos.render_jpeg(spec.title),
            title=spec.title,
            description=photos.alt_text(spec.title),
            credit=spec.credit,
            **photos.consent(),
            **({"collection": collection} if collection else {}),
        )
    load.images[spec.title] = image
    load.count("images", created, spec.title)


def eu_marking(load):
    """Stand-in logos for the EU-funds marking, unless the regional centre set any."""
    marks = reading.marking().marks
    logos = EUMarkingSettings.load()
    if any(getattr(logos, f"{mark.setting}_id") for mark in marks):
        load.count("EU marking logos", False, "set by the regional centre")
        return
    for mark in marks:
        image = NetworkImage.objects.filter(title=mark.title).first()
        created = image is None
        if created:
            image = save_image(
                load,
                marking.render_jpeg(mark.setting),
                title=mark.title,
                description=mark.alt_text,
                credit=reading.marking().credit,
                nobody_identifiable=True,  # flags and logos
            )
        load.count("images", created, mark.title)
        setattr(logos, mark.setting, image)
    logos.save()
    load.count("EU marking logos", True, "stand-ins")


def stream(load, blocks):
    """Body blocks in StreamField's stored form, with photos swapped for their images."""
    data = []
    for block_type, value in blocks:
        if block_type == "image":
            value = {
                "image": load.images[value["photo"].title].pk,
                "caption": value["caption"],
                "credit": value["photo"].credit,
            }
        data.append({"type": block_type, "value": value})
    return data
