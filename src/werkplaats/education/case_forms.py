"""Forms of the teaching cases and of "what practice asks": the case a coordinator writes, and
the filters of the two public pages. Filter forms only validate the query string: a value they do
not know becomes a message next to the filter, never an exception."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.monitoring.forms import YearField
from werkplaats.network.filter_forms import TermChoiceField
from werkplaats.network.models import Theme, Workshop
from werkplaats.questions.constants import QuestionType

from .constants import Level
from .filter_forms import FilterForm

PUBLISH, DRAFT = "publish", "draft"


class ThemeChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.label


class CaseForm(forms.Form):
    """The case in the coordinator's own words. The texts are checked by ``services.cases`` (it
    says what is missing and what carries the submitter's traces), so they are not required here:
    one place gives every message."""

    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        required=False,
        help_text=_("Say what the case is about, without naming a person, place or organisation."),
    )
    situation = forms.CharField(
        label=_("The situation"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Describe the situation anew, in your own words, so that nobody can be recognised: "
            "no names, no organisations, no sentences from the question."
        ),
    )
    discussion = forms.CharField(
        label=_("Questions for discussion"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("The questions students discuss in class, one per line."),
    )
    levels = forms.MultipleChoiceField(
        label=_("Levels"),
        choices=Level.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The levels of education the case suits."),
    )
    themes = ThemeChoices(
        Theme.objects.all(),
        label=_("Themes"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None chosen: the themes of the question."),
    )
    publish = forms.ChoiceField(
        label=_("Publication"),
        choices=[(DRAFT, _("Keep it as a draft")), (PUBLISH, _("Publish it now"))],
        initial=DRAFT,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose whether to publish the case or keep a draft.")},
    )

    def values(self) -> dict:
        """The keyword arguments of ``derive_case`` / ``update_case``."""
        data = self.cleaned_data
        return {
            "title": data["title"],
            "situation": data["situation"],
            "discussion": data["discussion"],
            "levels": [level for level in Level.values if level in data["levels"]],
            "themes": list(data["themes"]),
            "publish": data["publish"] == PUBLISH,
        }

    @classmethod
    def initial_for(cls, case) -> dict:
        return {
            "title": case.title,
            "situation": case.situation,
            "discussion": case.discussion,
            "levels": [level for level in case.levels.split(",") if level],
            "themes": list(case.themes.all()),
            "publish": PUBLISH if case.is_published else DRAFT,
        }


def _theme_field():
    return TermChoiceField(
        Theme.objects.all(),
        label=_("Theme"),
        empty_label=_("All themes"),
        unknown=_("We do not know this theme. Choose one from the list."),
    )


def _werkplaats_field(empty_label):
    return TermChoiceField(
        Workshop.objects.order_by("name").only("slug", "name"),
        label=_("Werkplaats"),
        empty_label=empty_label,
        unknown=_("We do not know this werkplaats. Choose one from the list."),
    )


def _type_field():
    return forms.ChoiceField(
        label=_("Question type"),
        required=False,
        choices=[("", _("All question types")), *QuestionType.choices],
        error_messages={
            "invalid_choice": _("We do not know this question type. Choose one from the list.")
        },
    )


class CaseFilterForm(FilterForm):
    theme = _theme_field()
    type = _type_field()
    level = forms.ChoiceField(
        label=_("Level"),
        required=False,
        choices=[("", _("All levels")), *Level.choices],
        error_messages={
            "invalid_choice": _("We do not know this level. Choose one from the list.")
        },
    )
    werkplaats = _werkplaats_field(_("All werkplaatsen"))


#: Without a choice, "what practice asks" shows this many years up to this one.
DEFAULT_YEARS = 5


class PracticeAsksFilterForm(FilterForm):
    theme = _theme_field()
    werkplaats = _werkplaats_field(_("All regions"))
    type = _type_field()

    def __init__(self, data=None):
        super().__init__(data)
        this_year = timezone.localdate().year
        for name, label in (("first", _("From year")), ("last", _("To year"))):
            field = YearField(label=label, max_value=this_year)
            field.error_messages["max_value"] = _("Choose a year up to %(limit_value)s.")
            self.fields[name] = field
        self.fields["first"].help_text = _("Without years: the last %(years)d years.") % {
            "years": DEFAULT_YEARS
        }

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("first"), cleaned.get("last")
        if first and last and last < first:
            self.add_error(
                "last", _("The last year comes before the first. Put the earlier first.")
            )
        return cleaned

    def years(self) -> range:
        """The years to show: those chosen (one alone reaches to this year), else the last few."""
        self.is_valid()
        this_year = timezone.localdate().year
        first = None if "first" in self.errors else self.cleaned_data.get("first")
        last = None if self.errors.keys() & {"first", "last"} else self.cleaned_data.get("last")
        last = last or this_year
        first = first or last - DEFAULT_YEARS + 1
        return range(first, last + 1)
