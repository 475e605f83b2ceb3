"""What ``load_demo_network`` was asked to do, and what it did."""

from collections import Counter
from dataclasses import dataclass, field

from django.core.management.base import CommandError

from . import generated

# The order in which the summary lists what was made.
KINDS = (
    "images",
    "awards",
    "projects",
    "network pages",
    "centres",
    "award stories",
    "galleries",
    "sites",
    "site settings",
)


def whole_number(option, value, *, default, minimum, maximum=None, why_maximum=""):
    """``value`` as an int within bounds, or a CommandError that names the option."""
    if value is None:
        return default
    if isinstance(value, bool):
        raise CommandError(f"{option} must be a whole number, not {value!r}.")
    if isinstance(value, str):
        text = value.strip()
        if not text.lstrip("+-").isdigit():
            raise CommandError(f"{option} must be a whole number, not {value!r}.")
        value = int(text)
    if not isinstance(value, int):
        raise CommandError(f"{option} must be a whole number, not {value!r}.")
    if value < minimum:
        raise CommandError(f"{option} must be at least {minimum}, not {value}.")
    if maximum is not None and value > maximum:
        raise CommandError(f"{option} can be at most {maximum}{why_maximum}, not {value}.")
    return value


@dataclass(frozen=True)
class Options:
    seed: int
    centres: int
    stories: int
    with_generated: bool = True
    admin_password: str | None = None

    @classmethod
    def parse(
        cls, *, seed=None, centres=None, stories=None, no_generated=False, admin_password=None
    ):
        """Check raw option values (strings from the command line, or anything from
        ``call_command``) and raise CommandError with a plain message when one is wrong."""
        if no_generated and (centres is not None or stories is not None):
            raise CommandError(
                "--no-generated loads only the real centres; "
                "leave out --centres and --stories, or leave out --no-generated."
            )
        if admin_password is not None and not str(admin_password).strip():
            raise CommandError("--admin-password must not be empty.")
        defaults = generated.defaults()
        return cls(
            seed=whole_number("--seed", seed, default=defaults["seed"], minimum=0),
            centres=whole_number(
                "--centres",
                centres,
                default=defaults["centres"],
                minimum=1,
                maximum=generated.max_centres(),
                why_maximum=" (the demo knows that many fictional communes)",
            ),
            stories=whole_number(
                "--stories",
                stories,
                default=defaults["stories"],
                minimum=1,
                maximum=generated.pools()["max_stories"],
            ),
            with_generated=not no_generated,
            admin_password=None if admin_password is None else str(admin_password),
        )


@dataclass
class Report:
    created: Counter = field(default_factory=Counter)
    kept: Counter = field(default_factory=Counter)
    notes: list = field(default_factory=list)
    admin: str = ""  # "created", "exists" or "refused"
    admin_password: str | None = None
    team: list = field(default_factory=list)  # (username, group name)
    team_password: str | None = None  # set when the demo logins were created in this run

    def rows(self):
        kinds = list(KINDS) + sorted((set(self.created) | set(self.kept)) - set(KINDS))
        return [
            (kind, self.created[kind], self.kept[kind])
            for kind in kinds
            if self.created[kind] or self.kept[kind]
        ]

    @property
    def created_anything(self):
        return any(self.created.values())
