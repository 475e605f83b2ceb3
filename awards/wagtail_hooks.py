from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_localize.views import convert as localize_convert

from home.models import HOME_PAGE_SECTIONS_HOOK

from .dashboard import CentrePublicationsPanel, PendingSubmissionsPanel, is_reviewer
from .front_page import add_front_page_sections
from .models import Award, CentrePage, Project

hooks.register(HOME_PAGE_SECTIONS_HOOK, add_front_page_sections)

page_permission_policy = PagePermissionPolicy()


class AwardViewSet(SnippetViewSet):
    model = Award
    icon = "pick"
    list_display = ["name", "awarding_body", "level", "category"]
    list_filter = ["level", "category"]
    search_fields = ["name", "awarding_body"]


class ProjectViewSet(SnippetViewSet):
    model = Project
    icon = "folder-open-inverse"
    list_display = ["name", "programme", "code", "start_date", "end_date"]
    search_fields = ["name", "programme"]


class AwardsGroup(SnippetViewSetGroup):
    menu_label = _("Awards and projects")
    menu_icon = "pick"
    menu_order = 250
    items = (AwardViewSet, ProjectViewSet)


register_snippet(AwardsGroup)


@hooks.register("construct_homepage_panels")
def add_reviewer_panels(request, panels):
    if is_reviewer(request.user):
        panels.extend([PendingSubmissionsPanel(), CentrePublicationsPanel()])


@hooks.register("construct_page_chooser_queryset")
def hide_other_centres_drafts(pages, request):
    """Editors may link to any live page, but see drafts only in the trees they edit."""
    if is_reviewer(request.user):
        return pages
    editable = page_permission_policy.instances_user_has_any_permission_for(
        request.user, ["add", "change", "publish"]
    )
    return pages.filter(Q(live=True) | Q(pk__in=editable.values("pk")))


@hooks.register("before_copy_page")
def refuse_to_copy_a_centre(request, page):
    """A copy would be a second centre with the first one's tree; add a new centre instead."""
    if isinstance(page.specific_deferred, CentrePage):
        messages.error(
            request, _("A centre cannot be copied. Add a new centre under the network home.")
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("before_move_page")
def refuse_a_move_the_user_may_not_make(request, page, destination):
    """Wagtail checks a move only when it is carried out, so its confirmation page would
    show any page, by its draft title, to any editor; refuse it as the move would be."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied


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
