"""E-mails about practice questions.

The workflow calls the four hooks below after its transaction commits. Each hook only enqueues
``tasks.send_question_mail``, so a web request never waits on the mail server; the task calls
``deliver``, which decides who gets what and sends it.

- The submitter gets the tracking link when the question arrives, and a mail on every change of
  state and every message from the werkplaats, in the language they used; never once their
  personal data is erased.
- The werkplaats's coordinators get a mail, in Dutch, when a question arrives or is referred to
  them, and when the submitter adds information or withdraws. Those mails carry the reference,
  title and a link to the inbox, never the submitter's contact details or their own text.

Mails are plain text: every mail client shows them, and a link in plain text is still a link.
Tracking links are derived from the question's submission key (see ``intake.tracking_token_for``),
so the token itself passes through no task queue.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from ..constants import EventKind, State
from ..explanations import for_submitter
from ..models import PracticeQuestion, QuestionEvent, hash_token

logger = logging.getLogger(__name__)

TEMPLATES = "questions/email/"


# Hooks, called by the workflow after commit. Their names and arguments are the workflow's contract.


def new_question(question_pk: int, tracking_token: str) -> None:
    """Sends the submitter their tracking link; tells the coordinators a question came in."""
    _enqueue("new_question", question_pk)


def state_changed(event_pk: int) -> None:
    """Tells the submitter their question changed state (and a new werkplaats it was referred to)."""
    _enqueue("state_changed", event_pk)


def message_sent(event_pk: int) -> None:
    """Sends the submitter a coordinator's message."""
    _enqueue("message_sent", event_pk)


def information_added(event_pk: int) -> None:
    """Tells the coordinators the submitter added information."""
    _enqueue("information_added", event_pk)


def _enqueue(kind: str, pk: int) -> None:
    from ..tasks import send_question_mail

    send_question_mail.enqueue(kind, pk)


# What the task does.


@dataclass
class Mail:
    template: str
    to: str
    language: str
    context: dict


def deliver(kind: str, pk: int) -> int:
    """Builds and sends the mails of one hook; returns how many were sent."""
    builders = {
        "new_question": _for_new_question,
        "state_changed": _for_state_change,
        "message_sent": _for_message,
        "information_added": _for_information,
    }
    mails = builders[kind](pk)
    if not mails:
        return 0
    messages = [render(mail) for mail in mails]
    with get_connection() as connection:
        return connection.send_messages(messages) or 0


def _for_new_question(question_pk: int) -> list[Mail]:
    question = _question(question_pk)
    if question is None:
        return []
    mails = []
    if reachable(question):
        mails.append(_to_submitter(question, "submitter_new_question"))
    mails += _to_coordinators(question, question.workshop, "coordinators_new_question")
    return mails


def _for_state_change(event_pk: int) -> list[Mail]:
    event = _event(event_pk)
    if event is None:
        return []
    question = event.question
    mails = []
    if reachable(question) and event.visible_to_submitter:
        mails.append(_to_submitter(question, "submitter_state_changed", event=event))
    if event.kind == EventKind.REFERRED and event.to_workshop is not None:
        mails += _to_coordinators(question, event.to_workshop, "coordinators_referred", event=event)
    if event.to_state == State.WITHDRAWN and event.by_submitter:
        mails += _to_coordinators(
            question, question.workshop, "coordinators_withdrawn", event=event
        )
    return mails


def _for_message(event_pk: int) -> list[Mail]:
    event = _event(event_pk)
    if event is None or not event.visible_to_submitter or not reachable(event.question):
        return []
    return [_to_submitter(event.question, "submitter_message", event=event)]


def _for_information(event_pk: int) -> list[Mail]:
    event = _event(event_pk)
    if event is None:
        return []
    question = event.question
    return _to_coordinators(question, question.workshop, "coordinators_information_added")


def _question(pk: int) -> PracticeQuestion | None:
    return PracticeQuestion.objects.select_related("workshop", "municipality").filter(pk=pk).first()


def _event(pk: int) -> QuestionEvent | None:
    return (
        QuestionEvent.objects.select_related(
            "question__workshop", "question__municipality", "from_workshop", "to_workshop"
        )
        .filter(pk=pk)
        .first()
    )


def reachable(question: PracticeQuestion) -> bool:
    return bool(question.submitter_email) and question.personal_data_erased_at is None


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def tracking_url(question: PracticeQuestion, language: str) -> str:
    """The submitter's link, or "" when the question's token was not derived from its key (a
    question made some other way, e.g. imported): a mail must never carry a dead link."""
    from .intake import tracking_token_for

    token = tracking_token_for(question.submission_key)
    if hash_token(token) != question.tracking_token_hash:
        return ""
    with translation.override(language):
        return _absolute(reverse("questions:track", kwargs={"token": token}))


def _to_submitter(question: PracticeQuestion, template: str, event=None) -> Mail:
    language = question.language or settings.LANGUAGE_CODE
    link = tracking_url(question, language)
    return Mail(
        template=template,
        to=question.submitter_email,
        language=language,
        context={
            "question": question,
            "event": event,
            "workshop": question.workshop,
            "tracking_url": link,
            "state_explanation": for_submitter(question.state),
            "retention_months": settings.QUESTION_RETENTION_MONTHS,
        },
    )


def _to_coordinators(question: PracticeQuestion, workshop, template: str, event=None) -> list[Mail]:
    language = settings.LANGUAGE_CODE
    with translation.override(language):
        detail_url = _absolute(
            reverse("questions:detail", kwargs={"slug": workshop.slug, "uuid": question.uuid})
        )
    recipients = (
        workshop.coordinators.filter(is_active=True)
        .exclude(email="")
        .order_by("pk")
        .values_list("email", flat=True)
    )
    return [
        Mail(
            template=template,
            to=address,
            language=language,
            context={
                "question": question,
                "event": event,
                "workshop": workshop,
                "detail_url": detail_url,
            },
        )
        for address in recipients
    ]


def render(mail: Mail, templates: str = TEMPLATES) -> EmailMessage:
    """The mail in its language, from ``<templates><template>_subject.txt`` and ``.txt``."""
    with translation.override(mail.language):
        subject = render_to_string(f"{templates}{mail.template}_subject.txt", mail.context)
        body = render_to_string(f"{templates}{mail.template}.txt", mail.context)
    # A subject is one line; a title with a line break must not inject headers.
    subject = " ".join(subject.split())
    return EmailMessage(subject=subject, body=body, to=[mail.to])
