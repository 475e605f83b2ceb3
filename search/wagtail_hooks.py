"""Tell operators on the admin dashboard when the search engine has failed."""

from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from .health import last_engine_failure


class SearchEngineFailurePanel(Component):
    name = "search_engine_failure"
    order = 10

    def __init__(self, failure):
        self.failure = failure

    def render_html(self, parent_context=None):
        return format_html(
            '<section class="panel help-block help-critical" role="alert">'
            "<h2>{}</h2><p>{}</p><p><code>{}</code></p></section>",
            _("The search engine is failing"),
            _(
                "Since %(time)s visitors' searches are answered from the database. Run "
                "“manage.py search_check”, then “manage.py update_index” once the engine is back."
            )
            % {"time": self.failure["at"].strftime("%Y-%m-%d %H:%M UTC")},
            self.failure["error"],
        )


@hooks.register("construct_homepage_panels")
def add_search_engine_failure_panel(request, panels):
    failure = last_engine_failure()
    if failure:
        panels.insert(0, SearchEngineFailurePanel(failure))
