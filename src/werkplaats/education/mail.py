"""Who is told of a step of an offer's journey, and what.

- When the work starts and when it is delivered: the submitter of the question it came from (in
  their language, with their tracking link; never once their personal data is erased) and the
  practice supervisor.
- When an offer is withdrawn after it was matched: the group's lecturer and students.
Mails name the offer and the programme, never a student who did not consent to be named.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from werkplaats.questions.services import notifications as question_mail

from .constants import OfferState
from .models import AssignmentEvent

TEMPLATES = "education/email/"
TOLD_TO_PRACTICE = {OfferState.RUNNING, OfferState.DELIVERED}


def deliver(event_pk: int) -> int:
    event = (
        AssignmentEvent.objects.select_related(
            "offer__question__workshop", "offer__practice_supervisor", "offer__workshop"
        )
        .filter(pk=event_pk)
        .first()
    )
    if event is None:
        return 0
    mails = _mails(event)
    if not mails:
        return 0
    from django.core.mail import get_connection

    with get_connection() as connection:
        return (
            connection.send_messages([question_mail.render(mail, TEMPLATES) for mail in mails]) or 0
        )


def _offer_url(offer) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return settings.SITE_URL + reverse("education:offer", kwargs={"slug": offer.slug})


def _mails(event) -> list:
    offer = event.offer
    group = getattr(offer, "group", None)
    context = {"offer": offer, "event": event, "group": group, "offer_url": _offer_url(offer)}
    mails = []
    if event.to_state in TOLD_TO_PRACTICE:
        question = offer.question
        if question is not None and question_mail.reachable(question):
            language = question.language or settings.LANGUAGE_CODE
            mails.append(
                question_mail.Mail(
                    template="submitter_step",
                    to=question.submitter_email,
                    language=language,
                    context={
                        **context,
                        "question": question,
                        "tracking_url": question_mail.tracking_url(question, language),
                    },
                )
            )
        supervisor = offer.practice_supervisor
        if supervisor is not None and supervisor.email:
            mails.append(
                question_mail.Mail(
                    template="supervisor_step",
                    to=supervisor.email,
                    language=settings.LANGUAGE_CODE,
                    context={**context, "supervisor": supervisor},
                )
            )
    if event.to_state == OfferState.WITHDRAWN and group is not None:
        addresses = [group.lecturer.email] + [m.user.email for m in group.members.all()]
        for address in dict.fromkeys(a for a in addresses if a):
            mails.append(
                question_mail.Mail(
                    template="group_withdrawn",
                    to=address,
                    language=settings.LANGUAGE_CODE,
                    context=context,
                )
            )
    return mails
