"""The network's roles and its one approval workflow, built from Wagtail's own pieces.

- "Regional reviewers": edit and publish every page, manage centres, awards,
  projects, sites, users and every collection.
- "<centre>: editors" (one per centre, see ``awards.provisioning``): add and
  edit pages in that centre's tree and photos in its collection; no publish.
- "Regional approval": one workflow with one group-approval task for the
  reviewers, assigned at the root of the page tree, above every locale's
  network home, so every page of every centre goes through it.

``ensure_network_roles`` runs after every ``migrate`` and is idempotent.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

REVIEWERS = "Regional reviewers"
WORKFLOW = "Regional approval"
REVIEW_TASK = "Regional review"

# Wagtail's own default groups and workflow would give a second, broader path.
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

REVIEWER_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)
REVIEWER_COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "delete_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "delete_document", "choose_document"),
}
REVIEWER_MODEL_PERMISSIONS = {
    "wagtailadmin": ("access_admin",),
    "awards": (
        "add_award",
        "change_award",
        "delete_award",
        "view_award",
        "add_project",
        "change_project",
        "delete_project",
        "view_project",
    ),
    "home": ("change_networksettings", "change_eumarkingsettings"),
    "wagtailcore": ("add_site", "change_site", "delete_site", "view_workflow"),
    "auth": ("add_user", "change_user", "view_user"),
}

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
EDITOR_COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
# Choosing the award and projects of a story needs to see them.
EDITOR_MODEL_PERMISSIONS = {
    "wagtailadmin": ("access_admin",),
    "awards": ("view_award", "view_project"),
}


def permissions(app_codenames):
    return [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codenames in app_codenames.items()
        for codename in codenames
    ]


def page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def grant_pages(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(codename)
        )


def grant_collection(group, collection, app_codenames):
    for permission in permissions(app_codenames):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def reviewers_group():
    return Group.objects.get(name=REVIEWERS)


@transaction.atomic
def ensure_network_roles():
    """Create or complete the reviewers' group and the "Regional approval" workflow."""
    root = Page.get_first_root_node()
    if root is None:  # before wagtailcore's own migrations have made the tree
        return
    reviewers, _created = Group.objects.get_or_create(name=REVIEWERS)
    reviewers.permissions.add(*permissions(REVIEWER_MODEL_PERMISSIONS))
    grant_pages(reviewers, root, REVIEWER_PAGE_PERMISSIONS)
    grant_collection(reviewers, Collection.get_first_root_node(), REVIEWER_COLLECTION_PERMISSIONS)

    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
    task.groups.set([reviewers])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})

    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()
