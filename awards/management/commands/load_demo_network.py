import time

from django.conf import settings
from django.core.management.base import BaseCommand

from awards.demo import generated, reading
from awards.demo.loader import ADMIN_USERNAME, DemoLoader, Options


class Command(BaseCommand):
    help = (
        'Load the demo network "Zawsze pomocni": the network home page (served as the default '
        "Site on localhost), the award index and prose pages, the awards and projects, the real "
        "centres with their award stories and photo galleries in Polish, English and Ukrainian "
        "(the data files in awards/demo/data), and a generated network of fictional centres in "
        "Polish (fixed seed; about 30 centres and 200 stories in all). `make run` passes "
        "--no-generated: the real centres load in well under a minute, so that a fresh clone "
        "serves its first page quickly; run the command without it (or `make demo DEMO_ARGS=`) "
        "to add the generated network, a minute or two more. Photos are stand-in graphics made "
        "with Pillow; their renditions are made when a page first shows them (or all at once by "
        "manage.py refresh_photo_uses). Safe to run again: what exists is kept unchanged and "
        "only what is missing is added. With DEBUG on it also creates the superuser "
        f'"{ADMIN_USERNAME}" with a random password, printed at the end, plus a regional '
        "reviewer and one editor per real centre (sharing one printed password) and a story "
        "submitted for approval, so the approval loop can be tried at once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--seed",
            metavar="N",
            help=(
                "Seed of the generated part "
                f"(a whole number; default {generated.defaults()['seed']})."
            ),
        )
        parser.add_argument(
            "--centres",
            metavar="N",
            help=(
                "How many fictional centres to generate "
                f"(1–{generated.max_centres()}; default {generated.defaults()['centres']})."
            ),
        )
        parser.add_argument(
            "--stories",
            metavar="N",
            help=(
                "How many stories to generate for them "
                f"(1–{generated.pools()['max_stories']}; "
                f"default {generated.defaults()['stories']})."
            ),
        )
        parser.add_argument(
            "--no-generated",
            action="store_true",
            help=(
                "Load only the real centres, without the generated network (what `make run` does)."
            ),
        )
        parser.add_argument(
            "--admin-password",
            metavar="PASSWORD",
            help=(
                f'Password for a new "{ADMIN_USERNAME}" superuser. Needed to create it when '
                "DEBUG is off; never changes the password of an existing user."
            ),
        )

    def handle(self, *args, **options):
        load_options = Options.parse(
            seed=options["seed"],
            centres=options["centres"],
            stories=options["stories"],
            no_generated=options["no_generated"],
            admin_password=options["admin_password"],
        )
        verbosity = options["verbosity"]
        if verbosity:
            what = f"the {len(reading.real_centres())} real centres"
            if load_options.with_generated:
                what += (
                    f" and {load_options.centres} generated centres with "
                    f"{load_options.stories} stories (seed {load_options.seed})"
                )
            self.stdout.write(f'Loading the demo network "Zawsze pomocni": {what}…')
        log = self.stdout.write if verbosity >= 2 else None

        started = time.perf_counter()
        report = DemoLoader(load_options, log=log).run()
        elapsed = time.perf_counter() - started

        if verbosity:
            self._summary(report, elapsed)
            if not load_options.with_generated:
                self.stdout.write(
                    "The generated network of fictional centres is not loaded (--no-generated); "
                    "`make demo DEMO_ARGS=` or `manage.py load_demo_network` adds it."
                )
        self._admin_message(report)
        self._team_message(report)

    def _summary(self, report, elapsed):
        for note in report.notes:
            self.stdout.write(f"  {note}")
        self.stdout.write(f"  {'':<16}{'created':>8}{'kept':>8}")
        for kind, created, kept in report.rows():
            self.stdout.write(f"  {kind:<16}{created:>8}{kept:>8}")
        outcome = "Done" if report.created_anything else "Nothing new: everything was already there"
        self.stdout.write(self.style.SUCCESS(f"{outcome} ({elapsed:.1f} s)."))

    def _admin_message(self, report):
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"
        if report.admin == "created":
            password = report.admin_password or "(the one given with --admin-password)"
            self.stdout.write(
                f"Demo admin: {admin_url}  login: {ADMIN_USERNAME}  password: {password}"
            )
        elif report.admin == "exists":
            self.stdout.write(
                f'Demo admin: {admin_url}  the user "{ADMIN_USERNAME}" already exists; its '
                f"password is unchanged (reset it with: manage.py changepassword {ADMIN_USERNAME})."
            )
        elif report.admin == "refused":
            self.stderr.write(
                f"Demo admin not created: DEBUG is off. Pass --admin-password to create the "
                f'"{ADMIN_USERNAME}" superuser anyway.'
            )

    def _team_message(self, report):
        if not report.team:
            return
        if report.team_password:
            self.stdout.write(f"Demo logins (password for all: {report.team_password}):")
        else:
            self.stdout.write(
                "Demo logins (they already existed; passwords unchanged, reset with "
                "manage.py changepassword LOGIN):"
            )
        for username, group in report.team:
            self.stdout.write(f"  {username:<32} {group}")
