"""Who may download a document (``/documents/<id>/<filename>``).

- people who may change or choose the document in the admin (its centre's
  editors, the reviewers) always get it, with ``Cache-Control: private,
  no-store``: the admin's links to it keep working before it is published;
- the public gets it while a live page outside any view restriction links it
  (``DocumentUse``), revalidated on every use (``no-cache`` with Wagtail's
  ETag), so unpublishing the page withdraws it at once;
- everyone else gets the same 404 as for a document that does not exist.

How it is sent (``documents.views``, Wagtail's serve view): always with
``X-Content-Type-Options: nosniff`` and ``Content-Security-Policy:
default-src 'none'``; a PDF inline (browsers show it in their own viewer, which
runs no page script under that policy), every other kind as an attachment
(``WAGTAILDOCS_INLINE_CONTENT_TYPES``).
"""

from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .models import DocumentUse


def is_public(document):
    live_public_pages = Page.objects.live().public()
    return DocumentUse.objects.filter(document=document, page__in=live_public_pages).exists()


def may_manage(user, document):
    policy = policy_registry.get_by_type(get_document_model())
    return user.is_authenticated and policy.user_has_any_permission_for_instance(
        user, ["change", "choose"], document
    )


def cache_control_for(request, document):
    """The ``Cache-Control`` of a document the requester may get, or None if they may not."""
    if may_manage(request.user, document):
        return {"private": True, "no_store": True}
    if is_public(document):
        return {"public": True, "no_cache": True}
    return None
