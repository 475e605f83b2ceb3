"""The award index's filter form: the facets as the visitor chose them, as selects.

The URL is read by ``awards.facets`` (as on the search page); this form only
shows the result: each select on the value that was accepted ("All …" when
none was), and a value that was ignored marked with the notice saying so.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import Voivodeship


class StoryFilterForm(forms.Form):
    award = forms.ChoiceField(label=_("Award"), required=False)
    year = forms.ChoiceField(label=_("Year"), required=False)
    centre = forms.ChoiceField(label=_("Centre"), required=False)
    region = forms.ChoiceField(
        label=_("Voivodeship"),
        required=False,
        choices=[("", _("All voivodeships")), *Voivodeship.choices],
    )

    def __init__(self, readings, *, awards, centres, years):
        """``readings``: ``awards.facets.filters()`` of the request, by field name."""
        super().__init__({name: reading.text for name, reading in readings.items()})
        self.fields["award"].choices = [("", _("All awards"))] + [(a.slug, a.name) for a in awards]
        self.fields["centre"].choices = [("", _("All centres"))] + [
            (c.slug, c.title) for c in centres
        ]
        self.fields["year"].choices = [("", _("All years"))] + [(str(y), str(y)) for y in years]
        for name, reading in readings.items():
            if reading.notice:
                self.add_error(name, reading.notice)
