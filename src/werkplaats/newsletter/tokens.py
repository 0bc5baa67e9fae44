"""Signed links for subscribers: confirm, preferences and unsubscribe.

A token is the subscriber's UUID and the link's purpose, signed under the secret key with a
salt per purpose, so a preferences token cannot unsubscribe and nobody can make a token for
another subscriber. Confirmation links expire (``NEWSLETTER_CONFIRM_HOURS``); the preferences
and unsubscribe links in an issue keep working for as long as the subscriber exists, as a
recipient expects of a link in an old mail. Erasing a subscriber kills all their links.
"""

from datetime import timedelta
from enum import StrEnum

from django.conf import settings
from django.core import signing

SALT = "werkplaats.newsletter.{purpose}"


class Purpose(StrEnum):
    CONFIRM = "confirm"
    PREFERENCES = "preferences"
    UNSUBSCRIBE = "unsubscribe"


class TokenExpired(Exception):
    pass


class TokenInvalid(Exception):
    pass


def make_token(subscriber, purpose: Purpose) -> str:
    return signing.dumps(subscriber.uuid.hex, salt=SALT.format(purpose=purpose))


def read_token(token: str, purpose: Purpose) -> str:
    """The subscriber's UUID (hex) the token was made for; raises TokenExpired or TokenInvalid."""
    max_age = (
        timedelta(hours=settings.NEWSLETTER_CONFIRM_HOURS) if purpose == Purpose.CONFIRM else None
    )
    try:
        value = signing.loads(token, salt=SALT.format(purpose=purpose), max_age=max_age)
    except signing.SignatureExpired:
        raise TokenExpired from None
    except signing.BadSignature:
        raise TokenInvalid from None
    if not isinstance(value, str) or len(value) != 32:
        raise TokenInvalid
    return value
