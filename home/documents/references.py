"""The documents a page links, found like its photos (``home.photos.rules.images_shown_by``)."""

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex


def documents_linked_by(obj):
    """``(document, field)`` for every document ``obj`` (as it is in memory) refers to.

    Wagtail's reference-index extractor finds a link in rich text, a chooser
    block or a foreign key alike; ``field`` is its model path.
    """
    model = get_document_model()
    document_type = ContentType.objects.get_for_model(model).pk
    found = [
        (int(object_id), model_path)
        for content_type, object_id, model_path, _content_path in (
            ReferenceIndex._extract_references_from_object(obj)
        )
        if content_type == document_type
    ]
    documents = model.objects.in_bulk({pk for pk, _path in found})
    return [(documents[pk], path) for pk, path in found if pk in documents]
