"""Forms of the coordinators' inbox and triage page, and of the public question board.

Filter forms only validate the query string: an unknown value becomes a message next to the filter,
never an exception. Action forms parse what a coordinator typed; the services decide what is allowed.
"""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from werkplaats.network.filter_forms import TermChoiceField
from werkplaats.network.models import Municipality, Theme, Workshop

from .constants import QuestionType, State

OPEN = "open"
UNTRIAGED = "untriaged"
UNCLASSIFIED = "unclassified"
AGE_CHOICES = [
    ("", _("Any age")),
    ("7", _("Older than 7 days")),
    ("14", _("Older than 14 days")),
    ("30", _("Older than 30 days")),
    ("90", _("Older than 90 days")),
]
SORT_WAITING = "waiting"
SORT_CHOICES = [
    (SORT_WAITING, _("Waiting for triage longest first")),
    ("oldest", _("Oldest first")),
    ("newest", _("Newest first")),
    ("changed", _("Recently changed first")),
]


def _unknown(message):
    return {"invalid_choice": message}


class _FilterForm(forms.Form):
    def filters(self) -> dict:
        """The filters that are valid; an invalid one is left out (its error is on the form)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def is_filtered(self) -> bool:
        return any(self.data.get(name) for name in self.fields if name != "sort")


class InboxFilterForm(_FilterForm):
    """Filters of a werkplaats's inbox. Bind it to ``request.GET``."""

    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[
            ("", _("All states")),
            (OPEN, _("Open (not closed or withdrawn)")),
            (UNTRIAGED, _("Waiting for triage")),
            *State.choices,
        ],
        error_messages=_unknown(_("We do not know this state. Choose one from the list.")),
    )
    type = forms.ChoiceField(
        label=_("Question type"),
        required=False,
        choices=[
            ("", _("All types")),
            (UNCLASSIFIED, _("Not yet classified")),
            *QuestionType.choices,
        ],
        error_messages=_unknown(_("We do not know this question type. Choose one from the list.")),
    )
    theme = TermChoiceField(
        Theme.objects.all(),
        label=_("Theme"),
        empty_label=_("All themes"),
        unknown=_("We do not know this theme. Choose one from the list."),
    )
    municipality = TermChoiceField(
        Municipality.objects.none(),
        label=_("Municipality"),
        empty_label=_("All municipalities"),
        unknown=_(
            "No question in this inbox comes from that municipality. Choose one from the list."
        ),
    )
    age = forms.ChoiceField(
        label=_("Age"),
        required=False,
        choices=AGE_CHOICES,
        error_messages=_unknown(_("Choose an age from the list.")),
    )
    sort = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=SORT_CHOICES,
        error_messages=_unknown(_("Choose an order from the list.")),
    )

    def __init__(self, *args, municipalities=None, **kwargs):
        super().__init__(*args, **kwargs)
        if municipalities is not None:
            self.fields["municipality"].queryset = municipalities

    def sort_order(self) -> str:
        return self.filters().get("sort") or SORT_WAITING


class UUIDListField(forms.Field):
    """The questions ticked in the inbox, by UUID."""

    widget = forms.MultipleHiddenInput
    default_error_messages = {
        "required": _("Select at least one question."),
        "invalid": _("One of the selected questions is not valid. Reload the inbox and try again."),
    }

    def to_python(self, value):
        if not value:
            return []
        values = value if isinstance(value, list | tuple) else [value]
        try:
            return list(dict.fromkeys(uuid.UUID(str(v)) for v in values))
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None


BULK_START_INTAKE = "start_intake"
BULK_CLOSE = "close"


class BulkActionForm(forms.Form):
    action = forms.ChoiceField(
        label=_("With the selected questions"),
        choices=[(BULK_START_INTAKE, _("Start intake")), (BULK_CLOSE, _("Close"))],
        error_messages={"invalid_choice": _("Choose one of the actions from the list.")},
    )
    questions = UUIDListField()


class BoardFilterForm(_FilterForm):
    """Filters of the public question board."""

    werkplaats = TermChoiceField(
        Workshop.objects.order_by("name"),
        label=_("Werkplaats"),
        empty_label=_("All werkplaatsen"),
        unknown=_("We do not know this werkplaats. Choose one from the list."),
    )
    type = forms.ChoiceField(
        label=_("Question type"),
        required=False,
        choices=[("", _("All types")), *QuestionType.choices],
        error_messages=_unknown(_("We do not know this question type. Choose one from the list.")),
    )
    theme = TermChoiceField(
        Theme.objects.all(),
        label=_("Theme"),
        empty_label=_("All themes"),
        unknown=_("We do not know this theme. Choose one from the list."),
    )
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[("", _("All states")), *State.choices],
        error_messages=_unknown(_("We do not know this state. Choose one from the list.")),
    )


# --- triage actions ----------------------------------------------------------------------------


def _text(label, *, required=False, help_text="", rows=4, required_message=None):
    return forms.CharField(
        label=label,
        required=required,
        help_text=help_text,
        max_length=20_000,
        strip=True,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={
            "required": required_message or _("Fill in this field."),
            "max_length": _("Use at most %(limit_value)d characters."),
        },
    )


class EmptyForm(forms.Form):
    """A step that needs nothing more than the button."""


class OptionalMessageForm(forms.Form):
    text = _text(
        _("Message to the submitter (optional)"),
        help_text=_("The submitter reads this on the tracking page."),
        rows=3,
    )


class DeclineForm(forms.Form):
    text = _text(
        _("Reason for declining"),
        required=True,
        required_message=_("Give the reason for declining; the submitter reads it."),
        help_text=_("The submitter reads this. Say why, and where they could go instead."),
    )


class AdviceForm(forms.Form):
    text = _text(
        _("Advice"),
        required=True,
        help_text=_("The submitter reads this."),
        required_message=_("Write the advice; the submitter reads it."),
    )


class AnswerForm(forms.Form):
    text = _text(
        _("Answer"),
        required=True,
        help_text=_("The submitter reads this."),
        required_message=_("Write the answer; the submitter reads it."),
    )


class InternalNoteForm(forms.Form):
    text = _text(_("Internal note"), required=True, help_text=_("Only coordinators see notes."))


class MessageForm(forms.Form):
    text = _text(
        _("Message to the submitter"),
        required=True,
        help_text=_("The submitter reads this on the tracking page and gets it by e-mail."),
    )


class ReferForm(forms.Form):
    workshop = forms.ModelChoiceField(
        Workshop.objects.order_by("name"),
        to_field_name="slug",
        label=_("Refer to werkplaats"),
        empty_label=_("Choose a werkplaats"),
        error_messages={
            "required": _("Choose the werkplaats you refer the question to."),
            "invalid_choice": _("We do not know this werkplaats. Choose one from the list."),
        },
    )
    text = _text(
        _("Note for the other werkplaats"),
        required=True,
        required_message=_("Write a note for the werkplaats you refer to."),
        help_text=_("Why this werkplaats fits better. The note stays in the question's history."),
    )

    def __init__(self, *args, current=None, **kwargs):
        super().__init__(*args, **kwargs)
        if current is not None:
            self.fields["workshop"].queryset = Workshop.objects.exclude(pk=current.pk).order_by(
                "name"
            )


class ThemeChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.label


class ClassificationForm(forms.Form):
    question_type = forms.ChoiceField(
        label=_("Question type"),
        choices=QuestionType.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose one of the four question types."),
            "invalid_choice": _("Choose one of the four question types."),
        },
    )
    themes = ThemeChoiceField(
        Theme.objects.filter(is_active=True),
        to_field_name="slug",
        required=False,
        label=_("Themes"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("We do not know one of these themes.")},
    )


class PublishForm(forms.Form):
    public_title = forms.CharField(
        label=_("Public title"),
        max_length=200,
        help_text=_("Write it yourself: no names, e-mail addresses or other personal data."),
        error_messages={
            "required": _("Write a public title."),
            "max_length": _("Use at most %(limit_value)d characters."),
        },
    )
    public_summary = _text(
        _("Public summary"),
        required=True,
        help_text=_(
            "What the question is about, in your own words. Everyone can read this: leave out "
            "anything that identifies the submitter or the people involved."
        ),
        required_message=_("Write a public summary."),
    )
