"""Holds a logged-in user who needs a second factor at the code page until they gave one."""

from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from . import twofactor

#: What a session may reach between the password and the code.
OPEN_URL_NAMES = {
    "accounts:two_factor_verify",
    "accounts:two_factor_setup",
    "accounts:logout",
    "accounts:login",
    "set_language",
    "healthz",
    "readyz",
    "admin:login",
}


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not twofactor.session_is_verified(request)
            and twofactor.requires_second_factor(user)
            and not _is_open(request.path_info)
        ):
            return _hold(request, user)
        return self.get_response(request)


def _is_open(path: str) -> bool:
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return match.view_name in OPEN_URL_NAMES


def _hold(request, user):
    if request.path_info.startswith("/api/"):
        return JsonResponse(
            {"detail": _("Give the code of your second factor on the site first.")}, status=403
        )
    name = (
        "accounts:two_factor_verify"
        if twofactor.confirmed_device(user)
        else "accounts:two_factor_setup"
    )
    return redirect(f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}")
