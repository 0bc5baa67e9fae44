"""Sending an issue through a task that survives a crash halfway.

How it goes:

1. ``start_sending`` turns a draft into an issue being sent and, in the same transaction, creates
   one ``Delivery`` (pending) per confirmed subscriber; a unique constraint on (issue,
   subscriber) makes a second start impossible to double anyone. After the commit it enqueues
   ``tasks.send_issue``.
2. ``send_issue`` claims a small batch of deliveries at a time: pending ones, and ones still
   marked *sending* whose claim is older than ``NEWSLETTER_CLAIM_SECONDS`` (their worker died).
   Claiming marks them *sending* with the worker's id and the time, and gives each its
   Message-ID, stored *before* the first attempt. On PostgreSQL the claim uses
   ``SELECT ... FOR UPDATE SKIP LOCKED``, so several workers take disjoint batches; SQLite has
   a single writer, so the claiming transaction alone keeps them apart.
3. For each claimed delivery the worker renews its claim (a conditional update that fails if
   another worker took it over), sends the message over one SMTP connection, and marks it *sent*
   right after the server accepted it (its 250 reply to the data). A recipient the server
   refuses is marked *failed* and not retried; an unsubscribed, erased or uninterested subscriber
   is *skipped*. Any other mail error puts the rest of the batch back to pending and fails the
   task; the next run continues.
4. When nothing is pending or being sent any more, the issue is *sent*. A worker that finds only
   deliveries claimed by another (possibly dead) worker waits for those claims to run out.

A worker killed halfway leaves its issue *being sent*; ``werkplaats send_newsletter``, the
"resume sending" button of the issue and the daily ``tasks.resume_sending`` send the rest.

The trade-off: **at least once**. Exactly once is impossible over SMTP: between the server's
acceptance of a message and the database's record of it there is always a moment in which a
crash leaves the worker not knowing. We keep that moment as short as one database write, right
after the server's reply, so at most one message per worker per crash falls into it, and a
delivery left *sending* is sent again. That second copy carries the same Message-ID as the first,
so mail systems that keep one message per Message-ID (and mail readers that thread by it) show
it once. The opposite choice, at most once (marking a delivery sent before handing it to the
server), turns the same moment into a subscriber who silently never gets the issue; the
newsletter promises that no one is skipped, so it resends.
"""

import logging
import os
import socket
import time
import uuid
from datetime import timedelta
from email.utils import make_msgid
from smtplib import SMTPRecipientsRefused, SMTPResponseException
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import get_connection
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import Count, Min, Q
from django.utils import timezone, translation

from .. import mails
from ..constants import DeliveryState, IssueState, SubscriberStatus
from ..models import Delivery, Issue, Subscriber
from .composing import entries_for, issue_entries

logger = logging.getLogger(__name__)

#: How long a worker waits at most before looking again at deliveries another worker claimed.
WAIT_STEP_SECONDS = 2.0


class NothingToSend(Exception):
    pass


def worker_id() -> str:
    return f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def start_sending(issue: Issue, now=None) -> int:
    """Freezes the issue and creates a delivery per confirmed subscriber, in one transaction;
    returns how many. Raises NothingToSend for an issue with nothing public selected and
    ValueError for an issue that is not a draft."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = Issue.objects.select_for_update().get(pk=issue.pk)
        if locked.state != IssueState.DRAFT:
            raise ValueError("this issue is already being sent or was sent")
        if not issue_entries(locked):
            raise NothingToSend
        locked.state = IssueState.SENDING
        locked.sending_started_at = now
        locked.save(update_fields=["state", "sending_started_at", "updated_at"])
        # In the order they subscribed, so batches go out in a stable order.
        subscribers = (
            Subscriber.objects.filter(status=SubscriberStatus.ACTIVE)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        created = Delivery.objects.bulk_create(
            (Delivery(issue=locked, subscriber_id=pk) for pk in subscribers.iterator()),
            batch_size=500,
        )
        pk = locked.pk
        transaction.on_commit(lambda: enqueue_sending(pk))
    issue.refresh_from_db()
    return len(created)


def enqueue_sending(issue_pk: int) -> None:
    from ..tasks import send_issue

    send_issue.enqueue(issue_pk)


def _stale_before(now):
    return now - timedelta(seconds=settings.NEWSLETTER_CLAIM_SECONDS)


def _message_id() -> str:
    return make_msgid(domain=urlsplit(settings.SITE_URL).hostname or "localhost")


def claim_batch(issue: Issue, worker: str, size: int | None = None) -> list[Delivery]:
    """Takes up to ``size`` deliveries that nobody is sending, for this worker."""
    now = timezone.now()
    size = size or settings.NEWSLETTER_BATCH_SIZE
    with transaction.atomic():
        claimable = (
            Delivery.objects.filter(issue=issue)
            .filter(
                Q(state=DeliveryState.PENDING)
                | Q(state=DeliveryState.SENDING, claimed_at__lt=_stale_before(now))
            )
            .order_by("pk")
        )
        if db_connection.features.has_select_for_update_skip_locked:
            claimable = claimable.select_for_update(skip_locked=True)
        batch = list(claimable[:size])
        for delivery in batch:
            delivery.state = DeliveryState.SENDING
            delivery.claimed_by = worker
            delivery.claimed_at = now
            delivery.attempts += 1
            delivery.message_id = delivery.message_id or _message_id()
        Delivery.objects.bulk_update(
            batch, ["state", "claimed_by", "claimed_at", "attempts", "message_id"]
        )
    if not batch:
        return []
    # Read again with what sending needs, outside the claiming transaction.
    return list(
        Delivery.objects.filter(pk__in=[d.pk for d in batch])
        .select_related("subscriber")
        .prefetch_related("subscriber__workshops", "subscriber__themes")
        .order_by("pk")
    )


def _renew(delivery: Delivery, worker: str) -> bool:
    """Renews this worker's claim, only while the subscriber is still subscribed."""
    return bool(
        Delivery.objects.filter(
            pk=delivery.pk,
            state=DeliveryState.SENDING,
            claimed_by=worker,
            subscriber__status=SubscriberStatus.ACTIVE,
        ).update(claimed_at=timezone.now())
    )


def _still_mine(delivery: Delivery, worker: str) -> bool:
    return Delivery.objects.filter(
        pk=delivery.pk, state=DeliveryState.SENDING, claimed_by=worker
    ).exists()


def _finish(delivery: Delivery, state: str, error: str = "") -> None:
    Delivery.objects.filter(pk=delivery.pk).update(
        state=state,
        sent_at=timezone.now() if state == DeliveryState.SENT else None,
        claimed_by="",
        error=error[:300],
    )


class _Entries:
    """The issue's public selection, read once per language per run."""

    def __init__(self, issue):
        self.issue = issue
        self._by_language = {}

    def __call__(self, language: str):
        if language not in self._by_language:
            with translation.override(language):
                self._by_language[language] = issue_entries(self.issue)
        return self._by_language[language]


def send_issue(issue: Issue, worker: str | None = None, *, wait: bool = True) -> int:
    """Sends every delivery of the issue that is not done yet; returns how many this run sent.
    Safe to run in several workers at once and again after a crash."""
    worker = worker or worker_id()
    entries = _Entries(issue)
    sent = 0
    with get_connection() as smtp:
        while True:
            batch = claim_batch(issue, worker)
            if not batch:
                if wait and _wait_for_other_workers(issue):
                    continue
                break
            for position, delivery in enumerate(batch):
                try:
                    sent += _send_one(smtp, issue, delivery, worker, entries)
                except Exception:
                    # Not known to be accepted: back to pending, for this or the next run.
                    Delivery.objects.filter(
                        pk__in=[d.pk for d in batch[position:]], claimed_by=worker
                    ).update(state=DeliveryState.PENDING, claimed_by="", claimed_at=None)
                    raise
    finish_if_done(issue)
    return sent


def _send_one(smtp, issue, delivery, worker, entries) -> int:
    if not _renew(delivery, worker):
        if _still_mine(delivery, worker):
            # Unsubscribed (or erased) after the sending started: one click is enough.
            _finish(delivery, DeliveryState.SKIPPED, "not subscribed")
        # Otherwise another worker took it over after this one's claim ran out.
        return 0
    subscriber = delivery.subscriber
    language = subscriber.language or settings.LANGUAGE_CODE
    own = entries_for(
        entries(language),
        [w.pk for w in subscriber.workshops.all()],
        [t.pk for t in subscriber.themes.all()],
    )
    if not own:
        _finish(delivery, DeliveryState.SKIPPED, "nothing matches the preferences")
        return 0
    message = mails.issue_message(issue, own, subscriber, delivery.message_id)
    try:
        smtp.send_messages([message])
    except SMTPRecipientsRefused as error:
        _finish(delivery, DeliveryState.FAILED, str(error.recipients.get(subscriber.email, "")))
        return 0
    except SMTPResponseException as error:
        if 500 <= error.smtp_code < 600:
            _finish(delivery, DeliveryState.FAILED, f"{error.smtp_code} {error.smtp_error!r}")
            return 0
        raise
    # The server accepted it: record that before anything else can happen.
    _finish(delivery, DeliveryState.SENT)
    return 1


def _wait_for_other_workers(issue: Issue) -> bool:
    """True (after a pause) while another worker's claims are live; they either finish or run
    out, and then this worker takes them."""
    claimed_at = Delivery.objects.filter(issue=issue, state=DeliveryState.SENDING).aggregate(
        at=Min("claimed_at")
    )["at"]
    if claimed_at is None:
        return False
    runs_out_in = (claimed_at - _stale_before(timezone.now())).total_seconds()
    time.sleep(min(max(runs_out_in, 0.05), WAIT_STEP_SECONDS))
    return True


def finish_if_done(issue: Issue) -> bool:
    """Marks the issue sent when no delivery is waiting or being sent."""
    busy = Delivery.objects.filter(
        issue=issue, state__in=[DeliveryState.PENDING, DeliveryState.SENDING]
    )
    if busy.exists():
        return False
    done = Issue.objects.filter(pk=issue.pk, state=IssueState.SENDING).update(
        state=IssueState.SENT, sent_at=timezone.now()
    )
    issue.refresh_from_db()
    return bool(done)


def issues_being_sent():
    return Issue.objects.filter(state=IssueState.SENDING).order_by("sending_started_at")


def resume_sending(*, wait: bool = True) -> int:
    """Sends what is left of every issue being sent (after a crash); returns how many mails."""
    return sum(send_issue(issue, wait=wait) for issue in issues_being_sent())


def progress(issue: Issue) -> dict:
    """Counts of deliveries by state (no one is named)."""
    counts = dict.fromkeys(DeliveryState.values, 0)
    rows = Delivery.objects.filter(issue=issue).values("state").order_by().annotate(n=Count("pk"))
    for row in rows:
        counts[row["state"]] = row["n"]
    return counts
