"""Every image and document a page refers to must be one its editor may choose.

An editor could otherwise type another centre's image id into a page (a
foreign key, a StreamField block, a gallery row, a rich-text link, a
translation override) and have its title and alt text in the preview and the
photo public on approval. References are found with Wagtail's reference-index
extractor, as ``home.publishing`` finds the photos a page shows, and checked
with the image and document permission policies' ``choose`` (reviewers may
choose from every collection). What the live page already refers to was
approved by a reviewer, so it may stay.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex
from wagtail.permissions import policy_registry

from .url_numbers import number_or_none

NOT_YOURS = {
    "image": _(
        "“%(field)s”: the image no. %(id)s is not in a collection you may choose from. "
        "Choose an image from your centre's collection."
    ),
    "document": _(
        "“%(field)s”: the document no. %(id)s is not in a collection you may choose from. "
        "Choose a document from your centre's collection."
    ),
}


def media_models():
    return {"image": get_image_model(), "document": get_document_model()}


def _extracted(obj, content_types):
    """``(content_type, pk, model_path)`` of what ``obj`` (in memory) refers to, found by
    Wagtail's reference-index extractor in foreign keys, StreamField blocks, rich text
    and child objects alike; ids that are not whole numbers are left out."""
    for (
        content_type,
        object_id,
        model_path,
        _content_path,
    ) in ReferenceIndex._extract_references_from_object(obj):
        pk = number_or_none(str(object_id), minimum=1, maximum=2**63 - 1)
        if content_type in content_types and pk is not None:
            yield content_type, pk, model_path


def referenced(obj, model):
    """``(instance, model_path)`` for every ``model`` object ``obj`` refers to."""
    found = list(_extracted(obj, {ContentType.objects.get_for_model(model).pk}))
    instances = model.objects.in_bulk({pk for _type, pk, _path in found})
    return [(instances[pk], path) for _type, pk, path in found if pk in instances]


def references_of(obj):
    """``{(kind, pk, model_path)}`` of every image and document ``obj`` (in memory) refers to."""
    kinds = {
        ContentType.objects.get_for_model(model).pk: kind for kind, model in media_models().items()
    }
    return {(kinds[content_type], pk, path) for content_type, pk, path in _extracted(obj, kinds)}


def refused_references(user, references, approved=frozenset()):
    """The ``(kind, pk, model_path)`` of ``references`` that ``user`` may not choose.

    ``approved`` are ``(kind, pk)`` the live page already refers to.
    """
    refused = []
    for kind, model in media_models().items():
        wanted = {pk for k, pk, _path in references if k == kind and (k, pk) not in approved}
        if not wanted:
            continue
        policy = policy_registry.get_by_type(model)
        allowed = set(
            policy.instances_user_has_permission_for(user, "choose")
            .filter(pk__in=wanted)
            .values_list("pk", flat=True)
        )
        existing = set(model.objects.filter(pk__in=wanted).values_list("pk", flat=True))
        refused += [
            (k, pk, path)
            for k, pk, path in sorted(references)
            if k == kind and pk in existing - allowed
        ]
    return refused


def approved_references_of(page):
    """``(kind, pk)`` the live version of ``page`` refers to (none for a page never published)."""
    if page is None or not page.pk or not page.live:
        return frozenset()
    if page.live_revision_id:
        live_page = page.live_revision.as_object()
    else:  # published without a revision (the demo loader, fixtures): the row is live
        live_page = type(page).objects.filter(pk=page.pk).first()
    if live_page is None:
        return frozenset()
    return frozenset((kind, pk) for kind, pk, _path in references_of(live_page))


def message_for(kind, pk, field_label):
    return NOT_YOURS[kind] % {"id": pk, "field": field_label}
