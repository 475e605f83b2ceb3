"""The network's image model: every photo with its credit and the consent behind it."""

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Image,
    SourceImageIOError,
    WagtailImageField,
    get_upload_to,
)
from wagtail.search import index

from .. import shown_content
from ..storage import photo_storage


class ConsentScope(models.TextChoices):
    WEBSITE = "website", _("this network's website")
    WEBSITE_AND_SOCIAL = "website_social", _("this network's website and social media")
    PRINT = "print", _("printed materials only")


WEBSITE_SCOPES = {ConsentScope.WEBSITE, ConsentScope.WEBSITE_AND_SOCIAL}


class NetworkImage(AbstractImage):
    """Every photo on the network, with its credit and the consent behind it.

    Wagtail's own ``description`` field is the alt text. A photo of identifiable
    people is personal data (RODO) and publishing someone's image needs their
    consent (art. 81 of the Polish copyright act): ``consent_problem`` says why
    a photo may not be shown, and ``photos`` enforces it (docs/photos-and-consent.md).
    """

    file = WagtailImageField(
        verbose_name=_("file"),
        upload_to=get_upload_to,
        width_field="width",
        height_field="height",
        storage=photo_storage,
    )
    credit = models.CharField(_("photo credit"), max_length=200, blank=True)
    # Unticked, the photo counts as showing people and needs a consent: a form
    # that leaves the box out (the multiple uploader's) can only err on the safe side.
    nobody_identifiable = models.BooleanField(
        _("nobody can be recognised"),
        default=False,
        help_text=_(
            "Tick only if nobody can be recognised in the photo (faces, names, "
            "distinctive clothing or places). Otherwise record the consent below."
        ),
    )
    consent_given_by = models.CharField(
        _("consent given by"),
        max_length=300,
        blank=True,
        help_text=_("The people shown, or their parents or legal guardians."),
    )
    consent_scope = models.CharField(
        _("consent covers"), max_length=20, choices=ConsentScope.choices, blank=True
    )
    consent_given_on = models.DateField(_("consent given on"), null=True, blank=True)
    consent_valid_until = models.DateField(
        _("consent valid until"), null=True, blank=True, help_text=_("Empty: no end date.")
    )
    consent_withdrawn_on = models.DateField(
        _("consent withdrawn on"),
        null=True,
        blank=True,
        help_text=_(
            "Setting this takes the photo off every public page and deletes its "
            "published copies at once."
        ),
    )
    # Set by ``photos.withdrawal.withdraw``: a photo whose consent expired
    # is withdrawn by ``manage.py withdraw_expired_consents`` unless this is
    # later than the expiry date. Renditions cannot say it (the admin's own
    # previews make new ones of a withdrawn photo).
    public_copies_withdrawn_at = models.DateTimeField(
        _("public copies withdrawn at"), null=True, blank=True, editable=False
    )

    admin_form_fields = Image.admin_form_fields + (
        "credit",
        "nobody_identifiable",
        "consent_given_by",
        "consent_scope",
        "consent_given_on",
        "consent_valid_until",
        "consent_withdrawn_on",
    )

    search_fields = AbstractImage.search_fields + [index.SearchField("credit")]

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def alt_text_problem(self):
        if not (self.description or "").strip():
            return _("it has no alt text (fill in the image's description)")
        return None

    def consent_problem(self, today=None):
        """Why this photo may not be shown to the public now, or None if it may."""
        if self.nobody_identifiable:
            return None
        today = today or timezone.localdate()
        if self.consent_withdrawn_on:
            return _("the consent of the people shown was withdrawn on %(date)s") % {
                "date": date_format(self.consent_withdrawn_on)
            }
        if not (self.consent_given_by.strip() and self.consent_given_on and self.consent_scope):
            return _(
                "it shows identifiable people and no consent is recorded "
                "(who gave it, what it covers and when)"
            )
        if self.consent_given_on > today:
            return _("the consent of the people shown is dated in the future (%(date)s)") % {
                "date": date_format(self.consent_given_on)
            }
        if self.consent_valid_until and self.consent_valid_until < today:
            return _("the consent of the people shown expired on %(date)s") % {
                "date": date_format(self.consent_valid_until)
            }
        if self.consent_scope not in WEBSITE_SCOPES:
            return _("the consent of the people shown does not cover this website")
        return None

    def may_be_shown(self):
        return self.consent_problem() is None

    def public_url(self, filter_spec, request=None):
        """The (absolute, given a request) URL of a rendition readers may see, or None.

        None when the consent does not allow showing the photo (and then no
        rendition is made), or when the original file is missing, as Wagtail's
        ``{% image %}`` tag shows nothing rather than fail.
        """
        if not self.may_be_shown():
            return None
        try:
            url = self.get_rendition(filter_spec).url
        except SourceImageIOError:
            return None
        return request.build_absolute_uri(url) if request is not None else url


class NetworkRendition(AbstractRendition):
    image = models.ForeignKey(NetworkImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


shown_content.register(NetworkImage)
