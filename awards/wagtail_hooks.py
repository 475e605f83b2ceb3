from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
