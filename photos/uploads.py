"""What an uploaded photo must be, and what is kept of it.

Wagtail's image field already refuses a wrong extension (SVG, GIF, …), a file
whose content is not the format its name says (a text file named ``.jpg``), a
file over ``WAGTAILIMAGES_MAX_UPLOAD_SIZE`` and an image whose header declares
more than ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` (a decompression bomb). Here the
photo is then decoded in full, which finds truncated and corrupt files, and
encoded again with its EXIF orientation applied and without its metadata: no
GPS position, camera, owner or date survives in the stored original, so none can
reach a rendition. Every upload path of the admin (add, multiple upload, replace
the file, the chooser's upload) uses this form, via ``WAGTAILIMAGES_IMAGE_FORM_BASE``;
a file the multiple uploader holds for its details form (``UploadedFile``) is
cleaned the same way before it is stored (``signal_handlers.clean_held_photo``).
"""

import io
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps
from pillow_heif import HeifImagePlugin  # noqa: F401 - lets Pillow open HEIC
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .live import may_change_public_photo, only_withdraws, refusal

# How each accepted format is written back: the original's format, high quality.
SAVE_OPTIONS = {
    "JPEG": {"quality": 92},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 92},
    "AVIF": {"quality": 90},
    "HEIF": {"quality": 92},
}


DAMAGED = _(
    "This file is damaged or incomplete and cannot be read as a photo. "
    "Export it again from the camera or phone and upload it once more."
)


class UnusablePhoto(ValidationError):
    pass


def clean_photo(name, data):
    """The photo ``data`` decoded, turned upright and re-encoded without metadata.

    Raises ``UnusablePhoto`` (with a message for the editor) if it cannot be
    decoded in full or is too large once decoded.
    """
    max_pixels = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image_format = image.format
            if image_format not in SAVE_OPTIONS:
                raise UnusablePhoto(
                    _("This file is not a JPEG, PNG, WebP, AVIF or HEIC photo."),
                    code="unsupported_format",
                )
            if image.width * image.height > max_pixels:
                raise UnusablePhoto(_too_many_pixels(image), code="too_many_pixels")
            image.load()
    except UnusablePhoto:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise UnusablePhoto(
            _("This image is too large once decoded (more than %(max)s pixels).")
            % {"max": f"{max_pixels:,}".replace(",", " ")},
            code="too_many_pixels",
        ) from None
    except (OSError, SyntaxError, ValueError) as error:
        raise UnusablePhoto(DAMAGED, code="damaged") from error

    icc_profile = image.info.get("icc_profile")
    upright = ImageOps.exif_transpose(image)
    if image_format == "JPEG" and upright.mode not in ("RGB", "L", "CMYK"):
        upright = upright.convert("RGB")
    # Pillow writes EXIF and XMP it finds in ``info`` (XMP can hold a GPS position too).
    upright.info = {}
    options = dict(SAVE_OPTIONS[image_format])
    if icc_profile:
        options["icc_profile"] = icc_profile
    output = io.BytesIO()
    upright.save(output, format=image_format, **options)
    return output.getvalue()


def _too_many_pixels(image):
    return _("This image has too many pixels (%(width)s × %(height)s). Maximum %(max)s pixels.") % {
        "width": image.width,
        "height": image.height,
        "max": f"{settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:,}".replace(",", " "),
    }


class PhotoField(WagtailImageField):
    """Wagtail's image field, which lets Pillow's error on a truncated file through.

    Wagtail 8.0 decodes the image to count its frames and does not catch the
    ``OSError`` Pillow raises for a truncated file (an error page instead of a
    message); here it becomes the same message as any other damaged file.
    """

    def to_python(self, data):
        try:
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError) as error:
            raise ValidationError(DAMAGED, code="damaged") from error


class PhotoForm(BaseImageForm):
    """Wagtail's image form, with every newly uploaded file checked and cleaned.

    It is also the one place every admin route that edits an image passes
    through (the edit view, with or without a new file, and the multiple
    uploader's details form), so it refuses any change but a withdrawal of
    consent to a photo the public sees now, unless the user may publish the
    pages showing it (``photos.live``).
    """

    def __init__(self, *args, **kwargs):
        self.user = kwargs.get("user")
        super().__init__(*args, **kwargs)
        if "file" in self.fields:  # made per form: the field reads the upload limits when made
            wagtail_field = self.fields["file"]
            self.fields["file"] = PhotoField(
                label=wagtail_field.label,
                required=wagtail_field.required,
                widget=wagtail_field.widget,
            )

    def clean(self):
        cleaned_data = super().clean()
        image = self.instance
        if not image.pk or not self.has_changed() or may_change_public_photo(self.user, image):
            return cleaned_data
        stored = type(image).objects.get(pk=image.pk)
        changed = set(self.changed_data) - {"consent_withdrawn_on"}
        withdrawal_changed = "consent_withdrawn_on" in self.changed_data and not only_withdraws(
            stored.consent_withdrawn_on, cleaned_data.get("consent_withdrawn_on")
        )
        if changed or withdrawal_changed:
            self.add_error(None, refusal(stored))
        return cleaned_data

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not isinstance(uploaded, UploadedFile):
            return uploaded  # no new file: editing the details of a stored photo
        uploaded.seek(0)
        data = clean_photo(uploaded.name, uploaded.read())
        cleaned = SimpleUploadedFile(uploaded.name, data, uploaded.content_type)
        cleaned.image = getattr(uploaded, "image", None)
        return cleaned
