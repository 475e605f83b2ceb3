"""Photos the public sees now, and who may change them.

A photo shown by a live page (``PhotoUse``) or by the EU-funds marking strip
is public: changing its file, alt text, credit, consent or focal point, or
deleting it, would change live pages without anyone approving it. Only a user
who may publish every live page that shows it (a regional reviewer) may do
that; a centre's editor uploads a new photo and puts it on the page, which
then goes through "Regional approval". Withdrawing consent is the exception:
it takes the photo off at once (``photos.withdrawal``), so it never
waits for a reviewer.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home.models import EUMarkingSettings

REFUSED = _(
    "The photo “%(title)s” is shown on published pages, so only a reviewer may change it. "
    "Upload the new photo as a new image, put it on the page and submit the page for "
    "approval. To withdraw consent, change only “consent withdrawn on”."
)


def live_pages_showing(image):
    return Page.objects.filter(photo_uses__image=image, live=True).distinct()


def is_public_now(image):
    if image.pk is None:
        return False
    return image.pk in EUMarkingSettings.logo_ids() or live_pages_showing(image).exists()


def may_change_public_photo(user, image):
    """Whether ``user`` may change what the public sees of ``image``."""
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser or not is_public_now(image):
        return True
    if image.pk in EUMarkingSettings.logo_ids() and not user.has_perm(
        "home.change_eumarkingsettings"
    ):
        return False
    return all(page.permissions_for_user(user).can_publish() for page in live_pages_showing(image))


def refusal(image):
    return REFUSED % {"title": image.title}


def only_withdraws(before, after):
    """Whether ``before`` -> ``after`` withdraws consent (or earlier), never undoes it."""
    if after is None:
        return False
    return before is None or after <= before
