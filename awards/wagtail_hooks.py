from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Award, Project


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
