"""The filter form of the public project list. It only validates the query string: an unknown
value becomes a message next to the filter, never an exception."""

from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.network.filter_forms import SEARCH_MAX_LENGTH, ProvinceField, TermChoiceField
from werkplaats.network.models import Theme, Workshop
from werkplaats.questions.constants import QuestionType

from .constants import ProjectStatus
from .models import LearningForm
from .queries import year_choices


class ProjectFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        error_messages={"max_length": _("Use at most %(limit_value)d characters to search.")},
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    werkplaats = TermChoiceField(
        Workshop.objects.order_by("name"),
        label=_("Werkplaats"),
        empty_label=_("All werkplaatsen"),
        unknown=_("We do not know this werkplaats. Choose one from the list."),
    )
    province = ProvinceField()
    theme = TermChoiceField(
        Theme.objects.all(),
        label=_("Theme"),
        empty_label=_("All themes"),
        unknown=_("We do not know this theme. Choose one from the list."),
    )
    type = forms.ChoiceField(
        label=_("Question type"),
        required=False,
        choices=[("", _("All types")), *QuestionType.choices],
        error_messages={
            "invalid_choice": _("We do not know this question type. Choose one from the list.")
        },
    )
    learning_form = TermChoiceField(
        LearningForm.objects.all(),
        label=_("Learning form"),
        empty_label=_("All learning forms"),
        unknown=_("We do not know this learning form. Choose one from the list."),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *ProjectStatus.choices],
        error_messages={
            "invalid_choice": _("We do not know this status. Choose one from the list.")
        },
    )
    year = forms.TypedChoiceField(
        label=_("Year"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_("Projects running in that year."),
        error_messages={"invalid_choice": _("Choose a year from the list.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].help_text = _("Where the werkplaatsen work.")
        self.fields["year"].choices = [("", _("Any year"))] + [
            (str(year), str(year)) for year in year_choices()
        ]

    def filters(self) -> dict:
        """The filters that are valid; an invalid one is left out (its error is on the form)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def is_filtered(self) -> bool:
        return any(self.data.get(name) for name in self.fields)
