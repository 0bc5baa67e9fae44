"""Two-factor authentication: an authenticator app (TOTP, RFC 6238) and one-time recovery codes.

Coordinators, network editors and administrators must use it; members may. A session counts as
logged in for such a user only once it carries ``SESSION_KEY`` (set by ``mark_verified`` after a
good code); until then ``middleware.SecondFactorMiddleware`` lets it reach only the code page, the
set-up page and log out. There is no other way to set the mark.
"""

import hashlib
import secrets
import time

import pyotp
import segno
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .models import RecoveryCode, TwoFactorDevice, User

SESSION_KEY = "accounts_second_factor"
ISSUER = "Werkplaatsen Sociaal Domein"
RECOVERY_CODE_COUNT = 10
#: Codes of one step before and after the current one are accepted (clocks drift a little).
VALID_WINDOW = 1
STEP_SECONDS = 30
# No 0/O or 1/I/L: recovery codes are read off paper.
RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def requires_second_factor(user) -> bool:
    """True for coordinators, network editors, administrators and anyone who turned it on."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser or user.is_network_editor:
        return True
    return (
        User.objects.filter(pk=user.pk)
        .filter(
            Q(coordinated_workshops__isnull=False)
            | Q(two_factor_device__confirmed_at__isnull=False)
        )
        .exists()
    )


def confirmed_device(user) -> TwoFactorDevice | None:
    return TwoFactorDevice.objects.filter(user=user, confirmed_at__isnull=False).first()


def session_is_verified(request) -> bool:
    return request.session.get(SESSION_KEY) == request.user.pk


def mark_verified(request) -> None:
    """The session passed the second factor: a new session key, and the shorter lifetime of
    sessions of accounts with two-factor authentication."""
    request.session.cycle_key()
    request.session[SESSION_KEY] = request.user.pk
    request.session.set_expiry(settings.SESSION_HOURS_TWO_FACTOR * 3600)


# Set-up.


def start_setup(user) -> TwoFactorDevice:
    """An unconfirmed device with a new secret (replacing an earlier unconfirmed one)."""
    device = TwoFactorDevice.objects.filter(user=user).first()
    if device is not None and device.confirmed_at is None:
        return device
    if device is not None:
        raise ValueError("two-factor authentication is already set up")
    return TwoFactorDevice.objects.create(user=user, secret=pyotp.random_base32())


def provisioning_uri(device: TwoFactorDevice) -> str:
    return pyotp.TOTP(device.secret).provisioning_uri(
        name=device.user.get_username(), issuer_name=ISSUER
    )


def qr_code_svg(device: TwoFactorDevice) -> str:
    """The otpauth:// address as an inline SVG QR code (no script, no style attribute)."""
    qr = segno.make(provisioning_uri(device), error="m")
    return qr.svg_inline(scale=4, dark="#000", light="#fff", title="QR code")


def grouped_secret(device: TwoFactorDevice) -> str:
    """The secret in groups of four, to type into an app that cannot scan."""
    return " ".join(device.secret[i : i + 4] for i in range(0, len(device.secret), 4))


def confirm_setup(device: TwoFactorDevice, code: str) -> list[str] | None:
    """Confirms the device with a code from the app; returns new recovery codes, or None when
    the code is wrong."""
    if device.confirmed_at is not None or not _accept_totp(device, code):
        return None
    TwoFactorDevice.objects.filter(pk=device.pk).update(confirmed_at=timezone.now())
    return new_recovery_codes(device.user)


def new_recovery_codes(user) -> list[str]:
    """Replaces the user's recovery codes with ten new ones; only their hashes are kept."""
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    with transaction.atomic():
        RecoveryCode.objects.filter(user=user).delete()
        RecoveryCode.objects.bulk_create(
            RecoveryCode(user=user, code_hash=_hash(code)) for code in codes
        )
    return codes


def remaining_recovery_codes(user) -> int:
    return RecoveryCode.objects.filter(user=user, used_at__isnull=True).count()


def turn_off(user) -> None:
    """Removes the device and the recovery codes (a member's choice, or an administrator's reset
    for someone who lost their phone: they set it up again at the next login)."""
    with transaction.atomic():
        TwoFactorDevice.objects.filter(user=user).delete()
        RecoveryCode.objects.filter(user=user).delete()


# Checking codes.


def verify(user, code: str) -> bool:
    """True for a current code of the user's app or an unused recovery code; each is accepted
    once only, also when two web processes receive it at the same moment."""
    device = confirmed_device(user)
    if device is None:
        return False
    cleaned = normalise(code)
    if cleaned.isdigit() and len(cleaned) == 6:
        return _accept_totp(device, cleaned)
    return _accept_recovery_code(user, cleaned)


def normalise(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def current_step(at: float | None = None) -> int:
    return int((time.time() if at is None else at) // STEP_SECONDS)


def _accept_totp(device: TwoFactorDevice, code: str) -> bool:
    code = normalise(code)
    if not (code.isdigit() and len(code) == 6):
        return False
    totp = pyotp.TOTP(device.secret)
    now = current_step()
    for step in range(now - VALID_WINDOW, now + VALID_WINDOW + 1):
        if secrets.compare_digest(totp.at(step * STEP_SECONDS), code):
            # The conditional update makes the step used for everyone: a replayed code (or the
            # same code arriving at two processes at once) finds no row to update.
            return bool(
                TwoFactorDevice.objects.filter(pk=device.pk, last_used_step__lt=step).update(
                    last_used_step=step
                )
            )
    return False


def _accept_recovery_code(user, code: str) -> bool:
    if len(code) != 10:
        return False
    return bool(
        RecoveryCode.objects.filter(user=user, code_hash=_hash(code), used_at__isnull=True).update(
            used_at=timezone.now()
        )
    )


def _new_recovery_code() -> str:
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


def _hash(code: str) -> str:
    # Recovery codes carry about 50 bits of chance, so a fast hash suffices (like the API keys).
    return hashlib.sha256(normalise(code).encode()).hexdigest()
