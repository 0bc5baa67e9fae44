"""Forms of learning communities: the list's filters, a reflection and a meeting's attendance."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from werkplaats.network.filter_forms import SEARCH_MAX_LENGTH, TermChoiceField
from werkplaats.network.models import Theme, Workshop

from .models import Reflection


class CommunityFilterForm(forms.Form):
    """Filters of the public list; an unknown value becomes an error next to its field."""

    OPENNESS = [
        ("", _("Open and closed")),
        ("open", _("Open")),
        ("closed", pgettext_lazy("community", "Closed")),
    ]

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
    theme = TermChoiceField(
        Theme.objects.all(),
        label=_("Theme"),
        empty_label=_("All themes"),
        unknown=_("We do not know this theme. Choose one from the list."),
    )
    openness = forms.ChoiceField(
        label=_("Open or closed"),
        choices=OPENNESS,
        required=False,
        error_messages={"invalid_choice": _("Choose open, closed or both.")},
    )

    def filters(self) -> dict:
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def is_filtered(self) -> bool:
        return any(self.data.get(name) for name in self.fields)


class ReflectionForm(forms.ModelForm):
    class Meta:
        model = Reflection
        fields = ["what_we_saw", "what_we_learned", "what_we_will_try", "open_questions"]
        widgets = {name: forms.Textarea(attrs={"rows": 4}) for name in fields}
        help_texts = {
            "what_we_saw": _("What happened, in practice and in the meeting."),
            "what_we_learned": _("What the group understands now that it did not before."),
            "what_we_will_try": _("What members will do differently until the next meeting."),
            "open_questions": _("What the group wants to find out next."),
        }


class AttendanceForm(forms.Form):
    """One checkbox per member: ticked is present."""

    def __init__(self, *args, memberships, present: set[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.people = {}
        for membership in memberships:
            name = f"person-{membership.person.uuid}"
            self.people[name] = membership.person
            self.fields[name] = forms.BooleanField(
                label=membership.person.full_name,
                required=False,
                initial=membership.person_id in present,
            )

    def presence(self) -> dict:
        return {person: self.cleaned_data[name] for name, person in self.people.items()}
