"""The filter forms of the public directories.

They only validate the query string: a value we do not know becomes a form error that the page shows
next to the filter, never an exception."""

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .constants import Province
from .models import Competence, OrganisationKind, ParticipantRole, Theme, Workshop

SEARCH_MAX_LENGTH = 200


class TermChoiceField(forms.ModelChoiceField):
    """Chooses a vocabulary term or werkplaats by slug; shows its name in the active language."""

    def __init__(self, queryset, *, label, empty_label, unknown, **kwargs):
        super().__init__(
            queryset,
            to_field_name="slug",
            required=False,
            label=label,
            empty_label=empty_label,
            error_messages={"invalid_choice": unknown},
            **kwargs,
        )

    def label_from_instance(self, obj):
        return getattr(obj, "label", None) or obj.name


def province_slug(code: str) -> str:
    """``PV21`` -> ``fryslan``: provinces appear in addresses by name, not by CBS code."""
    return slugify(Province(code).label)


class ProvinceField(forms.ChoiceField):
    """A province by name in an address (``noord-holland``); the CBS code (``PV27``) works too."""

    def __init__(self, **kwargs):
        choices = [("", _("All provinces"))] + [
            (province_slug(code), label) for code, label in Province.choices
        ]
        super().__init__(
            choices=choices,
            required=False,
            label=_("Province"),
            error_messages={
                "invalid_choice": _(
                    "We do not know the province “%(value)s”. Choose one from the list."
                )
            },
        )

    def to_python(self, value):
        value = super().to_python(value).strip()
        if value.upper() in Province.values:
            return province_slug(value.upper())
        return slugify(value)

    def clean(self, value):
        slug = super().clean(value)
        if not slug:
            return ""
        return next(code for code in Province.values if province_slug(code) == slug)


class DirectoryFilterForm(forms.Form):
    """Fields both directories share. Bind it to ``request.GET``."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        error_messages={"max_length": _("Use at most %(limit_value)d characters to search.")},
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    province = ProvinceField()
    werkplaats = TermChoiceField(
        Workshop.objects.order_by("name"),
        label=_("Werkplaats"),
        empty_label=_("All werkplaatsen"),
        unknown=_("We do not know this werkplaats. Choose one from the list."),
    )
    theme = TermChoiceField(
        Theme.objects.all(),
        label=_("Theme"),
        empty_label=_("All themes"),
        unknown=_("We do not know this theme. Choose one from the list."),
    )
    competence = TermChoiceField(
        Competence.objects.all(),
        label=_("Expertise"),
        empty_label=_("All expertise"),
        unknown=_("We do not know this expertise. Choose one from the list."),
    )

    def filters(self) -> dict:
        """The filters that are valid; an invalid one is left out (its error is on the form)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def is_filtered(self) -> bool:
        return any(self.data.get(name) for name in self.fields)


class OrganisationFilterForm(DirectoryFilterForm):
    kind = TermChoiceField(
        OrganisationKind.objects.all(),
        label=_("Kind of organisation"),
        empty_label=_("All kinds"),
        unknown=_("We do not know this kind of organisation. Choose one from the list."),
    )

    field_order = ["q", "kind", "province", "werkplaats", "theme", "competence"]


class PersonFilterForm(DirectoryFilterForm):
    kind = TermChoiceField(
        OrganisationKind.objects.all(),
        label=_("Kind of organisation"),
        empty_label=_("All kinds"),
        unknown=_("We do not know this kind of organisation. Choose one from the list."),
    )
    role = TermChoiceField(
        ParticipantRole.objects.all(),
        label=_("Role"),
        empty_label=_("All roles"),
        unknown=_("We do not know this role. Choose one from the list."),
    )

    field_order = ["q", "competence", "theme", "role", "kind", "province", "werkplaats"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].help_text = _("Of the organisation they work at.")
        self.fields["province"].help_text = _("Where their organisation is located.")


class MunicipalitySearchForm(forms.Form):
    q = forms.CharField(
        label=_("Municipality or CBS code"),
        required=False,
        max_length=100,
        error_messages={"max_length": _("Use at most %(limit_value)d characters to search.")},
        widget=forms.TextInput(
            attrs={"type": "search", "list": "municipality-names", "autocomplete": "off"}
        ),
        help_text=_("For example: Súdwest-Fryslân, Enschede or GM0153."),
    )

    def query(self) -> str:
        return self.cleaned_data.get("q", "") if self.is_valid() else ""
