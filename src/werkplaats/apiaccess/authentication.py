"""``Authorization: Bearer wpt_...``: a partner system acting for one werkplaats."""

from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions

from werkplaats.accounts.models import User
from werkplaats.network.permissions import can_manage_workshop

from . import services
from .models import ApiToken, TokenUser


def principal_for(token: ApiToken) -> TokenUser | None:
    """The user a key acts as: its maker, as a coordinator of the key's werkplaats only.

    A key works only while its maker may still manage that werkplaats: a coordinator who leaves
    takes their keys' power along. Returns None when the maker is gone or lost that right.
    """
    maker = token.created_by
    if maker is None or not maker.is_active or not can_manage_workshop(maker, token.workshop):
        return None
    principal = TokenUser(
        **{field.attname: getattr(maker, field.attname) for field in User._meta.concrete_fields}
    )
    principal._state.adding = False
    principal._state.db = maker._state.db
    principal.is_superuser = principal.is_network_editor = principal.is_staff = False
    principal.api_token = token
    return principal


class TokenAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        parts = authentication.get_authorization_header(request).split()
        if not parts or parts[0].lower() != self.keyword.lower().encode():
            return None  # not ours: the session may still authenticate
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(
                _("Send the key as 'Authorization: Bearer wpt_...', with nothing after it.")
            )
        try:
            key = parts[1].decode("ascii")
        except UnicodeDecodeError:
            key = ""
        token = services.find_active_token(key) if key else None
        if token is None:
            raise exceptions.AuthenticationFailed(
                _(
                    "This API key is unknown, revoked or expired. Ask your coordinator for a new one."
                )
            )
        principal = principal_for(token)
        if principal is None:
            raise exceptions.AuthenticationFailed(
                _(
                    "The person who made this API key may no longer manage its werkplaats. "
                    "Ask a coordinator for a new key."
                )
            )
        return principal, token

    def authenticate_header(self, request):
        return 'Bearer realm="api"'
