"""Wagtail's page bulk actions, naming only pages in the user's own trees.

Works around a gap in Wagtail 8.0: the confirmation page of a page bulk action
(delete, move, publish, unpublish) lists the selected pages the user may not
act on by their draft titles, for any page id in the address, so a centre
editor could read another centre's unapproved titles. Here each action is
registered again after Wagtail's own (``order=1``), so it replaces it for the
same action name, and names a refused page only if the user may explore it.

Delete this module when Wagtail's bulk actions list only pages the user may
explore.
"""

from wagtail import hooks
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.permission_policies.pages import PagePermissionPolicy

page_permission_policy = PagePermissionPolicy()


class NameOnlyExplorablePages:
    """A page bulk action that names the selected pages the user may not act on only if
    they are in the user's own trees: Wagtail would list any page id by its draft title."""

    def get_actionable_objects(self):
        objects, not_actionable = super().get_actionable_objects()
        refused = not_actionable["items_with_no_access"]
        explorable = set(
            page_permission_policy.explorable_instances(self.request.user)
            .filter(pk__in=[page.pk for page in refused])
            .values_list("pk", flat=True)
        )
        not_actionable["items_with_no_access"] = [page for page in refused if page.pk in explorable]
        return objects, not_actionable


for bulk_action in (DeleteBulkAction, MoveBulkAction, PublishBulkAction, UnpublishBulkAction):
    # Registered after Wagtail's own (order=1), so these replace them for the same action.
    hooks.register(
        "register_bulk_action",
        type(
            bulk_action.__name__, (NameOnlyExplorablePages, bulk_action), {"__module__": __name__}
        ),
        order=1,
    )
