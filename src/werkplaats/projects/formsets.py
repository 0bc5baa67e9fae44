"""The related records of a project, edited as inline formsets: several rows at once, and a
validation error re-renders every row as it was typed.

Each section names its model, its form and the service that adds a row; saving runs every
change through ``services`` in one transaction, so a refused row leaves nothing half written.
"""

from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms.models import BaseInlineFormSet, inlineformset_factory
from django.utils.translation import gettext_lazy as _

from werkplaats.network.forms import DateInput, apply_errors
from werkplaats.network.models import Organisation, OrganisationKind, ParticipantRole, Person
from werkplaats.network.permissions import people_visible_to

from . import services
from .constants import EDUCATION_INSTITUTION_KINDS, OutcomeKind
from .models import (
    EducationLink,
    FundingKind,
    FundingSource,
    LearningLevelClaim,
    Outcome,
    Participant,
    Project,
    ProjectPartner,
)


class LabelledChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return getattr(obj, "label", None) or str(obj)


class ParticipantForm(forms.ModelForm):
    class Meta:
        model = Participant
        fields = ["person", "role", "organisation"]
        field_classes = {"role": LabelledChoice}
        help_texts = {
            "person": _(
                "Leave empty for someone who is not in the registry: they are counted by role."
            )
        }


class PartnerForm(forms.ModelForm):
    """A partner organisation from the registry, or a new one described in the same row."""

    new_organisation_name = forms.CharField(
        label=_("Or a new organisation: name"), max_length=200, required=False
    )
    new_organisation_kind = LabelledChoice(
        OrganisationKind.objects.filter(is_active=True),
        label=_("Kind of the new organisation"),
        required=False,
    )

    class Meta:
        model = ProjectPartner
        fields = ["organisation", "role", "new_organisation_name", "new_organisation_kind"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].required = False
        self.fields["organisation"].help_text = _(
            "Not in the list? Leave it empty and describe the new organisation below."
        )

    def clean(self):
        data = super().clean()
        chosen, name = data.get("organisation"), (data.get("new_organisation_name") or "").strip()
        if chosen and name:
            self.add_error(
                "new_organisation_name",
                _("Choose an existing organisation or describe a new one, not both."),
            )
        elif not chosen and not name and self.has_changed():
            self.add_error("organisation", _("Choose an organisation or describe a new one."))
        elif name and not data.get("new_organisation_kind"):
            self.add_error(
                "new_organisation_kind", _("Choose what kind of organisation the new one is.")
            )
        return data

    def _post_clean(self):
        # A new organisation does not exist yet: the model's checks run in the service instead.
        if self.cleaned_data.get("organisation"):
            super()._post_clean()


class FundingForm(forms.ModelForm):
    class Meta:
        model = FundingSource
        fields = ["kind", "funder", "funder_name", "scheme", "amount", "start_date", "end_date"]
        field_classes = {"kind": LabelledChoice}
        widgets = {"start_date": DateInput(), "end_date": DateInput()}


class EducationForm(forms.ModelForm):
    class Meta:
        model = EducationLink
        fields = ["institution", "programme", "form", "students", "academic_year"]


class LevelForm(forms.ModelForm):
    class Meta:
        model = LearningLevelClaim
        fields = ["level", "substantiation"]
        widgets = {"substantiation": forms.Textarea(attrs={"rows": 3})}


class OutcomeForm(forms.ModelForm):
    class Meta:
        model = Outcome
        fields = ["kind", "text", "source"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class RecordFormSet(BaseInlineFormSet):
    """Evaluates each choice list once for all rows, not once per row."""

    cached_choices = ()

    def __init__(self, *args, choice_querysets=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name, queryset in (choice_querysets or {}).items():
            for form in [*self.forms, self.empty_form]:
                form.fields[name].queryset = queryset
        for name in self.cached_choices:
            if not self.forms:
                break
            choices = list(self.forms[0].fields[name].choices)
            for form in self.forms:
                form.fields[name].choices = choices


def _add_participant(project, data):
    return services.add_participant(project, **data)


def _add_partner(project, data):
    if data.get("organisation"):
        return services.add_partner(project, data["organisation"], data["role"])
    return services.add_partner_with_new_organisation(
        project,
        name=data["new_organisation_name"],
        kind=data["new_organisation_kind"],
        role=data["role"],
    )


def _add_funding(project, data):
    return services.add_funding_source(project, **data)


def _add_education(project, data):
    return services.add_education_link(project, **data)


def _add_level(project, data):
    return services.claim_learning_level(project, data["level"], data["substantiation"])


def _add_outcome(project, data):
    record = (
        services.record_learning_outcome
        if data["kind"] == OutcomeKind.LEARNING
        else services.record_result
    )
    return record(project, data["text"], source=data.get("source", ""))


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    row_title: str
    model: type
    form: type
    add: object
    cached: tuple = ()

    def formset_class(self):
        return inlineformset_factory(
            Project,
            self.model,
            form=self.form,
            formset=type(
                f"{self.model.__name__}FormSet", (RecordFormSet,), {"cached_choices": self.cached}
            ),
            extra=2,
            can_delete=True,
        )


SECTIONS = {
    section.slug: section
    for section in (
        Section(
            "deelnemers",
            _("Participants"),
            _("Participant"),
            Participant,
            ParticipantForm,
            _add_participant,
            ("person", "role", "organisation"),
        ),
        Section(
            "partners",
            _("Partners"),
            _("Partner"),
            ProjectPartner,
            PartnerForm,
            _add_partner,
            ("organisation", "new_organisation_kind"),
        ),
        Section(
            "financiering",
            _("Funding"),
            _("Funding source"),
            FundingSource,
            FundingForm,
            _add_funding,
            ("kind", "funder"),
        ),
        Section(
            "onderwijs",
            _("Education"),
            _("Education link"),
            EducationLink,
            EducationForm,
            _add_education,
            ("institution",),
        ),
        Section(
            "leerniveaus",
            _("Learning levels"),
            _("Learning level"),
            LearningLevelClaim,
            LevelForm,
            _add_level,
        ),
        Section(
            "opbrengsten",
            _("Learning outcomes and results"),
            _("Outcome"),
            Outcome,
            OutcomeForm,
            _add_outcome,
        ),
    )
}


def build_formset(section: Section, project: Project, user, data=None):
    querysets = {}
    if section.model is Participant:
        workshops = [project.lead_workshop_id, *project.workshops.values_list("pk", flat=True)]
        querysets = {
            "person": people_visible_to(user).filter(workshops__in=workshops).distinct()
            | Person.objects.filter(project_participations__project=project).distinct(),
            "role": ParticipantRole.objects.filter(is_active=True),
        }
    elif section.model is EducationLink:
        querysets = {
            "institution": Organisation.objects.filter(kind__slug__in=EDUCATION_INSTITUTION_KINDS)
        }
    elif section.model is FundingSource:
        querysets = {"kind": FundingKind.objects.filter(is_active=True)}
    return section.formset_class()(
        data, instance=project, prefix=section.slug, choice_querysets=querysets
    )


def save_formset(section: Section, formset, project: Project) -> bool:
    """Saves every changed row through the services; False (and nothing saved) when a service
    refuses one, with its message on that row."""
    try:
        with transaction.atomic():
            for form in formset.forms:
                if not form.has_changed() and not form.instance.pk:
                    continue
                try:
                    _save_row(section, formset, form, project)
                except ValidationError as error:
                    apply_errors(form, error)
                    raise
    except ValidationError:
        return False
    return True


def _save_row(section, formset, form, project):
    # Django's inline formset appends the foreign key to the form's field list: leave it out.
    names = [name for name in section.form.Meta.fields if name != "project"]
    data = {name: form.cleaned_data.get(name) for name in names}
    for key in ("new_organisation_name", "new_organisation_kind"):
        if key in data and not data[key]:
            data.pop(key)
    if form.instance.pk and formset.can_delete and formset._should_delete_form(form):
        services.remove_record(form.instance)
    elif form.instance.pk:
        if form.has_changed():
            fields = {k: v for k, v in data.items() if not k.startswith("new_organisation")}
            services.update_record(form.instance, **fields)
    elif not formset._should_delete_form(form):
        section.add(project, {k: v for k, v in data.items() if v is not None or k == "person"})
