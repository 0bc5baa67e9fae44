"""Forms of the public side of practice questions: the intake form and the tracking page's forms.

Every field has a maximum length and a message that says what to do; what a submitter types is
stored as plain text and escaped wherever it is shown. The API validates with the same form
(``IntakeFieldsForm``), so a partner website gets the same rules as the site.
"""

import re
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Municipality, ParticipantRole
from werkplaats.utils.text import fold

from .constants import TimeFrame
from .services import spam

# Maximum lengths, shared with the API's schema.
MAX_LENGTHS = {
    "title": 200,
    "question": 10_000,
    "context": 10_000,
    "municipality": 100,
    "organisation_name": 200,
    "actors": 5_000,
    "hoped_result": 5_000,
    "submitter_name": 150,
    "submitter_email": 254,
    "submission_key": 64,
    "information": 10_000,
    "reason": 2_000,
}
SUBMISSION_KEY_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
MUNICIPALITY_CODE = re.compile(r"^GM\d{4}$", re.IGNORECASE)
TOO_LONG = _(
    "Use at most %(limit_value)d characters (you used %(show_value)d). Shorten the text, or leave"
    " details for later: you can add information through your tracking link."
)


def _text(name, label, *, required=False, textarea=False, help_text="", rows=6, **kwargs):
    widget = forms.Textarea(attrs={"rows": rows}) if textarea else forms.TextInput()
    return forms.CharField(
        label=label,
        required=required,
        max_length=MAX_LENGTHS[name],
        widget=widget,
        help_text=help_text,
        error_messages={"max_length": TOO_LONG},
        **kwargs,
    )


class MunicipalityField(forms.CharField):
    """A municipality by its name (accent- and case-blind) or its CBS code (GM0153)."""

    widget = forms.TextInput(attrs={"list": "municipality-names", "autocomplete": "off"})

    def __init__(self, **kwargs):
        super().__init__(
            max_length=MAX_LENGTHS["municipality"],
            error_messages={
                "required": _("Type the municipality the question is about."),
                "max_length": _("A municipality's name has at most %(limit_value)d characters."),
            },
            **kwargs,
        )

    def clean(self, value):
        text = super().clean(value)
        if text in self.empty_values:
            return None
        municipality = find_municipality(text)
        if municipality is None:
            raise ValidationError(
                _(
                    "We do not know the municipality “%(value)s”. Choose one from the list as you"
                    " type, or use its CBS code (GM followed by four digits)."
                ),
                code="unknown_municipality",
                params={"value": text},
            )
        return municipality


def find_municipality(text: str) -> Municipality | None:
    text = text.strip()
    if MUNICIPALITY_CODE.match(text):
        return Municipality.objects.filter(code=text.upper()).first()
    found = Municipality.objects.filter(name__iexact=text).first()
    if found is not None:
        return found
    wanted = fold(text).replace(".", "")
    # Accent-blind match over 342 names: one small query, no database collation needed.
    for municipality in Municipality.objects.only("id", "name", "code"):
        if fold(municipality.name).replace(".", "") == wanted:
            return municipality
    return None


class RoleField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.label


class DescribedErrorsMixin:
    """Links each field's errors to its input with aria-describedby, next to its help text.

    Call ``describe_errors()`` just before rendering, after every error has been added.
    """

    def describe_errors(self) -> None:
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            ids = [f"{bound.auto_id}_error"]
            if self.fields[name].help_text:
                ids.append(f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(ids)


class IntakeFieldsForm(DescribedErrorsMixin, forms.Form):
    """The question and its submitter, as both the site and the API take them."""

    title = _text(
        "title",
        _("Title"),
        required=True,
        help_text=_("One line that says what your question is about."),
    )
    question = _text(
        "question",
        _("Your question"),
        required=True,
        textarea=True,
        rows=8,
        help_text=_("In your own words: what do you want to know or change?"),
    )
    context = _text(
        "context",
        _("Context"),
        textarea=True,
        help_text=_("What is going on, what has been tried, what makes it difficult?"),
    )
    municipality = MunicipalityField(
        label=_("Municipality"),
        help_text=_(
            "Where does the question play? Start typing and choose, e.g. Súdwest-Fryslân,"
            " Enschede or GM0153."
        ),
    )
    organisation_name = _text(
        "organisation_name",
        _("Organisation (optional)"),
        help_text=_("The organisation you work for, if any."),
    )
    submitter_role = RoleField(
        label=_("Your role (optional)"),
        queryset=ParticipantRole.objects.filter(is_active=True),
        to_field_name="slug",
        required=False,
        empty_label=_("— choose your role —"),
        error_messages={"invalid_choice": _("Choose a role from the list, or leave it empty.")},
    )
    actors = _text(
        "actors",
        _("Who is involved?"),
        textarea=True,
        rows=4,
        help_text=_("Clients, residents, professionals, organisations, the municipality…"),
    )
    hoped_result = _text(
        "hoped_result",
        _("What do you hope for?"),
        textarea=True,
        rows=4,
        help_text=_("What would help you: an answer, a method, research, people to talk to?"),
    )
    time_frame = forms.ChoiceField(
        label=_("When do you need it?"),
        choices=TimeFrame.choices,
        initial=TimeFrame.OPEN,
        error_messages={
            "required": _("Choose when you need an answer."),
            "invalid_choice": _("Choose one of the time frames in the list."),
        },
    )
    submitter_name = _text(
        "submitter_name",
        _("Your name"),
        required=True,
        help_text=_("Only the werkplaats sees your name."),
    )
    submitter_email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=MAX_LENGTHS["submitter_email"],
        help_text=_("We send the link to follow your question here. Nobody else sees it."),
        error_messages={
            "required": _("Give your e-mail address: we send the link to your question there."),
            "invalid": _("Give an e-mail address like name@example.org."),
            "max_length": TOO_LONG,
        },
    )
    privacy_agreed = forms.BooleanField(
        label=_("I have read how my data is used and agree to it."),
        error_messages={"required": _("Tick the box to agree to the privacy statement.")},
    )
    submission_key = forms.CharField(
        widget=forms.HiddenInput,
        max_length=MAX_LENGTHS["submission_key"],
        error_messages={"required": _("Reload the form and send it again.")},
    )

    field_messages = {
        "title": _("Give your question a title."),
        "question": _("Write your question."),
        "submitter_name": _("Give your name, so the werkplaats knows whom it is talking to."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in self.field_messages.items():
            self.fields[name].error_messages["required"] = message

    def clean_submission_key(self):
        key = self.cleaned_data["submission_key"].strip()
        if not SUBMISSION_KEY_PATTERN.match(key):
            raise ValidationError(
                _("Use 16 to 64 letters, digits, - or _ as the submission key, e.g. a UUID."),
                code="submission_key",
            )
        return key

    def question_fields(self) -> dict:
        """The cleaned values as ``submit_question`` takes them."""
        data = dict(self.cleaned_data)
        for name in ("privacy_agreed", "submission_key", "website", "stamp"):
            data.pop(name, None)
        return data


class IntakeForm(IntakeFieldsForm):
    """The public intake form: the question's fields plus the spam defences of the site."""

    # A field people do not see (it is hidden from view and from screen readers); bots fill it.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    stamp = forms.CharField(widget=forms.HiddenInput, required=False, max_length=200)

    @classmethod
    def blank(cls) -> "IntakeForm":
        """A new form with a fresh submission key and time stamp."""
        return cls(initial={"submission_key": uuid.uuid4().hex, "stamp": spam.form_stamp()})

    def looks_like_spam(self) -> bool:
        return bool(self.cleaned_data.get("website")) or spam.filled_too_fast(
            self.cleaned_data.get("stamp", "")
        )

    def renew(self) -> None:
        """Gives the re-rendered form a fresh key and stamp, keeping what the visitor typed."""
        data = self.data.copy()
        data["submission_key"] = uuid.uuid4().hex
        data["stamp"] = spam.form_stamp()
        self.data = data


class AddInformationForm(DescribedErrorsMixin, forms.Form):
    information = _text(
        "information",
        _("Information to add"),
        required=True,
        textarea=True,
        rows=5,
        help_text=_("The werkplaats reads this with your question."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["information"].error_messages["required"] = _(
            "Write the information you want to add."
        )


class WithdrawForm(DescribedErrorsMixin, forms.Form):
    reason = _text(
        "reason",
        _("Why do you withdraw it? (optional)"),
        textarea=True,
        rows=3,
        help_text=_("This helps the werkplaats; you may leave it empty."),
    )
    confirm = forms.BooleanField(
        label=_("Yes, withdraw my question. This cannot be undone."),
        error_messages={"required": _("Tick the box to confirm that you withdraw the question.")},
    )
