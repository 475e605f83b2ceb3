"""Public filters for the award index, read from URL parameters.

Every choice is a closed list taken from the database, so an unknown or
oversized value is a form error that the page reports, never a 500.
"""

from functools import partial

from django import forms
from django.utils.translation import gettext_lazy as _

from home.url_numbers import parse_number

from .choices import Voivodeship


class StoryFilterForm(forms.Form):
    award = forms.ChoiceField(
        label=_("Award"),
        required=False,
        error_messages={"invalid_choice": _("There is no such award; showing every award.")},
    )
    year = forms.TypedChoiceField(
        label=_("Year"),
        required=False,
        coerce=partial(parse_number, minimum=1, maximum=9999),
        empty_value=None,
        error_messages={
            "invalid_choice": _("There are no stories from that year; showing every year.")
        },
    )
    centre = forms.ChoiceField(
        label=_("Centre"),
        required=False,
        error_messages={"invalid_choice": _("There is no such centre; showing every centre.")},
    )
    region = forms.ChoiceField(
        label=_("Voivodeship"),
        required=False,
        choices=[("", _("All voivodeships")), *Voivodeship.choices],
        error_messages={
            "invalid_choice": _("There is no such voivodeship; showing every voivodeship.")
        },
    )

    def __init__(self, data, *, awards, centres, years):
        super().__init__(data)
        self.fields["award"].choices = [("", _("All awards"))] + [(a.slug, a.name) for a in awards]
        self.fields["centre"].choices = [("", _("All centres"))] + [
            (c.slug, c.title) for c in centres
        ]
        self.fields["year"].choices = [("", _("All years"))] + [(str(y), str(y)) for y in years]

    def filters(self):
        """Queryset lookups for the valid, non-empty filters; invalid ones are left out."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        lookups = {
            "award__slug": data.get("award"),
            "date_awarded__year": data.get("year"),
            "centre__slug": data.get("centre"),
            "centre__voivodeship": data.get("region"),
        }
        return {lookup: value for lookup, value in lookups.items() if value}
