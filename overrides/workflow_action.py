"""Say why an approval cannot publish, instead of failing with a server error.

Works around a gap in Wagtail 8.0: the workflow action view (the reviewer's
"Approve" in the dashboard and the page listing) calls ``Task.on_action``
without any hook to refuse it, so an approval that ``BasePage.publish`` refuses
(``home.publishing``) would end in an error page. This view checks the latest
revision first and, if it is not the one submitted (``home.approval``) or its
photos may not be published, sends the reviewer to the page editor with the
reasons; ``overrides/urls.py`` routes the URL
here, ahead of Wagtail's admin URLs. Approving from the page editor is checked
by the page form (``home.page_form``).

Delete it (and its URL) when Wagtail offers a hook before workflow actions.
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.cache import never_cache
from wagtail.admin import messages
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.workflow import WorkflowActionView

from home.approval import approval_problems
from home.publishing import publication_problems


class CheckedWorkflowActionView(WorkflowActionView):
    def post(self, request, *args, **kwargs):
        if self.action_name == "approve":
            revision = self.object.get_latest_revision()
            problems = approval_problems(self.object, self.task_state) or (
                publication_problems(revision.as_object()) if revision else []
            )
            if problems:
                for problem in problems:
                    messages.error(request, problem)
                edit_url = reverse("wagtailadmin_pages:edit", args=[self.object.pk])
                if request.headers.get("x-requested-with") == "XMLHttpRequest":
                    return self.render_modal_json(
                        request, {"step": "success", "redirect": edit_url}
                    )
                return redirect(edit_url)
        return super().post(request, *args, **kwargs)


# Wrapped as Wagtail wraps its admin views: a refused user is sent to the
# dashboard with "no permission", and nothing is cached.
workflow_action = never_cache(require_admin_access(CheckedWorkflowActionView.as_view()))
