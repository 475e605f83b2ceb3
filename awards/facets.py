"""The facets a URL carries, read one way for every page that offers them.

The award index and the search page both narrow what they list by award,
year, centre and voivodeship (``?award=zawsze-pomocni&year=2014&centre=…
&region=mazowieckie``) and both are paged (``?page=2``). Each facet is read
here from the request's ``QueryDict`` into a :class:`Reading`: the value as
the models understand it (an ``Award``, a year, a ``CentrePage``, a
voivodeship code, a page number) and the URL text it came from, or a notice
in the visitor's language saying what was ignored.

The rules, whatever the page:

* a repeated parameter counts by its last value (``QueryDict.get``);
* spaces around a value are not part of it, and a blank value is no filter;
* numbers are read by ``home.url_numbers`` (ASCII digits only, bounded);
* a value that names nothing is ignored with a notice and the rest of the
  page stands: the other filters, and the whole list if none is left. A
  reader never raises and never sends an unbounded value to the database.

Which values exist is the page's to say where the two differ: the award
index offers only the years that have stories, the search page any year in
its range (the facet counts say which have results).
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from home.url_numbers import number_or_none, page_number

from .choices import Voivodeship
from .models.centre import CentrePage
from .models.snippets import Award

#: The facets both pages filter by, in the order their notices are listed.
FILTERS = ("award", "year", "centre", "region")
#: No slug is longer (``Page.slug``; an award's is shorter): a longer value names nothing.
MAX_SLUG_LENGTH = 255
#: Widest bounds a year is read within; a page then says which years it offers.
MIN_YEAR, MAX_YEAR = 1, 9999


@dataclass(frozen=True)
class Reading:
    """One facet as read from the URL.

    ``value`` is what the models understand, None when the facet is absent or
    ignored; ``text`` is the URL value that gave it, as a link or a form field
    repeats it ("" when none); ``notice`` says what was ignored, or is None.
    """

    value: object = None
    text: str = ""
    notice: str | None = None


ABSENT = Reading()


def text(data, name):
    """The value of ``name`` in ``data`` without surrounding spaces; "" when absent."""
    value = data.get(name)
    return value.strip() if isinstance(value, str) else ""


def choice(data, name, values, notice):
    """``name`` when its value is one of ``values`` (codes); else ignored with ``notice``."""
    value = text(data, name)
    if not value:
        return ABSENT
    if value not in values:
        return Reading(notice=notice)
    return Reading(value, value)


def _by_slug(data, name, queryset, notice):
    slug = text(data, name)
    if not slug:
        return ABSENT
    found = queryset.filter(slug=slug).first() if len(slug) <= MAX_SLUG_LENGTH else None
    if found is None:
        return Reading(notice=notice)
    return Reading(found, slug)


def award(data, locale):
    """``?award=<slug>``: an award of ``locale``."""
    return _by_slug(
        data,
        "award",
        Award.objects.filter(locale=locale),
        _("There is no such award; showing every award."),
    )


def year(data, *, years):
    """``?year=2014``: a year among ``years`` (the years the page offers, as ints)."""
    value = text(data, "year")
    if not value:
        return ABSENT
    number = number_or_none(value, minimum=MIN_YEAR, maximum=MAX_YEAR)
    if number is None or number not in years:
        return Reading(notice=_("There are no stories from that year; showing every year."))
    return Reading(number, str(number))


def centre(data, locale):
    """``?centre=<slug>``: a live, public centre of ``locale``."""
    return _by_slug(
        data,
        "centre",
        CentrePage.objects.live().public().filter(locale=locale),
        _("There is no such centre; showing every centre."),
    )


def region(data):
    """``?region=<code>``: a voivodeship, by its code (``Voivodeship``)."""
    return choice(
        data,
        "region",
        Voivodeship.values,
        _("There is no such voivodeship; showing every voivodeship."),
    )


def filters(data, locale, *, years):
    """The readings of :data:`FILTERS`, by name, in that order; ``years`` as for :func:`year`."""
    return {
        "award": award(data, locale),
        "year": year(data, years=years),
        "centre": centre(data, locale),
        "region": region(data),
    }


def page(data, *, last):
    """``?page=``: a page number between 1 and ``last``.

    Absent: page 1. Not a whole number or below 1: page 1, with a notice.
    Past ``last``, however many digits: the last page, with a notice.
    """
    number, notice = page_number(data.get("page"), last=last)
    return Reading(number, str(number), notice)


def notices(readings):
    """What was ignored, in the order of ``readings`` (an iterable of :class:`Reading`)."""
    return [reading.notice for reading in readings if reading.notice]
