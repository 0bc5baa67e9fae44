"""Logging in: password, then (for coordinators, editors, administrators and volunteers) a code
from an authenticator app; setting that app up; changing the password."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from . import lockout, twofactor
from .forms import CodeForm, LoginForm, SetupForm
from .models import FailedLogin


def safe_next(request) -> str:
    """The page to go to after logging in: ``next`` when it is on this site."""
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def second_factor_url(request, name: str) -> str:
    return f"{reverse(name)}?{urlencode({REDIRECT_FIELD_NAME: safe_next(request)})}"


class LoginView(auth_views.LoginView):
    """The password step. Django's ``login`` starts a new session (a new key); a user who needs a
    second factor is then held at the code page (or the set-up page) by the middleware."""

    form_class = LoginForm
    template_name = "accounts/login.html"

    def form_valid(self, form):
        response = super().form_valid(form)
        # A mark from an earlier login in this browser never carries over to a new password step.
        self.request.session.pop(twofactor.SESSION_KEY, None)
        user = form.get_user()
        lockout.clear_failures(user.get_username())
        if not twofactor.requires_second_factor(user):
            return response
        if twofactor.confirmed_device(user) is None:
            return redirect(second_factor_url(self.request, "accounts:two_factor_setup"))
        return redirect(second_factor_url(self.request, "accounts:two_factor_verify"))

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if any(error.code in ("locked", "throttled") for error in form.non_field_errors().data):
            response.status_code = 429
        return response


@sensitive_post_parameters("code")
@never_cache
@login_required
def verify(request):
    """The second step: a code from the app or a recovery code."""
    user = request.user
    if twofactor.session_is_verified(request):
        return redirect(safe_next(request))
    if twofactor.confirmed_device(user) is None:
        return redirect(second_factor_url(request, "accounts:two_factor_setup"))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if lockout.locked_until(user.get_username()) is not None:
            return _locked_out(request)
        if twofactor.verify(user, form.cleaned_data["code"]):
            lockout.clear_failures(user.get_username())
            twofactor.mark_verified(request)
            return redirect(safe_next(request))
        until = lockout.record_failure(
            request, user.get_username(), FailedLogin.Stage.CODE, user=user
        )
        if until is not None:
            return _locked_out(request)
        form.add_error(
            "code", _("This code is not right, or it was used already. Try the next one.")
        )
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "accounts/two_factor_verify.html",
        {"form": form, "next": safe_next(request)},
        status=status,
    )


def _locked_out(request):
    logout(request)
    messages.error(
        request,
        _(
            "Too many failed attempts: this account is locked for %(minutes)s minutes. Try "
            "again later, or ask an administrator to unlock it."
        )
        % {"minutes": settings.LOGIN_LOCKOUT_MINUTES},
    )
    return redirect("accounts:login")


@sensitive_post_parameters("code")
@never_cache
@login_required
def setup(request):
    """Adding an authenticator app: scan the QR code (or type the secret), confirm with a code,
    and receive ten recovery codes, shown this once."""
    user = request.user
    if twofactor.confirmed_device(user) is not None:
        return redirect("accounts:two_factor")
    device = twofactor.start_setup(user)
    form = SetupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = twofactor.confirm_setup(device, form.cleaned_data["code"])
        if codes is not None:
            twofactor.mark_verified(request)
            return render(
                request,
                "accounts/recovery_codes.html",
                {"codes": codes, "next": safe_next(request), "new_setup": True},
            )
        form.add_error("code", _("This code is not right. Type the six digits the app shows now."))
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "qr_code": twofactor.qr_code_svg(device),
            "secret": twofactor.grouped_secret(device),
            "next": safe_next(request),
            "required": twofactor.requires_second_factor(user),
        },
        status=400 if request.method == "POST" else 200,
    )


@never_cache
@login_required
def two_factor(request):
    """The state of the user's two-factor authentication, with what they may do about it."""
    user = request.user
    device = twofactor.confirmed_device(user)
    return render(
        request,
        "accounts/two_factor.html",
        {
            "device": device,
            "remaining": twofactor.remaining_recovery_codes(user) if device else 0,
            "may_turn_off": device is not None and not _required_by_role(user),
        },
    )


def _required_by_role(user) -> bool:
    from .roles import is_coordinator, is_network_editor

    return is_network_editor(user) or is_coordinator(user)


@require_POST
@never_cache
@login_required
def new_recovery_codes(request):
    if twofactor.confirmed_device(request.user) is None:
        return redirect("accounts:two_factor")
    codes = twofactor.new_recovery_codes(request.user)
    return render(request, "accounts/recovery_codes.html", {"codes": codes, "new_setup": False})


@require_POST
@login_required
def turn_off(request):
    if _required_by_role(request.user):
        messages.error(request, _("Your role requires two-factor authentication."))
    else:
        twofactor.turn_off(request.user)
        request.session.pop(twofactor.SESSION_KEY, None)
        messages.success(request, _("Two-factor authentication is off."))
    return redirect("accounts:two_factor")


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's: the new password must pass the validators; every other session of the account
    ends (the session hash changes), this one continues."""

    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:dashboard")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(
            self.request,
            _("Your password has been changed. You are logged out everywhere else."),
        )
        return response
