"""The people of the demo: the ``admin`` superuser, one editor per real centre, a
reviewer, and a story one editor has sent for approval (the last three with DEBUG
on only, so that the approval loop can be tried at once)."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from ..models import AwardStoryPage, CentrePage
from ..roles import reviewers_group

ADMIN_USERNAME = "admin"
ADMIN_EMAIL = "admin@zawszepomocni.example"
REVIEWER_USERNAME = "recenzent"


def editor_username(centre_slug):
    return f"redaktor-{centre_slug}"


def plan_admin(load):
    """Decide before loading anything: the password to create ``admin`` with, or None."""
    user_model = get_user_model()
    if user_model._default_manager.filter(username=ADMIN_USERNAME).exists():
        load.report.admin = "exists"
        return None
    password = load.options.admin_password
    if password is None:
        if not settings.DEBUG:
            load.report.admin = "refused"
            return None
        password = secrets.token_urlsafe(12)
        load.report.admin_password = password
    else:
        try:
            validate_password(password, user_model(username=ADMIN_USERNAME))
        except ValidationError as error:
            raise CommandError(
                "--admin-password is too weak: " + " ".join(error.messages)
            ) from None
    load.report.admin = "created"
    return password


def create_admin(password):
    if password is None:
        return
    get_user_model()._default_manager.create_superuser(
        username=ADMIN_USERNAME, email=ADMIN_EMAIL, password=password
    )


def demo_team(load, real_centres):
    """Demo logins (development only): they all share one random password, printed
    once when they are created. Then each real centre's submitted story, if any."""
    user_model = get_user_model()
    password = secrets.token_urlsafe(12)
    people = [(REVIEWER_USERNAME, reviewers_group())] + [
        (editor_username(spec.slug), load.workspaces[spec.slug].editors)
        for spec in real_centres
        if spec.slug in load.workspaces
    ]
    for username, group in people:
        user = user_model._default_manager.filter(username=username).first()
        created = user is None
        if created:
            user = user_model._default_manager.create_user(
                username=username, email=f"{username}@zawszepomocni.example", password=password
            )
            user.groups.add(group)
            load.report.team_password = password
        load.count("demo logins", created, username)
        load.report.team.append((username, group.name))
    for spec in real_centres:
        if spec.submitted_story is not None:
            submit_for_approval(load, spec, spec.submitted_story)


def submit_for_approval(load, centre_spec, spec):
    """A new story, written by the centre's editor and waiting for the reviewer."""
    centre = CentrePage.objects.filter(slug=centre_spec.slug, locale=load.locale).first()
    editor = (
        get_user_model()._default_manager.filter(username=editor_username(centre_spec.slug)).first()
    )
    if centre is None or editor is None or centre.get_children().filter(slug=spec.slug):
        return
    page = AwardStoryPage(
        title=spec.title,
        slug=spec.slug,
        locale=load.locale,
        award=load.awards[spec.award],
        date_awarded=spec.date_awarded,
        conferred_by=spec.conferred_by,
        lead=spec.lead,
        body=load.stream(spec.body),
        live=False,
        owner=editor,
    )
    centre.add_child(instance=page)
    revision = page.save_revision(user=editor, log_action=True)
    page.get_workflow().start(page, editor)
    load.count("submissions", True, f"{page.url_path} (revision {revision.pk})")
