"""wagtail-localize's "Convert to alias", only for those who may publish the page.

Works around wagtail-localize 1.14.5: its ``convert_to_alias`` view asks for
edit permission only, but an alias mirrors its source's live state, so
converting the draft translation of a live page publishes it without
approval. This view answers the same admin URL first (its
``register_admin_urls`` hook runs before wagtail-localize's) and hands over
to wagtail-localize's view for those who may publish.

Delete this module when wagtail-localize asks for publish permission there.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail import hooks
from wagtail.models import Page
from wagtail_localize.views import convert as localize_convert


def convert_translation_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias", only for those who may publish the page:
    an alias mirrors its source's live state, so converting the draft translation of a
    live page publishes it, and wagtail-localize asks for edit permission only."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return localize_convert.convert_to_alias(request, page_id)


@hooks.register("register_admin_urls", order=-1)  # before wagtail-localize's, so this one answers
def guard_convert_to_alias():
    return [path("localize/page/<int:page_id>/convert_to_alias/", convert_translation_to_alias)]
