"""The form on which a coordinator or network editor requests an evaluation report."""

from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Theme

from ..models import Audience
from ..periods import PeriodError, current_period, parse_period, period_choices

CUSTOM = "custom"
NETWORK = ""


class ReportRequestForm(forms.Form):
    werkplaats = forms.ChoiceField(label=_("Werkplaats"), required=False)
    period = forms.ChoiceField(label=_("Period"))
    first_year = forms.IntegerField(label=_("From year"), required=False)
    last_year = forms.IntegerField(label=_("To year"), required=False)
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label=_("All themes"),
    )
    audience = forms.ChoiceField(
        label=_("Audience"), choices=Audience.choices, initial=Audience.PUBLIC
    )

    def __init__(self, *args, workshops, network: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.network = network
        self.workshops = {workshop.slug: workshop for workshop in workshops}
        choices = [(slug, workshop.name) for slug, workshop in self.workshops.items()]
        if network:
            choices.insert(0, (NETWORK, _("The whole network")))
        self.fields["werkplaats"].choices = choices
        self.fields["period"].choices = [
            *period_choices(),
            (CUSTOM, _("Other years (fill in from and to)")),
        ]
        self.fields["period"].initial = current_period().key
        self.fields["first_year"].help_text = _("Only for other years, e.g. 2021.")

    def clean(self):
        data = super().clean()
        if data.get("period") == CUSTOM:
            first, last = data.get("first_year"), data.get("last_year")
            if not first or not last:
                self.add_error("first_year", _("Fill in both years, or choose a subsidy period."))
                return data
            text = f"{first}-{last}"
        else:
            text = data.get("period", "")
        try:
            data["chosen_period"] = parse_period(text)
        except PeriodError as error:
            self.add_error("first_year" if data.get("period") == CUSTOM else "period", str(error))
        data["workshop"] = self.workshops.get(data.get("werkplaats") or "")
        if data["workshop"] is None and not self.network and "werkplaats" not in self.errors:
            self.add_error("werkplaats", _("Choose the werkplaats the report is about."))
        return data
