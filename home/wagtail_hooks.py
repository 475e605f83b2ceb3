from django.shortcuts import redirect
from django.utils import timezone, translation
from wagtail import hooks

from . import wagtail_localize_workflow  # noqa: F401 - registers its hooks
from .content_checker import use_network_content_checker
from .dashboard import StatementReviewPanel, due_statements


@hooks.register("before_serve_page")
def serve_each_page_under_its_own_language(page, request, serve_args, serve_kwargs):
    """Never Polish text under /uk/: a page is served at its own language's address.

    Wagtail falls back to the default-language page where a locale has no live
    translation (``Page.localized``); send the visitor to that page's own URL.
    """
    if page.locale.language_code != translation.get_language():
        own_url = page.get_url(request)
        if own_url and own_url != request.path:
            return redirect(own_url)


hooks.register("construct_wagtail_userbar", use_network_content_checker)


@hooks.register("construct_homepage_panels")
def remind_of_statement_reviews(request, panels):
    """Editors and reviewers see the statements they may edit that need the yearly review."""
    today = timezone.localdate()
    statements = due_statements(request.user, today)
    if statements:
        panels.append(StatementReviewPanel(statements, today))
