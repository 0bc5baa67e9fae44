"""Forms of a member's own account pages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.network.forms import PersonForm


class ProfileForm(PersonForm):
    """A member's own profile: the fields a coordinator keeps, with the consent question put to the
    member directly."""

    is_public = forms.BooleanField(
        label=_("List my profile publicly"),
        required=False,
        help_text=_(
            "Your name, roles, expertise and themes then appear on the public site and in "
            "the API, so others can find you. Your e-mail address never does. You can "
            "change this at any time."
        ),
    )
