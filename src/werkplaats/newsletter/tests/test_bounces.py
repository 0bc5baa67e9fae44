"""``werkplaats process_bounces``: delivery status notifications stop the newsletter for an
address after NEWSLETTER_BOUNCE_LIMIT hard bounces; unreadable input gets one clear line."""

import mailbox
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone, translation
from hypothesis import given, settings
from hypothesis import strategies as st

from werkplaats.newsletter.constants import DeliveryState, SubscriberStatus
from werkplaats.newsletter.models import Delivery, Issue, Subscriber
from werkplaats.newsletter.services.bounces import read_bounces

from .conftest import subscriber

pytestmark = pytest.mark.django_db


def dsn(recipient, message_id="", status="5.1.1", action="failed", headers_part=True) -> bytes:
    original = (
        f"--B\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: {message_id}\r\n"
        "Subject: Nieuwsbrief\r\n\r\n"
        if headers_part and message_id
        else ""
    )
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\n"
        "To: noreply@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.net\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: {action}\r\nStatus: {status}\r\n\r\n"
        f"{original}--B--\r\n"
    ).encode()


def sent_issues(sub, count):
    deliveries = []
    for n in range(count):
        issue = Issue.objects.create(slug=f"issue-{n}", subject=f"Issue {n}", state="sent")
        deliveries.append(
            Delivery.objects.create(
                issue=issue,
                subscriber=sub,
                state=DeliveryState.SENT,
                message_id=f"<{n}.bericht@example.org>",
                sent_at=timezone.now(),
            )
        )
    return deliveries


def run(path):
    out, err = StringIO(), StringIO()
    with translation.override("en"):
        call_command("process_bounces", str(path), stdout=out, stderr=err)
    return out.getvalue()


def test_hard_bounces_stop_the_newsletter_after_the_limit(tmp_path, settings):
    settings.NEWSLETTER_BOUNCE_LIMIT = 3
    sub = subscriber("weg@example.org")
    other = subscriber("blijft@example.org")
    deliveries = sent_issues(sub, 3)
    for n, delivery in enumerate(deliveries[:2]):
        (tmp_path / f"{n}.eml").write_bytes(dsn("Weg@Example.org", delivery.message_id))
    (tmp_path / "soft.eml").write_bytes(dsn(sub.email, "", status="4.2.2", action="delayed"))
    (tmp_path / "other.eml").write_bytes(b"From: someone@example.org\r\nSubject: hi\r\n\r\nhello")

    output = run(tmp_path)
    sub.refresh_from_db()
    assert sub.hard_bounces == 2
    assert sub.status == SubscriberStatus.ACTIVE
    assert "4 message(s)" in output

    # The same reports again count nothing; a third bounced issue stops the newsletter.
    run(tmp_path)
    (tmp_path / "third.eml").write_bytes(dsn(sub.email, deliveries[2].message_id))
    run(tmp_path)

    sub.refresh_from_db()
    other.refresh_from_db()
    assert sub.hard_bounces == 3
    assert sub.status == SubscriberStatus.BOUNCED
    assert sub.unsubscribed_at is not None
    assert other.status == SubscriberStatus.ACTIVE


def test_a_report_without_the_original_counts_the_latest_issue_once(tmp_path):
    sub = subscriber("weg@example.org")
    sent_issues(sub, 2)
    path = tmp_path / "bounce.eml"
    path.write_bytes(dsn(sub.email))

    run(path)
    sub.refresh_from_db()
    assert sub.hard_bounces == 1


def test_a_report_about_a_mail_that_was_no_issue_counts_nothing(tmp_path):
    sub = subscriber("weg@example.org")
    sent_issues(sub, 1)
    path = tmp_path / "bounce.eml"
    path.write_bytes(dsn(sub.email, "<bevestiging@example.org>"))

    run(path)
    sub.refresh_from_db()
    assert sub.hard_bounces == 0


def test_reports_in_an_mbox_are_read(tmp_path):
    sub = subscriber("weg@example.org")
    deliveries = sent_issues(sub, 2)
    box = mailbox.mbox(tmp_path / "bounces.mbox")
    for delivery in deliveries:
        box.add(dsn(sub.email, delivery.message_id))
    box.flush()

    run(tmp_path / "bounces.mbox")
    sub.refresh_from_db()
    assert sub.hard_bounces == 2


def test_a_missing_path_is_one_clear_line(tmp_path):
    with pytest.raises(CommandError) as error, translation.override("en"):
        call_command("process_bounces", str(tmp_path / "nergens"))
    assert str(error.value) == f"{tmp_path / 'nergens'}: no such file or directory."


def test_an_unreadable_file_is_named_and_the_command_fails(tmp_path, monkeypatch):
    readable, unreadable = tmp_path / "a.eml", tmp_path / "geheim.eml"
    readable.write_bytes(dsn("x@example.org"))
    unreadable.write_bytes(dsn("x@example.org"))
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        # As root a chmod 000 file is still readable: the refusal is simulated.
        if self == unreadable:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as error, translation.override("en"):
        call_command("process_bounces", str(tmp_path), stdout=out, stderr=err)
    assert err.getvalue().strip() == f"{unreadable}: Permission denied"
    assert "1 message(s) read" in out.getvalue()
    assert "could not be read" in str(error.value)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_are_read_without_a_crash(data):
    import email
    from email.policy import default

    message = email.message_from_bytes(data, policy=default)
    try:
        result = read_bounces(message)
    except (ValueError, TypeError, AttributeError, LookupError):
        result = None
    assert result is None or isinstance(result, list)
    assert not Subscriber.objects.exists()
