"""Spam defence for intake without third-party services: a honeypot, a minimum fill time and a
rate limit per network address.

Web processes are stateless, so the rate limit counts in the database (``IntakeAttempt``). The
address is stored only as an HMAC under the secret key, and attempts older than a day are pruned:
nothing here identifies a person.
"""

import time
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.crypto import salted_hmac

from ..models import IntakeAttempt

STAMP_SALT = "werkplaats.questions.intake-form"
# A form older than this is stale: the visitor reloads it (and keeps what they typed).
STAMP_MAX_AGE_SECONDS = 24 * 60 * 60
RATE_WINDOW = timedelta(hours=1)
KEEP_ATTEMPTS = timedelta(days=1)


def form_stamp(at: float | None = None) -> str:
    """A signed time stamp for a rendered form, so the server knows when it was rendered."""
    return signing.dumps({"t": int(at if at is not None else time.time())}, salt=STAMP_SALT)


def filled_too_fast(stamp: str, now: float | None = None) -> bool:
    """True when the form came back faster than a person can fill it, or with a forged stamp."""
    try:
        data = signing.loads(stamp or "", salt=STAMP_SALT)
        rendered_at = float(data["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return True
    elapsed = (now if now is not None else time.time()) - rendered_at
    return not settings.QUESTION_INTAKE_MIN_SECONDS <= elapsed <= STAMP_MAX_AGE_SECONDS


def client_address(request) -> str:
    """The address to count: the socket's peer, or the proxy's last X-Forwarded-For entry."""
    if settings.USE_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        # The rightmost entry is the one our own proxy appended; the others the client can forge.
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def address_hash(address: str) -> str:
    return salted_hmac(
        "werkplaats.questions.intake-address", address, algorithm="sha256"
    ).hexdigest()


def allow_submission(address: str, now=None) -> bool:
    """Counts one submission from ``address``; False once the hourly limit is reached.

    A refused attempt is not counted, so a visitor who waits gets through again.
    """
    now = now or timezone.now()
    hashed = address_hash(address)
    IntakeAttempt.objects.filter(created_at__lt=now - KEEP_ATTEMPTS).delete()
    recent = IntakeAttempt.objects.filter(
        address_hash=hashed, created_at__gte=now - RATE_WINDOW
    ).count()
    if recent >= settings.QUESTION_INTAKE_LIMIT_PER_HOUR:
        return False
    IntakeAttempt.objects.create(address_hash=hashed, created_at=now)
    return True
