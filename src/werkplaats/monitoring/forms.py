"""The dashboards' filter form: period (a subsidy period or any run of years), werkplaats, theme and
a period to compare with.

Its keys are those of ``Scope.query()`` (``period``, ``werkplaats``, ``theme``), so a dashboard, a
trace list and the API with the same query string show the same scope. A value it cannot use becomes
an error next to its field and the default takes its place; it never raises.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.network.filter_forms import TermChoiceField
from werkplaats.network.models import Theme, Workshop

from .periods import EARLIEST_YEAR, Period, PeriodError, current_period, parse_period
from .periods import period_choices as subsidy_period_choices


class PeriodField(forms.CharField):
    """A period as ``2020-2022``; the select offers the subsidy periods, but any run of years in
    the address works (a trace list or the API may link here with one)."""

    widget = forms.Select

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        try:
            return parse_period(text)
        except PeriodError as error:
            raise forms.ValidationError(str(error)) from None


class YearField(forms.IntegerField):
    def __init__(self, **kwargs):
        super().__init__(
            required=False,
            min_value=EARLIEST_YEAR,
            error_messages={
                "invalid": _("Write a year as four digits, for example 2021."),
                "min_value": _("Choose a year from %(limit_value)s on."),
            },
            widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "year-input"}),
            **kwargs,
        )


class DashboardFilterForm(forms.Form):
    """Bind it to ``request.GET``; read the choices with ``chosen_period()``, ``chosen_theme()``,
    ``chosen_compare()`` and ``chosen_workshop()``, each falling back to its default when its
    field has an error."""

    period = PeriodField(label=_("Period"), required=False)
    werkplaats = TermChoiceField(
        Workshop.objects.order_by("name").only("slug", "name"),
        label=_("Werkplaats"),
        empty_label=_("The whole network"),
        unknown=_("We do not know this werkplaats. Choose one from the list."),
    )
    theme = TermChoiceField(
        Theme.objects.all(),
        label=_("Theme"),
        empty_label=_("All themes"),
        unknown=_("We do not know this theme. Choose one from the list."),
    )
    compare = PeriodField(
        label=_("Compare with"),
        required=False,
        help_text=_("Another period, shown next to the first in every chart and table."),
    )

    def __init__(self, data=None, *, workshop=None):
        data = data.copy() if data is not None else {}
        if workshop is not None and "werkplaats" not in data:
            data["werkplaats"] = workshop.slug
        super().__init__(data)
        self.fields["from"] = YearField(label=_("Or from year"))
        self.fields["to"] = YearField(label=_("to year"))
        self.order_fields(["period", "from", "to", "compare", "werkplaats", "theme"])
        self.fields["period"].widget.choices = self._choices(
            data.get("period"), [("", _("Current subsidy period"))]
        )
        self.fields["compare"].widget.choices = self._choices(
            data.get("compare"), [("", _("No comparison"))]
        )
        self.fields["from"].help_text = _("A run of years of your own instead of a subsidy period.")

    @staticmethod
    def _choices(value, first):
        """The subsidy periods, and the run of years in the address when it is another."""
        choices = first + subsidy_period_choices()
        try:
            period = parse_period(value) if value else None
        except PeriodError:
            period = None
        if period is not None and not period.is_subsidy_period:
            choices.append((period.key, _("Years %(label)s") % {"label": period.label}))
        return choices

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("from"), cleaned.get("to")
        if first or last:
            try:
                cleaned["period"] = parse_period(f"{first or last}-{last or first}")
            except PeriodError as error:
                self.add_error("to" if last else "from", str(error))
        period, compare = cleaned.get("period") or current_period(), cleaned.get("compare")
        if compare is not None and compare == period:
            self.add_error("compare", _("Choose a different period to compare with."))
        return cleaned

    def _valid(self, name):
        self.is_valid()
        if name in self.errors:
            return None
        return self.cleaned_data.get(name)

    def chosen_period(self) -> Period:
        return self._valid("period") or current_period()

    def chosen_compare(self) -> Period | None:
        return self._valid("compare")

    def chosen_theme(self) -> Theme | None:
        return self._valid("theme")

    def chosen_workshop(self) -> Workshop | None:
        return self._valid("werkplaats")

    def is_filtered(self) -> bool:
        return any(self.data.get(name) for name in ("period", "from", "to", "compare", "theme"))

    def has_errors(self) -> bool:
        self.is_valid()
        return bool(self.errors)
