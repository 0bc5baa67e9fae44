"""Forms of an offer's journey: making an offer, the steps on its page, joining a group.

They parse what was typed; the services decide what is allowed and say why not. Fields whose
emptiness the service explains better (a title, a reason) are optional here, so its message shows.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.password_validation import password_validators_help_texts
from django.utils.translation import gettext_lazy as _

from werkplaats.library.constants import Licence
from werkplaats.network.forms import DateInput
from werkplaats.network.models import Municipality, Organisation, Theme
from werkplaats.network.permissions import people_visible_to
from werkplaats.projects.forms import TermsField

from .constants import Level, OfferKind, Usefulness
from .models import Programme


def programme_label(programme: Programme) -> str:
    return f"{programme.name} ({programme.institution.name}, {programme.get_level_display()})"


class ProgrammesField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return programme_label(obj)


class ProgrammeField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return programme_label(obj)


class OfferForm(forms.Form):
    """What an offer says; the names are those of ``services.offers.OfferDraft``."""

    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    summary = forms.CharField(
        label=_("Description for students"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Public, on the assignment board. Write it yourself: never paste the submitter's "
            "words, name or organisation."
        ),
    )
    kind = forms.ChoiceField(
        label=_("Kind of assignment"),
        choices=[("", _("Choose a kind")), *OfferKind.choices],
        required=False,
    )
    levels = forms.MultipleChoiceField(
        label=_("Suitable levels"),
        choices=Level.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    programmes = ProgrammesField(
        Programme.objects.none(),
        label=_("Suitable programmes"),
        required=False,
        help_text=_("Leave empty to let every programme of a suitable level claim it."),
    )
    starts_on = forms.DateField(
        label=_("From"),
        widget=DateInput(),
        error_messages={"required": _("Give the first day students can start.")},
    )
    ends_on = forms.DateField(
        label=_("Until"),
        widget=DateInput(),
        error_messages={"required": _("Give the last day of the period.")},
    )
    students = forms.IntegerField(
        label=_("Number of students"),
        initial=2,
        error_messages={"required": _("Say how many students you ask for.")},
    )
    practice_organisation = forms.ModelChoiceField(
        Organisation.objects.none(), label=_("Practice partner"), required=False
    )
    practice_supervisor = forms.ModelChoiceField(
        None,
        label=_("Practice supervisor"),
        required=False,
        help_text=_(
            "Gets a mail when the work starts and when it is delivered, and gives feedback. "
            "Named publicly only when this person consented to be listed."
        ),
    )
    expected_product = forms.CharField(
        label=_("Expected product"),
        max_length=200,
        required=False,
        help_text=_("For example: an advisory report for the neighbourhood team."),
    )
    themes = TermsField(Theme.objects.filter(is_active=True), label=_("Themes"))
    municipality = forms.ModelChoiceField(
        Municipality.objects.none(), label=_("Municipality"), required=False
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        fields = self.fields
        fields["programmes"].queryset = Programme.objects.filter(is_active=True).select_related(
            "institution"
        )
        fields["practice_organisation"].queryset = Organisation.objects.order_by("name")
        fields["practice_supervisor"].queryset = people_visible_to(user).order_by(
            "family_name", "given_name"
        )
        fields["municipality"].queryset = Municipality.objects.order_by("name")

    def draft_values(self) -> dict:
        """The cleaned values as ``OfferDraft`` takes them."""
        data = dict(self.cleaned_data)
        data["programmes"] = list(data["programmes"])
        data["themes"] = list(data["themes"])
        return data


# The steps on an offer's page. Each form is posted with its step as ``action`` and as prefix.


class StepForm(forms.Form):
    """A step that needs nothing typed: start the work, a student's consent to publish."""


class ClaimForm(forms.Form):
    programme = ProgrammeField(
        Programme.objects.none(),
        label=_("For a group of"),
        empty_label=None,
        error_messages={"invalid_choice": _("Choose one of your own programmes.")},
    )

    def __init__(self, *args, programmes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = programmes


class DeliverForm(forms.Form):
    title = forms.CharField(label=_("Title of the work"), max_length=200, required=False)
    summary = forms.CharField(
        label=_("Summary for practice"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("A few sentences: what you found and what practice can do with it."),
    )
    link = forms.URLField(
        label=_("Link to the work"),
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text=_("Where the report or product can be read, if it is online."),
    )


class AssessForm(forms.Form):
    assessment = forms.CharField(
        label=_("Assessment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Stays with the group and the werkplaats's coordinators; never public."),
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The lecturer and the students read it."),
    )


class LicenceForm(forms.Form):
    licence = forms.ChoiceField(
        label=_("Licence"),
        choices=[("", _("Choose a licence")), *Licence.choices],
        required=False,
        help_text=_("The work is published in the library under this licence."),
    )


class FeedbackForm(forms.Form):
    usefulness = forms.TypedChoiceField(
        label=_("How useful is the work for practice?"),
        choices=Usefulness.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Say how useful the work is.")},
    )
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("For the students, their lecturer and the werkplaats; never public."),
    )
    in_use = forms.BooleanField(
        label=_("We use it in our work"),
        required=False,
        help_text=_("Counts as use of the product in the library."),
    )


# Joining a group.


def _name_field(required: bool) -> forms.CharField:
    return forms.CharField(
        label=_("Your name"),
        max_length=150,
        required=required,
        help_text=_("As your group and your lecturer know you."),
        error_messages={"required": _("Write your name as your group knows it.")},
    )


def _consent_field() -> forms.BooleanField:
    return forms.BooleanField(
        label=_("My name may appear with the work on the public site"),
        required=False,
        help_text=_("Leave this unticked and your name is shown only to your group and lecturer."),
    )


class JoinForm(forms.Form):
    """A signed-in student joins; the service says what is missing."""

    display_name = _name_field(required=False)
    named_publicly = _consent_field()


class StudentAccountForm(UserCreationForm):
    """A new student account that joins the group at once (Django's password validators)."""

    display_name = _name_field(required=True)
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("For a new password if you forget yours, and mail about your assignment."),
        error_messages={"required": _("Give your e-mail address.")},
    )
    named_publicly = _consent_field()

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username",)

    field_order = ["username", "display_name", "email", "password1", "password2", "named_publicly"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Plain text: the help text stands in a paragraph, where Django's list may not.
        self.fields["password1"].help_text = " ".join(password_validators_help_texts())
        # The page explains the group first; the cursor must not skip past that.
        self.fields["username"].widget.attrs.pop("autofocus", None)

    def clean_email(self):
        email = self.cleaned_data["email"]
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _("There is already an account with this e-mail address: log in instead."),
                code="taken",
            )
        return email

    def _post_clean(self):
        # On the account before the password validators compare the password with it.
        data = self.cleaned_data
        given, _space, family = data.get("display_name", "").strip().partition(" ")
        self.instance.first_name, self.instance.last_name = given[:150], family.strip()[:150]
        self.instance.email = data.get("email", "")
        super()._post_clean()
