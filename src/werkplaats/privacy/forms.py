from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Person

from .models import Action


class AuditFilterForm(forms.Form):
    person = forms.SlugField(label=_("Person (slug)"), required=False)
    object_type = forms.CharField(
        label=_("Object type"), required=False, help_text=_("For example network.person.")
    )
    object_id = forms.CharField(label=_("Object id (UUID or number)"), required=False)
    actor = forms.CharField(label=_("Actor (username or 'system')"), required=False)
    action = forms.ChoiceField(
        label=_("Action"), required=False, choices=[("", _("Any")), *Action.choices]
    )
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput({"type": "date"})
    )
    until = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput({"type": "date"})
    )

    def clean_person(self):
        slug = self.cleaned_data["person"]
        if not slug:
            return None
        person = Person.objects.filter(slug=slug).select_related("user").first()
        if person is None:
            raise forms.ValidationError(
                _("No person has this slug. Copy it from the person's page.")
            )
        return person

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            self.add_error("until", _("The end date is before the start date."))
        return data


class SubjectAccessForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of a submitter or subscriber"), required=False)
    person = forms.SlugField(label=_("Person (slug)"), required=False)

    def clean_person(self):
        slug = self.cleaned_data["person"]
        if not slug:
            return None
        person = Person.objects.filter(slug=slug).first()
        if person is None:
            raise forms.ValidationError(
                _("No person has this slug. Copy it from the person's page.")
            )
        return person

    def clean(self):
        data = super().clean()
        if not self.errors and bool(data.get("email")) == bool(data.get("person")):
            raise forms.ValidationError(_("Give either an e-mail address or a person, not both."))
        return data
