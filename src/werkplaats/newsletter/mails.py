"""What the newsletter's mails look like: an issue as HTML with a plain-text alternative, and the
mails about a subscription. Every link in a mail is absolute (``SITE_URL``), in the subscriber's
language; the general version (archive, preview) has no personal links at all.
"""

from email.utils import parseaddr
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .tokens import Purpose, make_token

TEMPLATES = "newsletter/email/"


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def subscriber_link(name: str, subscriber, purpose: Purpose) -> str:
    with translation.override(subscriber.language or settings.LANGUAGE_CODE):
        return absolute(reverse(name, kwargs={"token": make_token(subscriber, purpose)}))


def unsubscribe_mailto(token: str) -> str:
    address = settings.NEWSLETTER_UNSUBSCRIBE_MAILTO or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    return f"mailto:{address}?subject={quote('unsubscribe ' + token)}" if address else ""


def list_id() -> str:
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    return f"<nieuwsbrief.{host}>"


def personal_links(subscriber) -> dict:
    return {
        "preferences_url": subscriber_link(
            "newsletter:preferences", subscriber, Purpose.PREFERENCES
        ),
        "unsubscribe_url": subscriber_link(
            "newsletter:unsubscribe", subscriber, Purpose.UNSUBSCRIBE
        ),
        "unsubscribe_token": make_token(subscriber, Purpose.UNSUBSCRIBE),
    }


def render_issue(issue, entries, links: dict | None = None) -> tuple[str, str]:
    """The issue as (HTML, plain text). Without ``links``: the general version, which points to
    the sign-up page instead of a subscriber's own preferences and unsubscribe links."""
    context = {
        "issue": issue,
        "entries": [(entry, absolute(entry.path)) for entry in entries],
        "paragraphs": [p.strip() for p in issue.introduction.split("\n\n") if p.strip()],
        "links": links,
        "signup_url": absolute(reverse("newsletter:signup")),
        "archive_url": absolute(issue.get_absolute_url()),
    }
    return (
        render_to_string(TEMPLATES + "issue.html", context),
        render_to_string(TEMPLATES + "issue.txt", context),
    )


def issue_message(issue, entries, subscriber, message_id: str) -> EmailMultiAlternatives:
    """One subscriber's copy, with RFC 2369/8058 unsubscribe headers and the stored Message-ID
    (a copy sent again after a crash carries the same one)."""
    with translation.override(subscriber.language or settings.LANGUAGE_CODE):
        links = personal_links(subscriber)
        html, text = render_issue(issue, entries, links)
    unsubscribe = [f"<{links['unsubscribe_url']}>"]
    mailto = unsubscribe_mailto(links["unsubscribe_token"])
    if mailto:
        unsubscribe.append(f"<{mailto}>")
    message = EmailMultiAlternatives(
        subject=issue.subject,
        body=text,
        to=[subscriber.email],
        headers={
            "Message-ID": message_id,
            "List-Id": list_id(),
            "List-Unsubscribe": ", ".join(unsubscribe),
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def subscription_message(kind: str, subscriber) -> EmailMultiAlternatives:
    """``confirm``: the double opt-in link; ``already_subscribed``: the preferences link."""
    with translation.override(subscriber.language or settings.LANGUAGE_CODE):
        context = {
            "confirm_url": subscriber_link("newsletter:confirm", subscriber, Purpose.CONFIRM),
            "preferences_url": subscriber_link(
                "newsletter:preferences", subscriber, Purpose.PREFERENCES
            ),
            "hours": settings.NEWSLETTER_CONFIRM_HOURS,
        }
        subject = render_to_string(f"{TEMPLATES}{kind}_subject.txt", context).strip()
        body = render_to_string(f"{TEMPLATES}{kind}.txt", context)
    return EmailMultiAlternatives(subject=subject, body=body, to=[subscriber.email])
