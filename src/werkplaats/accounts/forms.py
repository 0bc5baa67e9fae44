"""Forms of a member's own account pages, the login and the second factor."""

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from werkplaats.network.forms import PersonForm

from . import lockout
from .models import FailedLogin


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


class LoginForm(AuthenticationForm):
    """Django's login form, refusing locked account names and throttled addresses before it
    looks at the password, and counting every wrong password."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "locked": _(
            "Too many failed attempts: this account is locked until %(time)s. Try again after "
            "that time, or ask an administrator to unlock it."
        ),
        "throttled": _(
            "Too many failed attempts from your network address. Wait %(minutes)s minutes "
            "and try again."
        ),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        if lockout.address_is_throttled(self.request):
            raise self.refusal("throttled", minutes=settings.LOGIN_LOCKOUT_MINUTES)
        until = lockout.locked_until(username)
        if until is not None:
            raise self.refusal("locked", time=_time(until))
        try:
            return super().clean()
        except ValidationError as error:
            if getattr(error, "code", None) != "invalid_login":
                raise
            until = lockout.record_failure(self.request, username, FailedLogin.Stage.PASSWORD)
            if until is not None:
                raise self.refusal("locked", time=_time(until)) from None
            raise

    def refusal(self, code, **params):
        return ValidationError(self.error_messages[code], code=code, params=params)


def _time(moment) -> str:
    return date_format(localtime(moment), "TIME_FORMAT")


class CodeForm(forms.Form):
    """The second factor: a code from the app, or a recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        help_text=_(
            "The six digits your authenticator app shows now, or one of your recovery codes."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )


class SetupForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the app"),
        max_length=10,
        help_text=_("The six digits the app shows after you added the account."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
