"""Forms with which coordinators maintain their werkplaats. They parse input; the services validate
the records (identifiers included) and write them."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from .constants import PartnershipRole
from .models import (
    Competence,
    Municipality,
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Person,
    Theme,
)


def apply_errors(form: forms.Form, error: ValidationError) -> None:
    """Shows a service's ValidationError on the form: next to the field it concerns when the form
    has that field, at the top of the form otherwise."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.error_dict.items():
        target = field if field in form.fields else None
        if field == NON_FIELD_ERRORS:
            target = None
        form.add_error(target, ValidationError(errors))


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def _terms(model):
    return model.objects.filter(is_active=True)


class PartnershipForm(forms.Form):
    role = forms.ChoiceField(
        label=_("Role in the werkplaats"),
        choices=PartnershipRole.choices,
        initial=PartnershipRole.PARTNER,
    )
    start_date = forms.DateField(
        label=_("From"),
        required=False,
        widget=DateInput(),
        help_text=_("Leave empty when unknown."),
    )
    end_date = forms.DateField(
        label=_("Until"),
        required=False,
        widget=DateInput(),
        help_text=_("Leave empty while the partnership lasts."),
    )


class AddPartnerForm(PartnershipForm):
    """Choose an existing organisation, or leave it empty and describe a new one below."""

    organisation = forms.ModelChoiceField(
        label=_("Existing organisation"),
        queryset=Organisation.objects.select_related("kind").order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("— a new organisation (fill in below) —"),
    )
    field_order = ["organisation", "role", "start_date", "end_date"]


class OrganisationForm(forms.Form):
    """A new organisation. Its identifiers are checked by the registry's validators."""

    name = forms.CharField(label=_("Name"), max_length=200, required=False)
    kind = forms.ModelChoiceField(
        label=_("Kind"), queryset=_terms(OrganisationKind), to_field_name="slug", required=False
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    kvk_number = forms.CharField(
        label=_("KvK number"), max_length=20, required=False, help_text=_("8 digits.")
    )
    ror_id = forms.CharField(
        label=_("ROR ID"),
        max_length=60,
        required=False,
        help_text=_("For example 05f950310 or https://ror.org/05f950310."),
    )
    municipality_code = forms.CharField(
        label=_("CBS municipality code"),
        max_length=10,
        required=False,
        help_text=_("Only for a municipality, for example GM0153."),
    )
    location = forms.ModelChoiceField(
        label=_("Location"),
        queryset=Municipality.objects.order_by("name"),
        to_field_name="code",
        required=False,
    )

    def has_organisation(self) -> bool:
        return bool(self.cleaned_data.get("name"))

    def require(self) -> None:
        """A new organisation needs at least a name and a kind."""
        if not self.cleaned_data.get("name"):
            self.add_error(
                "name",
                _(
                    "Enter the name of the new organisation, "
                    "or choose an existing organisation above."
                ),
            )
        if not self.cleaned_data.get("kind"):
            self.add_error("kind", _("Choose what kind of organisation this is."))

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        arguments = {"name": data["name"], "kind": data["kind"], "location": data.get("location")}
        for key in ("website", "kvk_number", "ror_id", "municipality_code"):
            arguments[key] = data.get(key) or ""
        return arguments


class EndPartnershipForm(forms.Form):
    end_date = forms.DateField(label=_("Last day of the partnership"), widget=DateInput())


class PersonForm(forms.Form):
    """A person of a werkplaats: details, what they do and know, and whether they consent to be
    listed publicly."""

    given_name = forms.CharField(label=_("Given name"), max_length=100)
    family_name_prefix = forms.CharField(
        label=_("Prefix"),
        max_length=30,
        required=False,
        help_text=_("For example: van, de, van der."),
    )
    family_name = forms.CharField(label=_("Family name"), max_length=100)
    email = forms.EmailField(
        label=_("E-mail address"), required=False, help_text=_("Never shown publicly.")
    )
    orcid = forms.CharField(
        label=_("ORCID iD"),
        max_length=60,
        required=False,
        help_text=_("For example 0000-0002-1825-0097."),
    )
    bio = forms.CharField(
        label=_("About"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    affiliation = forms.ModelChoiceField(
        label=_("Works at"),
        queryset=Organisation.objects.order_by("name"),
        to_field_name="slug",
        required=False,
    )
    function = forms.CharField(label=_("Function"), max_length=150, required=False)
    roles = forms.ModelMultipleChoiceField(
        label=_("Roles"),
        queryset=_terms(ParticipantRole),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    competences = forms.ModelMultipleChoiceField(
        label=_("Competences"),
        queryset=_terms(Competence),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=_terms(Theme),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    is_public = forms.BooleanField(
        label=_("This person consents to be listed publicly"),
        required=False,
        help_text=_(
            "Only with their consent: name, roles, expertise and themes appear on the public "
            "site and in the API. The e-mail address never does."
        ),
    )

    @classmethod
    def initial_for(cls, person: Person) -> dict:
        affiliation = (
            person.affiliations.filter(end_date__isnull=True).select_related("organisation").first()
        )
        return {
            **{
                name: getattr(person, name)
                for name in (
                    "given_name",
                    "family_name_prefix",
                    "family_name",
                    "email",
                    "orcid",
                    "bio",
                    "is_public",
                )
            },
            "affiliation": affiliation.organisation if affiliation else None,
            "function": affiliation.function if affiliation else "",
            "roles": list(person.roles.all()),
            "competences": list(person.competences.all()),
            "themes": list(person.themes.all()),
        }

    def service_arguments(self) -> dict:
        return dict(self.cleaned_data)


class ExistingPersonForm(forms.Form):
    person = forms.ModelChoiceField(
        label=_("Person"), queryset=Person.objects.none(), to_field_name="slug"
    )

    def __init__(self, *args, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        if people is not None:
            self.fields["person"].queryset = people
