"""The filter form of the public library. It only validates the query string: an unknown value
becomes a message next to the filter, never an exception."""

from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.network.filter_forms import SEARCH_MAX_LENGTH, TermChoiceField
from werkplaats.network.models import Theme, Workshop

from .constants import RecognitionLevel
from .models import ProductKind


class ProductFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        error_messages={"max_length": _("Use at most %(limit_value)d characters to search.")},
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    kind = TermChoiceField(
        ProductKind.objects.all(),
        label=_("Kind"),
        empty_label=_("All kinds"),
        unknown=_("We do not know this kind of product. Choose one from the list."),
    )
    theme = TermChoiceField(
        Theme.objects.all(),
        label=_("Theme"),
        empty_label=_("All themes"),
        unknown=_("We do not know this theme. Choose one from the list."),
    )
    werkplaats = TermChoiceField(
        Workshop.objects.order_by("name"),
        label=_("Werkplaats"),
        empty_label=_("All werkplaatsen"),
        unknown=_("We do not know this werkplaats. Choose one from the list."),
    )
    recognition_level = forms.ChoiceField(
        label=_("Recognition level"),
        required=False,
        choices=[("", _("Any level")), *RecognitionLevel.choices],
        error_messages={
            "invalid_choice": _("We do not know this recognition level. Choose one from the list.")
        },
    )

    def filters(self) -> dict:
        """The filters that are valid; an invalid one is left out (its error is on the form)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def is_filtered(self) -> bool:
        return any(self.data.get(name) for name in self.fields)
