from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin import messages

from .rules import publication_problems
from .wagtail_localize import refuse_publishing_a_translation_with_unpublishable_photos


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


# Before wagtail-localize's own hook (order 0), which would publish.
hooks.register(
    "before_edit_page", refuse_publishing_a_translation_with_unpublishable_photos, order=-1
)
