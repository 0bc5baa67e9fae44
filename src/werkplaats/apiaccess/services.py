"""Making, finding and revoking API keys. Knows nothing of HTTP."""

import hashlib
import secrets
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Access, ApiToken

PREFIX = "wpt_"
#: A key's last use is written at most this often, so reading does not write on every request.
LAST_USED_RESOLUTION = timedelta(minutes=1)
MAX_KEY_LENGTH = 100


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@transaction.atomic
def issue_token(
    *, workshop, name: str, access: str, created_by, expires_at=None
) -> tuple[ApiToken, str]:
    """Makes a key for ``workshop``; returns the record and the key, which is not kept: show it
    once. Permission is the caller's question (``permissions.can_manage_tokens``)."""
    if access not in Access.values:
        raise ValidationError({"access": _("Choose read or read and write.")})
    if expires_at is not None and expires_at <= timezone.now():
        raise ValidationError({"expires_at": _("Choose a moment in the future, or none.")})
    key = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        workshop=workshop,
        name=(name or "").strip(),
        access=access,
        prefix=key[: len(PREFIX) + 4],
        key_hash=hash_key(key),
        created_by=created_by,
        expires_at=expires_at,
    )
    token.full_clean()
    token.save()
    return token, key


def revoke_token(token: ApiToken, *, by=None) -> ApiToken:
    """Stops a key from working, for good. Revoking twice keeps the first moment."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.revoked_by = by if getattr(by, "pk", None) else None
        token.save(update_fields=["revoked_at", "revoked_by"])
    return token


def find_active_token(key: str) -> ApiToken | None:
    """The active key that ``key`` is, or None (unknown, revoked or expired)."""
    if not key.startswith(PREFIX) or len(key) > MAX_KEY_LENGTH:
        return None
    token = (
        ApiToken.objects.active()
        .select_related("workshop", "created_by")
        .filter(key_hash=hash_key(key))
        .first()
    )
    if token is not None:
        _note_use(token)
    return token


def _note_use(token: ApiToken) -> None:
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
