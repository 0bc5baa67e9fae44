"""Who may make and revoke API keys, and what a request with a key may do."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from rest_framework import permissions

from werkplaats.network.permissions import can_manage_workshop, workshops_managed_by

from .models import ApiToken


def token_of(user) -> ApiToken | None:
    """The API key a request's user acts through, or None for a person logged in."""
    return getattr(user, "api_token", None)


def can_manage_tokens(user, workshop) -> bool:
    """The werkplaats's coordinators and network editors, in the site; never through a key."""
    return token_of(user) is None and can_manage_workshop(user, workshop)


def tokens_managed_by(user) -> QuerySet:
    if token_of(user) is not None:
        return ApiToken.objects.none()
    return ApiToken.objects.filter(workshop__in=workshops_managed_by(user))


class WritesNeedWriteAccess(permissions.BasePermission):
    """Reading is open (each endpoint filters what a user sees); writing needs a person logged in
    or a key with write access. Whether this user may change this object is the app's question."""

    message = _("This API key may only read. Ask your coordinator for a key with write access.")

    def has_permission(self, request, view) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        if not (request.user and request.user.is_authenticated):
            return False
        token = token_of(request.user)
        return token is None or token.can_write
