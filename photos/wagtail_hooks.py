from django.shortcuts import redirect
from django.urls import reverse
from wagtail import hooks
from wagtail.admin import messages
from wagtail.images import get_image_model

from home.publishing import publication_problems

from .live import may_change_public_photo, refusal


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_of_pages_with_unpublishable_photos(request, action_type, objects, view):
    """Bulk "Publish" refuses the whole batch if any page's photos may not go live, saying why."""
    if action_type != "publish":
        return None
    problems = []
    for page in objects:
        revision = page.get_latest_revision()
        specific = revision.as_object() if revision else page.specific
        problems += [f"{specific.title}: {problem}" for problem in publication_problems(specific)]
    if not problems:
        return None
    for problem in problems:
        messages.error(request, problem)
    return redirect(view.next_url)


@hooks.register("before_bulk_action")
def refuse_bulk_changes_to_public_photos(request, action_type, objects, view):
    """Tagging, moving or deleting photos in bulk leaves the public ones to reviewers.

    Bulk delete is refused by the permission policy already
    (``photos.permissions``), which drops those photos from ``objects``
    silently; they are looked up again from the request so that the editor is
    told why.
    """
    if view.model is not get_image_model():
        return None
    ids = {int(pk) for pk in request.GET.getlist("id") if pk.isdigit()}
    asked = {image.pk: image for image in objects}
    # Only the photos the user may otherwise change: another centre's stay unnamed.
    own = view.permission_policy.instances_user_has_permission_for(request.user, "change")
    asked.update(own.in_bulk(ids - set(asked)))
    refused = [
        image for image in asked.values() if not may_change_public_photo(request.user, image)
    ]
    if not refused:
        return None
    for image in refused:
        messages.error(request, refusal(image))
    # Without a "next", Wagtail's next_url is the bulk action itself.
    listing = reverse("wagtailimages:index")
    return redirect(listing if view.next_url == request.path else view.next_url)
