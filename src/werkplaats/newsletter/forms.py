"""Forms of the newsletter: sign-up, preferences, and an issue for the editors."""

from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Theme, Workshop
from werkplaats.questions.services import spam


def _workshops():
    return forms.ModelMultipleChoiceField(
        label=_("Werkplaatsen"),
        queryset=Workshop.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("News from these werkplaatsen. Choose none for all of them."),
    )


def _themes():
    return forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.filter(is_active=True),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("News about these themes. Choose none for all of them."),
    )


class PreferencesForm(forms.Form):
    workshops = _workshops()
    themes = _themes()


class SignupForm(PreferencesForm):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address like name@example.org."),
        },
    )
    # Spam defences shared with question intake (``questions.services.spam``).
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    stamp = forms.CharField(widget=forms.HiddenInput, required=False, max_length=200)

    field_order = ["email", "workshops", "themes"]

    @classmethod
    def blank(cls) -> "SignupForm":
        return cls(initial={"stamp": spam.form_stamp()})

    def looks_like_spam(self) -> bool:
        return bool(self.cleaned_data.get("website")) or spam.filled_too_fast(
            self.cleaned_data.get("stamp", "")
        )

    def renew(self) -> None:
        data = self.data.copy()
        data["stamp"] = spam.form_stamp()
        self.data = data


class IssueForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    introduction = forms.CharField(
        label=_("Introduction"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Plain text. An empty line starts a new paragraph."),
    )
    items = forms.MultipleChoiceField(
        label=_("What goes in"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Published since the last issue, and what this issue already holds."),
    )

    def __init__(self, *args, entries=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.entries = {entry.key: entry for entry in entries}
        self.fields["items"].choices = [
            (entry.key, f"{entry.kind_label}: {entry.title}") for entry in entries
        ]

    def chosen(self) -> list:
        return [self.entries[key] for key in self.cleaned_data["items"]]
