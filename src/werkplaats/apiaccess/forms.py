from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Access


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_(
            "Which system uses this key, for example 'Registration system of the municipality'."
        ),
    )
    access = forms.ChoiceField(
        label=_("Access"),
        choices=Access.choices,
        initial=Access.READ,
        widget=forms.RadioSelect,
        help_text=_(
            "Read: what the coordinators of this werkplaats see, drafts included. "
            "Read and write: also create and change this werkplaats's records."
        ),
    )
    expires_on = forms.DateField(
        label=_("Valid until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Leave empty for a key that works until you revoke it."),
    )

    def clean_expires_on(self):
        day = self.cleaned_data.get("expires_on")
        if day is not None and day <= timezone.localdate():
            raise forms.ValidationError(_("Choose a day after today, or leave it empty."))
        return day
