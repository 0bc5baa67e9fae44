"""Subscriptions: double opt-in sign-up, preferences, unsubscribing and erasure.

Signing up never tells the visitor whether an address is subscribed: every valid form gets the
same answer, and what differs goes only to the address itself (a confirmation link for a new or
lapsed subscriber, a preferences link for one who is already subscribed). A form from someone who
does not own the address therefore changes nothing that matters: an active subscriber's
preferences change only through their own signed link. Mails to one address are at most one per
``RESEND_AFTER``, so the form cannot be used to flood someone's inbox; sign-ups from one network
address are limited per hour like question intake (``questions.services.spam``).
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from ..constants import SubscriberStatus
from ..models import SignupAttempt, Subscriber, normalise_email
from ..tokens import Purpose, TokenInvalid, read_token

RESEND_AFTER = timedelta(minutes=10)
RATE_WINDOW = timedelta(hours=1)
KEEP_ATTEMPTS = timedelta(days=1)


def allow_signup(address: str, now=None) -> bool:
    """Counts one sign-up from a network address; False once the hourly limit is reached."""
    now = now or timezone.now()
    hashed = salted_hmac("werkplaats.newsletter.signup-address", address, algorithm="sha256")
    SignupAttempt.objects.filter(created_at__lt=now - KEEP_ATTEMPTS).delete()
    recent = SignupAttempt.objects.filter(
        address_hash=hashed.hexdigest(), created_at__gte=now - RATE_WINDOW
    ).count()
    if recent >= settings.NEWSLETTER_SIGNUP_LIMIT_PER_HOUR:
        return False
    SignupAttempt.objects.create(address_hash=hashed.hexdigest(), created_at=now)
    return True


def sign_up(email: str, workshops=(), themes=(), language: str = "nl", now=None) -> None:
    """Starts (or restarts) a subscription; the outcome goes to the address, never the caller."""
    now = now or timezone.now()
    address = normalise_email(email)
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=address, defaults={"language": language}
        )
        recently_mailed = (
            subscriber.confirmation_sent_at is not None
            and now - subscriber.confirmation_sent_at < RESEND_AFTER
        )
        if subscriber.is_active:
            # Someone (perhaps not the owner) filled in a subscribed address: the owner gets
            # their preferences link, nothing changes.
            kind = "already_subscribed"
        else:
            kind = "confirm"
            subscriber.status = SubscriberStatus.PENDING
            subscriber.language = language
            subscriber.save()
            subscriber.workshops.set(workshops)
            subscriber.themes.set(themes)
        if recently_mailed and not created:
            return
        subscriber.confirmation_sent_at = now
        subscriber.save(update_fields=["confirmation_sent_at"])
        pk = subscriber.pk
        transaction.on_commit(lambda: _send(kind, pk))


def _send(kind: str, pk: int) -> None:
    from ..tasks import send_subscription_mail

    send_subscription_mail.enqueue(kind, pk)


def subscriber_for(token: str, purpose: Purpose) -> Subscriber:
    """The subscriber a signed link is for; raises TokenInvalid (also for an erased one) or
    TokenExpired."""
    uuid_hex = read_token(token, purpose)
    subscriber = Subscriber.objects.filter(uuid=uuid_hex).first()
    if subscriber is None:
        raise TokenInvalid
    return subscriber


def confirm(subscriber: Subscriber, now=None) -> Subscriber:
    """Confirms a pending subscription. Confirming twice is fine; a link for a subscription that
    was ended since is no longer valid."""
    with transaction.atomic():
        locked = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if locked.status == SubscriberStatus.PENDING:
            locked.status = SubscriberStatus.ACTIVE
            locked.confirmed_at = now or timezone.now()
            locked.unsubscribed_at = None
            # Confirming proves the address reaches someone again.
            locked.hard_bounces = 0
            locked.save()
        elif locked.status != SubscriberStatus.ACTIVE:
            raise TokenInvalid
    return locked


def update_preferences(subscriber: Subscriber, workshops, themes) -> None:
    """No werkplaatsen and no themes chosen means everything."""
    with transaction.atomic():
        subscriber.workshops.set(workshops)
        subscriber.themes.set(themes)


def unsubscribe(subscriber: Subscriber, now=None) -> bool:
    """Ends the subscription at once (also for an issue being sent right now). False when it had
    already ended. Safe to repeat: a one-click POST may come twice."""
    updated = Subscriber.objects.filter(
        pk=subscriber.pk, status__in=[SubscriberStatus.ACTIVE, SubscriberStatus.PENDING]
    ).update(status=SubscriberStatus.UNSUBSCRIBED, unsubscribed_at=now or timezone.now())
    subscriber.refresh_from_db()
    return bool(updated)


def expired_subscribers(now=None):
    """Subscribers whose personal data has been kept long enough: unsubscribed or stopped after
    bounces longer than ``NEWSLETTER_RETENTION_DAYS`` ago, or never confirmed a day after their
    confirmation link expired."""
    now = now or timezone.now()
    ended_before = now - timedelta(days=settings.NEWSLETTER_RETENTION_DAYS)
    unconfirmed_before = now - timedelta(hours=settings.NEWSLETTER_CONFIRM_HOURS, days=1)
    ended = Subscriber.objects.filter(
        status__in=[SubscriberStatus.UNSUBSCRIBED, SubscriberStatus.BOUNCED],
        unsubscribed_at__lt=ended_before,
    )
    unconfirmed = Subscriber.objects.filter(
        status=SubscriberStatus.PENDING, confirmation_sent_at__lt=unconfirmed_before
    )
    return ended | unconfirmed


def erase_expired_subscribers(now=None) -> int:
    """Deletes the subscribers that are due (their address and preferences; their deliveries stay
    as anonymous counts). Returns how many. Safe to run any number of times."""
    erased = 0
    for pk in list(expired_subscribers(now).values_list("pk", flat=True)):
        erased += Subscriber.objects.filter(pk=pk).delete()[1].get("newsletter.Subscriber", 0)
    return erased
