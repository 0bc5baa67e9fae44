"""Resumption tokens: stateless, signed, and stable while records are added.

A token carries the query (verb, metadata prefix, from, until, set), how many records came
before, and the sort key of the last record sent: its datestamp (to the microsecond), its source
and its UUID. The next page starts after that key, so a record added or changed during a harvest
sorts after everything already sent and is neither skipped nor shifts the pages. Signing
(``django.core.signing``) makes a forged or altered token fail; it expires after a day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core import signing
from django.utils import timezone

from .protocol import OAIError

SALT = "werkplaats.oai.resumption"
MAX_AGE = timedelta(days=1)


@dataclass(frozen=True)
class Position:
    """Where a list stands: after the record with this sort key, ``cursor`` records sent."""

    moment: datetime
    rank: int
    uuid_hex: str
    cursor: int


def make_token(verb: str, arguments: dict[str, str], position: Position) -> str:
    return signing.dumps(
        {
            "verb": verb,
            "args": arguments,
            "after": [position.moment.isoformat(), position.rank, position.uuid_hex],
            "cursor": position.cursor,
        },
        salt=SALT,
        compress=True,
    )


def expiration() -> datetime:
    return timezone.now() + MAX_AGE


def read_token(token: str, verb: str) -> tuple[dict[str, str], Position]:
    """The query and position a token holds; ``badResumptionToken`` for an expired, forged or
    foreign token."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
        if data["verb"] != verb:
            raise ValueError("a token of another verb")
        moment, rank, uuid_hex = data["after"]
        position = Position(
            datetime.fromisoformat(moment), int(rank), str(uuid_hex), int(data["cursor"])
        )
        arguments = {str(k): str(v) for k, v in data["args"].items()}
    except signing.SignatureExpired:
        raise OAIError("badResumptionToken", "The resumption token has expired.") from None
    except (signing.BadSignature, ValueError, KeyError, TypeError, AttributeError):
        raise OAIError("badResumptionToken", "The resumption token is not valid.") from None
    return arguments, position
