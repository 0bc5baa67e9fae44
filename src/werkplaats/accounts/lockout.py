"""Login throttling and lock-out, with their state in the database so every web process agrees.

- After ``LOGIN_MAX_FAILURES`` (10) wrong passwords or codes for one account name within
  ``LOGIN_LOCKOUT_MINUTES``, that name is locked for ``LOGIN_LOCKOUT_MINUTES``: the login page
  refuses it even with the right password and says until when.
- Names are counted and locked whether or not an account has them, so the page says the same for
  an existing and a made-up name and never tells an attacker which accounts exist.
- One network address may fail ``LOGIN_ADDRESS_MAX_FAILURES`` times in that period, over all names.
- Failures are kept (address as a salted hash) for ``LOGIN_ATTEMPT_RETENTION_DAYS``.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import salted_hmac

from werkplaats.questions.services.spam import client_address

from .models import FailedLogin, LoginLock, User


def normalise(username: str) -> str:
    return (username or "").strip().casefold()[:150]


def address_hash(request) -> str:
    return salted_hmac(
        "werkplaats.accounts.login-address", client_address(request), algorithm="sha256"
    ).hexdigest()


def _window() -> datetime.timedelta:
    return datetime.timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES)


def locked_until(username: str, now=None) -> datetime.datetime | None:
    """The end of the lock on this name, or None when it may try."""
    now = now or timezone.now()
    lock = LoginLock.objects.filter(username=normalise(username), locked_until__gt=now).first()
    return lock.locked_until if lock else None


def address_is_throttled(request, now=None) -> bool:
    now = now or timezone.now()
    recent = FailedLogin.objects.filter(
        address_hash=address_hash(request), created_at__gte=now - _window()
    ).count()
    return recent >= settings.LOGIN_ADDRESS_MAX_FAILURES


def record_failure(request, username: str, stage: str, user=None) -> datetime.datetime | None:
    """Records a wrong password or code; locks the name when it has failed too often. Returns the
    end of the lock when this failure locked it."""
    name = normalise(username)
    now = timezone.now()
    if user is None:
        user = User.objects.filter(username__iexact=name).first()
    FailedLogin.objects.create(
        username=name, user=user, address_hash=address_hash(request), stage=stage
    )
    counting = FailedLogin.objects.filter(
        username=name, counts=True, created_at__gte=now - _window()
    )
    if counting.count() < settings.LOGIN_MAX_FAILURES:
        return None
    until = now + _window()
    _lock(name, until)
    counting.update(counts=False)
    return until


def _lock(name: str, until) -> None:
    try:
        with transaction.atomic():
            LoginLock.objects.update_or_create(username=name, defaults={"locked_until": until})
    except IntegrityError:
        # Another process locked the same name at the same moment.
        LoginLock.objects.filter(username=name).update(locked_until=until)


def clear_failures(username: str) -> None:
    """After a successful login the earlier failures no longer count towards a lock."""
    FailedLogin.objects.filter(username=normalise(username), counts=True).update(counts=False)


def unlock(usernames) -> int:
    """Lifts the locks on these names (an administrator's action); returns how many were locked."""
    names = [normalise(name) for name in usernames]
    FailedLogin.objects.filter(username__in=names, counts=True).update(counts=False)
    return LoginLock.objects.filter(username__in=names, locked_until__gt=timezone.now()).delete()[0]


def delete_old_records(now=None) -> int:
    """Deletes failed logins older than LOGIN_ATTEMPT_RETENTION_DAYS and ended locks."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.LOGIN_ATTEMPT_RETENTION_DAYS)
    deleted = FailedLogin.objects.filter(created_at__lt=cutoff).delete()[0]
    LoginLock.objects.filter(locked_until__lt=now - _window()).delete()
    return deleted


def forget(user) -> int:
    """Erasure of an account: its failed logins, lock, two-factor device and recovery codes."""
    from .twofactor import turn_off

    name = normalise(user.get_username())
    deleted = FailedLogin.objects.filter(Q(user=user) | Q(username=name)).delete()[0]
    LoginLock.objects.filter(username=name).delete()
    turn_off(user)
    return deleted
