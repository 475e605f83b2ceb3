"""manage.py add_centre: a new member centre, ready for its editors, in one transaction."""

import secrets

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from awards.choices import CentreKind, Voivodeship
from awards.models import CentrePage, CentreWorkspace
from awards.provisioning import clean_hostname, provision_centre
from home.models import NetworkHomePage

FIELDS = {
    # option: (model field, help)
    "official_name": (
        "official_name",
        "official name, e.g. 'Gminny Ośrodek Pomocy Społecznej w Domanicach'",
    ),
    "kind": ("kind", f"kind of centre: {', '.join(CentreKind.values)}"),
    "commune": ("commune", "commune (gmina)"),
    "county": ("county", "county (powiat)"),
    "voivodeship": ("voivodeship", f"voivodeship: {', '.join(Voivodeship.values)}"),
    "street": ("street_address", "street and number, e.g. 'ul. Jedności Narodowej 11'"),
    "postal_code": ("postal_code", "postal code, 00-000"),
    "city": ("city", "town"),
    "phone": ("phone", "phone (optional)"),
    "email": ("email", "email (optional)"),
    "website": ("website", "website address (optional)"),
    "bip": ("bip_url", "Biuletyn Informacji Publicznej address (optional)"),
    "head": ("head_of_centre", "head of centre (optional)"),
}
REQUIRED = (
    "official_name",
    "kind",
    "commune",
    "county",
    "voivodeship",
    "street",
    "postal_code",
    "city",
)


class Command(BaseCommand):
    help = (
        "Add a member centre under the network home and set up, in one transaction, what it "
        "needs: the published centre page; the group '<name>: editors' with add and edit (not "
        "publish) permission on the centre's pages; an image and document collection for the "
        "centre that only that group (and the regional reviewers) can use; optionally a Site "
        "with the centre's own host name rooted at its page, and its first editor. Nothing is "
        "created if any part is refused (name or host name taken, a bad field)."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="the centre's short name, e.g. 'GOPS Domanice'")
        for option, (_field, help_text) in FIELDS.items():
            parser.add_argument(
                f"--{option.replace('_', '-')}",
                dest=option,
                default="",
                required=option in REQUIRED,
                help=help_text,
            )
        parser.add_argument(
            "--slug", default="", help="address of the centre (default: from the name)"
        )
        parser.add_argument(
            "--hostname",
            default="",
            help="the centre's own host name, e.g. gops-domanice.pl (optional)",
        )
        parser.add_argument(
            "--editor",
            default="",
            metavar="EMAIL",
            help="also create the centre's first editor, logging in with this email",
        )

    def handle(self, *args, name, slug, hostname, editor, **options):
        home = NetworkHomePage.objects.filter(locale=Locale.get_default()).first()
        if home is None:
            raise CommandError(
                "There is no network home page yet: run 'manage.py load_demo_network' or create "
                "one in the admin first."
            )
        centre = CentrePage(
            title=name.strip(),
            slug=slug or slugify(name),
            **{FIELDS[option][0]: options[option].strip() for option in FIELDS},
        )
        try:
            if hostname:
                hostname = clean_hostname(hostname)
            if editor:
                editor = self.check_editor(editor)
            with transaction.atomic():
                home.add_child(instance=centre)
                centre.full_clean()
                centre.save_revision().publish()
                if hostname:
                    provision_centre(centre, hostname=hostname)
                password = self.create_editor(centre, editor) if editor else None
        except ValidationError as error:
            raise CommandError(self.describe(error)) from None

        workspace = CentreWorkspace.objects.get(translation_key=centre.translation_key)
        self.stdout.write(self.style.SUCCESS(f"Added {centre.title} at {centre.url_path}"))
        self.stdout.write(f"  editors' group: {workspace.editors.name}")
        self.stdout.write(f"  collection:     {workspace.collection.name}")
        if hostname:
            self.stdout.write(f"  own site:       http://{hostname}/")
        if password:
            self.stdout.write(f"  first editor:   {editor}  password: {password} (shown once)")

    def check_editor(self, email):
        email = email.strip().lower()
        validate_email(email)
        if get_user_model().objects.filter(username__iexact=email).exists():
            raise ValidationError({"editor": f"a user {email} already exists"})
        return email

    def create_editor(self, centre, email):
        password = secrets.token_urlsafe(12)
        user = get_user_model().objects.create_user(username=email, email=email, password=password)
        workspace = CentreWorkspace.objects.get(translation_key=centre.translation_key)
        user.groups.add(workspace.editors)
        return password

    @staticmethod
    def describe(error):
        if not hasattr(error, "error_dict"):
            return " ".join(error.messages)
        labels = {field: f"--{option.replace('_', '-')}" for option, (field, _h) in FIELDS.items()}
        labels.update(title="name", slug="--slug", editor="--editor")
        return "\n".join(
            f"{labels.get(field, field)}: {' '.join(messages)}"
            for field, messages in error.message_dict.items()
        )
