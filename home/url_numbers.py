"""The one reader of the whole numbers a URL carries (page numbers, years, ids).

``str.isdigit()`` and ``int()`` accept far more than a visitor means by a
number: ``"²".isdigit()`` is true but ``int("²")`` fails, and ``int()`` reads
``"٣"`` and ``"１２"`` as 3 and 12. A 20-digit number overflows SQLite's and
PostgreSQL's integers and an Elasticsearch result window. So every number read
from a URL goes through here: ASCII digits only, between bounds, and a clear
outcome otherwise (never an exception a view forgets to catch).

Callers decide what a bad number means to a visitor; the site's rule is that a
bad filter or page number is ignored with a notice (page 1, or the last page
when the number is past the end), and a bad number in an address that names
one thing (a sitemap page) is a 404.
"""

import re

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

_WHOLE_NUMBER = re.compile(r"-?[0-9]+")

#: Larger than any page number, year or database id the site has.
MAX_DIGITS = 18


class NotANumber(ValueError):
    """Not a whole number written in ASCII digits."""


class TooSmall(ValueError):
    """A whole number below the minimum."""


class TooLarge(ValueError):
    """A whole number above the maximum."""


def parse_number(value, *, minimum, maximum):
    """The whole number ``value`` spells, or one of the errors above.

    Surrounding spaces are ignored; a sign is read only as ``-`` (so that a
    negative page number is "no such page", not "not a number").
    """
    text = value.strip() if isinstance(value, str) else ""
    if not _WHOLE_NUMBER.fullmatch(text):
        raise NotANumber(value)
    digits = text.lstrip("-").lstrip("0") or "0"
    if len(digits) > MAX_DIGITS:
        raise TooSmall(value) if text.startswith("-") else TooLarge(value)
    number = int(text)
    if number < minimum:
        raise TooSmall(value)
    if number > maximum:
        raise TooLarge(value)
    return number


def number_or_none(value, *, minimum, maximum):
    """``parse_number`` or None: for ids and filters that are simply ignored when bad."""
    try:
        return parse_number(value, minimum=minimum, maximum=maximum)
    except ValueError:
        return None


def page_number(value, *, last):
    """``(number, notice)`` of a ``?page=`` between 1 and ``last``; notice is None when fine.

    Absent: page 1. Not a number: page 1. Below 1: page 1. Past ``last``
    (however many digits): the last page. Each with a notice saying so.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return 1, None
    try:
        return parse_number(value, minimum=1, maximum=last), None
    except NotANumber:
        return 1, _("The page number must be a whole number; showing page 1.")
    except TooSmall:
        return 1, _("There is no such page; showing page 1.")
    except TooLarge:
        notice = ngettext(
            "There is only %(count)s page; showing the last one.",
            "There are only %(count)s pages; showing the last one.",
            last,
        ) % {"count": last}
        return last, notice
