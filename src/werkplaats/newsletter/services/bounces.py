"""Bounces: delivery status notifications (RFC 3464) read with the standard ``email`` package.

A *hard* bounce is a recipient whose Action is ``failed`` with a permanent (5.x.x) Status. Each
bounces one delivery: the one whose Message-ID the report quotes (its ``message/rfc822`` or
``text/rfc822-headers`` part), else the subscriber's latest sent delivery that has not bounced.
So reading the same report twice counts it once, and a report about a mail that was no issue
(a confirmation, say) counts nothing. After ``NEWSLETTER_BOUNCE_LIMIT`` bounced issues the
subscriber stops receiving the newsletter (status *bounced*) and is erased after the retention
period like someone who unsubscribed. Delays and temporary failures (4.x.x) count nothing.
"""

import email
import email.errors
import mailbox
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import HeaderParser
from email.policy import default as default_policy
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ..constants import DeliveryState, SubscriberStatus
from ..models import Delivery, Subscriber, normalise_email


@dataclass(frozen=True)
class Bounce:
    recipient: str
    action: str
    status: str
    message_id: str

    @property
    def is_hard(self) -> bool:
        return self.action == "failed" and self.status.startswith("5")


@dataclass
class Report:
    """What one run did, for the command's summary."""

    messages: int = 0
    not_reports: int = 0
    hard: int = 0
    counted: int = 0
    stopped: int = 0
    unreadable: list[str] = field(default_factory=list)


def _field_value(raw: str) -> str:
    """``rfc822; jan@example.org`` -> ``jan@example.org`` (the address type is optional)."""
    value = str(raw or "").strip()
    return value.split(";", 1)[1].strip() if ";" in value else value


def _original_message_id(message: EmailMessage) -> str:
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if hasattr(inner, "get"):
                return str(inner.get("Message-ID", "")).strip()
        if kind == "text/rfc822-headers":
            headers = HeaderParser().parsestr(part.get_content())
            return str(headers.get("Message-ID", "")).strip()
    return ""


def read_bounces(message: EmailMessage) -> list[Bounce] | None:
    """The recipients a delivery status notification reports on; None for any other message."""
    if message.get_content_type() != "multipart/report":
        return None
    if str(message.get_param("report-type", "")).lower() != "delivery-status":
        return None
    status_part = next(
        (p for p in message.walk() if p.get_content_type() == "message/delivery-status"), None
    )
    if status_part is None:
        return None
    blocks = status_part.get_payload()
    if not isinstance(blocks, list):
        return None
    message_id = _original_message_id(message)
    bounces = []
    for block in blocks[1:]:  # the first block is about the whole message, the rest per recipient
        recipient = _field_value(block.get("Final-Recipient") or block.get("Original-Recipient"))
        if "@" not in recipient:
            continue
        bounces.append(
            Bounce(
                recipient=normalise_email(recipient),
                action=str(block.get("Action", "")).strip().lower(),
                status=_field_value(block.get("Status", "")).split()[0]
                if block.get("Status")
                else "",
                message_id=message_id,
            )
        )
    return bounces


def record_hard_bounce(bounce: Bounce, now=None) -> tuple[bool, bool]:
    """Counts one hard bounce against the subscriber; (counted, stopped now)."""
    now = now or timezone.now()
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email=bounce.recipient).first()
        if subscriber is None:
            return False, False
        deliveries = Delivery.objects.filter(subscriber=subscriber, state=DeliveryState.SENT)
        if bounce.message_id:
            # The report names the mail: only that delivery, once.
            delivery = deliveries.filter(message_id=bounce.message_id).first()
        else:
            delivery = deliveries.filter(bounced_at__isnull=True).order_by("-sent_at").first()
        if delivery is None or delivery.bounced_at is not None:
            return False, False
        delivery.bounced_at = now
        delivery.save(update_fields=["bounced_at"])
        subscriber.hard_bounces += 1
        stopped = (
            subscriber.hard_bounces >= settings.NEWSLETTER_BOUNCE_LIMIT
            and subscriber.status == SubscriberStatus.ACTIVE
        )
        if stopped:
            subscriber.status = SubscriberStatus.BOUNCED
            subscriber.unsubscribed_at = now
        subscriber.save()
    return True, stopped


def _messages(path: Path, report: Report):
    """Every message in a file (one message, or an mbox) or, recursively, a directory."""
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        if file.name.startswith("."):
            continue
        try:
            with file.open("rb") as handle:
                start = handle.read(5)
                handle.seek(0)
                if start == b"From ":
                    box = mailbox.mbox(file, create=False)
                    raw_messages = [m.as_bytes() for m in box]
                else:
                    raw_messages = [handle.read()]
        except OSError as error:
            report.unreadable.append(f"{file}: {error.strerror or error}")
            continue
        for raw in raw_messages:
            try:
                yield email.message_from_bytes(raw, policy=default_policy)
            except (email.errors.MessageError, ValueError, UnicodeError) as error:
                report.unreadable.append(f"{file}: not a readable mail message ({error})")


def process_path(path: Path, now=None) -> Report:
    report = Report()
    for message in _messages(path, report):
        report.messages += 1
        try:
            bounces = read_bounces(message)
        except (email.errors.MessageError, ValueError, TypeError, AttributeError):
            bounces = None
        if bounces is None:
            report.not_reports += 1
            continue
        for bounce in bounces:
            if not bounce.is_hard:
                continue
            report.hard += 1
            counted, stopped = record_hard_bounce(bounce, now)
            report.counted += counted
            report.stopped += stopped
    return report
