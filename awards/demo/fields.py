"""Reading one data file, field by field, with errors that say where the mistake is.

``Field`` wraps a value parsed from a YAML file together with the file and the
path to the value (``stories[0].body[2].heading``). Every accessor checks the
type it promises and raises ``DataError`` naming both, e.g.::

    awards/demo/data/centres/10-gops-domanice.yaml: stories[0].date_awarded:
    expected a date (YYYY-MM-DD), not 'jesień 2014'
"""

import datetime
from pathlib import Path

import yaml
from django.core.management.base import CommandError

from .texts import LANGUAGES

try:
    SafeLoader = yaml.CSafeLoader  # the C parser, where PyYAML was built with libyaml
except AttributeError:  # pragma: no cover
    SafeLoader = yaml.SafeLoader

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class DataError(CommandError):
    """A demo data file that cannot be loaded as written."""


def shown_path(path):
    """The file as the message shows it: relative to the project when inside it."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


def read_file(path):
    """The top-level Field of the YAML file at ``path``."""
    label = shown_path(path)
    try:
        with open(path, encoding="utf-8") as stream:
            value = yaml.load(stream, Loader=SafeLoader)  # noqa: S506 -- a safe loader
    except OSError as error:
        raise DataError(f"{label}: cannot be read: {error.strerror}") from None
    except yaml.YAMLError as error:
        where = ""
        mark = getattr(error, "problem_mark", None)
        if mark is not None:
            where = f" line {mark.line + 1}, column {mark.column + 1}:"
        problem = getattr(error, "problem", None) or str(error)
        raise DataError(f"{label}:{where} not valid YAML: {problem}") from None
    return Field(value, label)


def describe(value):
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


class Field:
    """A value read from a data file, and where it was read from."""

    def __init__(self, value, file, path=""):
        self.value = value
        self.file = file
        self.path = path

    def fail(self, problem):
        raise DataError(f"{self.file}: {self.path or '(the whole file)'}: {problem}")

    def _child(self, key, value):
        if isinstance(key, int):
            return Field(value, self.file, f"{self.path}[{key}]")
        return Field(value, self.file, f"{self.path}.{key}" if self.path else str(key))

    # --- structure ---------------------------------------------------------------

    def mapping(self, required=(), optional=()):
        """Check that this is a mapping with the ``required`` keys and no others than these."""
        if not isinstance(self.value, dict):
            self.fail(f"expected a mapping of fields, not {describe(self.value)}")
        missing = [key for key in required if key not in self.value]
        if missing:
            self._child(missing[0], None).fail("missing")
        known = set(required) | set(optional)
        unknown = [key for key in self.value if key not in known]
        if unknown:
            self.fail(f"unknown field {unknown[0]!r} (known: {', '.join(sorted(known))})")
        return self

    def __getitem__(self, key):
        if isinstance(self.value, dict) and key in self.value:
            return self._child(key, self.value[key])
        return self._child(key, None).fail("missing")

    def get(self, key):
        """The field ``key``, or a Field holding None when it is not given."""
        value = self.value.get(key) if isinstance(self.value, dict) else None
        return self._child(key, value)

    def __contains__(self, key):
        return isinstance(self.value, dict) and key in self.value

    def items(self):
        """The entries of a list (an empty list when not given)."""
        if self.value is None:
            return []
        if not isinstance(self.value, list):
            self.fail(f"expected a list, not {describe(self.value)}")
        return [self._child(index, value) for index, value in enumerate(self.value)]

    def entries(self):
        """(key, Field) pairs of a mapping, in file order."""
        self.mapping(optional=self.value.keys() if isinstance(self.value, dict) else ())
        return [(key, self._child(key, value)) for key, value in self.value.items()]

    # --- scalars -----------------------------------------------------------------

    def text(self, default=None):
        """A string; numbers are refused so that "7.1" is not silently a float."""
        if self.value is None and default is not None:
            return default
        if not isinstance(self.value, str) or not self.value.strip():
            hint = " (put it in quotes)" if isinstance(self.value, int | float) else ""
            self.fail(f"expected text, not {describe(self.value)}{hint}")
        return self.value

    def optional_text(self):
        return self.text(default="")

    def number(self, default=None):
        if self.value is None and default is not None:
            return default
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            self.fail(f"expected a whole number, not {describe(self.value)}")
        return self.value

    def share(self):
        """A fraction between 0 and 1."""
        if isinstance(self.value, bool) or not isinstance(self.value, int | float):
            self.fail(f"expected a number between 0 and 1, not {describe(self.value)}")
        if not 0 <= self.value <= 1:
            self.fail(f"expected a number between 0 and 1, not {self.value}")
        return self.value

    def date(self, optional=False):
        if self.value is None and optional:
            return None
        if not isinstance(self.value, datetime.date) or isinstance(self.value, datetime.datetime):
            self.fail(f"expected a date (YYYY-MM-DD), not {describe(self.value)}")
        return self.value

    def choice(self, choices):
        """One of ``choices`` (a list, or Django TextChoices)."""
        values = [str(getattr(choice, "value", choice)) for choice in choices]
        text = self.text()
        if text not in values:
            self.fail(f"{text!r} is not one of: {', '.join(values)}")
        return text

    # --- texts in several languages ----------------------------------------------

    def translated(self, strings):
        """The Polish text; its translations go into ``strings``.

        Either ``{pl: ..., en: ..., uk: ...}``, or one string for a text that
        reads the same in every language (a name).
        """
        if isinstance(self.value, str):
            text = self.text()
            if strings is not None:
                strings.same_everywhere(text)
            return text
        if not isinstance(self.value, dict):
            self.fail(
                f"expected text, or its languages as {{{': ..., '.join(LANGUAGES)}: ...}}, "
                f"not {describe(self.value)}"
            )
        self.mapping(required=LANGUAGES)
        texts = {code: self[code].text() for code in LANGUAGES}
        if strings is not None:
            try:
                strings.add(texts)
            except ValueError as error:
                self.fail(str(error))
        return texts[LANGUAGES[0]]

    def optional_translated(self, strings):
        return "" if self.value is None else self.translated(strings)
