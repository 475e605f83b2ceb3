"""The admin API's pages endpoint, without its page actions and with a strict offset.

Works around two gaps in Wagtail 8.0's admin API (``wagtail.admin.api``):

- Its page actions (``/admin/api/main/pages/<id>/action/<name>/``: copy,
  create_alias, copy_for_translation, convert_alias, delete, move, publish,
  unpublish, revert_to_page_revision) check only part of what the admin's own
  views check. ``revert_to_page_revision`` asks for edit permission and
  ignores the workflow lock, so a centre editor could replace a change waiting
  for approval with a revision nobody submitted, and the reviewer's Approve
  would publish it. The admin UI uses none of these actions (the explorer
  menu and choosers only read the listing and detail), so here they are
  switched off for everyone with a 403 and a message.
- Its pagination turns ``offset``/``limit`` into ints with ``int()``, which
  takes any Unicode digits and any size; an offset beyond what the database
  can slice ended in a server error. Here they must be ASCII digits within
  ``MAX_OFFSET``, or the answer is a 400.

Delete this module (and its import in ``overrides.wagtail_hooks``) when Wagtail's
admin API actions enforce the same rules as the admin views (workflow lock,
publish permission) and its pagination validates both numbers.
"""

from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

from home.url_numbers import parse_number

# Far beyond any page count, far below what SQLite or PostgreSQL can slice (2**63).
MAX_OFFSET = 10**9


class StrictPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        for name in ("offset", "limit"):  # Wagtail then applies the limit's own maximum
            value = request.GET.get(name)
            if value is not None:
                try:
                    parse_number(value, minimum=0, maximum=MAX_OFFSET)
                except ValueError:
                    raise BadRequestError(
                        f"{name} must be a whole number from 0 to {MAX_OFFSET}"
                    ) from None
        return super().paginate_queryset(queryset, request, view)


class PagesWithoutActionsAPIViewSet(PagesAdminAPIViewSet):
    pagination_class = StrictPagination

    def action_view(self, request, pk, action_name):
        self.get_object()  # another centre's page stays a 404, as for reading it
        raise PermissionDenied(
            _("Page actions are not available through the admin API; use the page editor.")
        )


@hooks.register("construct_admin_api")
def replace_the_pages_endpoint(router):
    router.register_endpoint("pages", PagesWithoutActionsAPIViewSet)
