"""Which logos an EU-funded project's marking strip shows, and in which order.

The rules differ by programme period (the visual-identity books of the
Fundusze Europejskie: https://www.funduszeeuropejskie.gov.pl/strony/o-funduszach/promocja/zasady-promocji-i-oznakowania-projektow/):

- 2021–2027: the European Funds sign with the programme's name, the flag of the
  Republic of Poland, the region's logo when a regional programme pays, and the
  EU emblem with "Co-funded by the European Union" — always in this order.
- 2014–2020: the European Funds sign, the flag of Poland and the region's logo
  (where used), and the EU emblem with "European Union" and the fund's name.
- 2007–2013: the programme's logo (Human Capital) on the left, the EU emblem with
  "European Union" and the fund on the right, and the statement that the project
  is co-financed by the European Union.

A logo the regional centre has not uploaded is left out; the statements are
text, in the reader's language (WCAG 1.4.5: text, not images of text).
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .models import EUMarkingSettings


@dataclass
class Mark:
    image: object
    alt: str
    statement: str = ""


@dataclass
class MarkingStrip:
    marks: list
    statement: str = ""


def marking_strip(period, fund="", request=None):
    """The strip for a project of ``period`` (``ProgrammePeriod``), or None without one.

    The logos are read once per ``request``."""
    if period not in {"2007-2013", "2014-2020", "2021-2027"}:
        return None
    logos = EUMarkingSettings.load(request).logos
    european_union = _("European Union")
    # The emblem's alt names the flag; the statement beside it is read as text.
    eu_flag = _("Flag of the European Union")
    fund_name = fund or _("European Social Fund")
    if period == "2021-2027":
        marks = [
            Mark(logos["logo_2021_2027"], _("European Funds")),
            Mark(logos["poland_flag"], _("Republic of Poland")),
            Mark(logos["regional_logo"], _("Logo of the region")),
            Mark(logos["eu_emblem"], eu_flag, _("Co-funded by the European Union")),
        ]
        statement = ""
    elif period == "2014-2020":
        marks = [
            Mark(logos["logo_2014_2020"], _("European Funds")),
            Mark(logos["poland_flag"], _("Republic of Poland")),
            Mark(logos["regional_logo"], _("Logo of the region")),
            Mark(logos["eu_emblem"], eu_flag, f"{european_union}\n{fund_name}"),
        ]
        statement = ""
    else:
        # The Human Capital programme was financed from the European Social Fund alone.
        esf = _("European Social Fund")
        marks = [
            Mark(logos["logo_2007_2013"], _("Logo of the operational programme")),
            Mark(logos["eu_emblem"], eu_flag, f"{european_union}\n{esf}"),
        ]
        statement = _("Project co-financed by the European Union under the European Social Fund.")
    return MarkingStrip([mark for mark in marks if mark.image], statement)
