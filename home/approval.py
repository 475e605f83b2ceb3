"""An approval publishes the revision that was submitted for review, or nothing.

Wagtail publishes the page's *latest* revision when its workflow finishes
(``wagtail.workflows.publish_workflow_state``), while the reviewer's preview
of a task shows the revision the task was started with (``TaskState.revision``).
If anything made a newer revision meanwhile, Approve from the dashboard or the
page listing would publish text nobody reviewed; ``approval_problems`` says so,
and the workflow action view refuses (``overrides.workflow_action``).
Approving in the page editor shows and approves the latest revision itself.
"""

from django.utils.translation import gettext_lazy as _

CHANGED_SINCE_SUBMITTED = _(
    "“%(title)s” has changed since it was submitted for approval, so approving it here "
    "would publish a version nobody reviewed. Check its latest version in the page editor "
    "and approve it there."
)


def approval_problems(page, task_state):
    latest = page.get_latest_revision()
    if latest is not None and latest.pk != task_state.revision_id:
        return [CHANGED_SINCE_SUBMITTED % {"title": page.get_admin_display_title()}]
    return []
