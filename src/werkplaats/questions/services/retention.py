"""Retention: the submitter's personal data is erased a number of months after the question closes.

What goes: the submitter's name, e-mail address and organisation as typed, everything they wrote
(title, question, context, actors, hoped-for result, information they added later), the messages
sent to them and the internal notes about them, the classifier's reasons (quoted from their text),
the submission key and the tracking link, which stops working.

What stays, for monitoring: the reference (which becomes the title), municipality, werkplaats,
role, time frame, type, themes, states and dates, the timeline's entries (without the texts above;
the advice, answers and reasons a coordinator gave stay) and what a coordinator wrote for the
public board.
"""

import calendar
import secrets
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from ..constants import EventKind
from ..models import PracticeQuestion, QuestionEvent, hash_token

PRIVATE_TEXT_FIELDS = ["question", "context", "actors", "hoped_result"]


def months_before(moment: datetime, months: int) -> datetime:
    """The same moment ``months`` calendar months earlier (31 March minus one month: 28/29 Feb)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def erasure_due_before(now: datetime | None = None) -> datetime:
    return months_before(now or timezone.now(), settings.QUESTION_RETENTION_MONTHS)


def questions_due_for_erasure(now: datetime | None = None):
    """Closed or withdrawn questions whose retention period has passed and that still hold data."""
    return PracticeQuestion.objects.filter(
        closed_at__isnull=False,
        closed_at__lte=erasure_due_before(now),
        personal_data_erased_at__isnull=True,
    )


def erased_marker() -> str:
    # Stored, so it is written once in the site's own language rather than the worker's.
    with translation.override(settings.LANGUAGE_CODE):
        return gettext("[erased after the retention period]")


def erase_personal_data(question: PracticeQuestion, now: datetime | None = None) -> bool:
    """Erases one question's personal data; False when it was already erased."""
    now = now or timezone.now()
    marker = erased_marker()
    with transaction.atomic():
        locked = PracticeQuestion.objects.select_for_update().get(pk=question.pk)
        if locked.personal_data_erased_at is not None:
            return False
        locked.title = locked.reference
        for name in PRIVATE_TEXT_FIELDS:
            if getattr(locked, name):
                setattr(locked, name, marker)
        locked.submitter_name = ""
        locked.submitter_email = ""
        locked.organisation_name = ""
        locked.language = ""
        locked.suggestion = {}
        locked.submission_key = f"erased-{locked.uuid.hex}"
        # Nobody knows this token: the old link and any link derived from the old key are dead.
        locked.tracking_token_hash = hash_token(secrets.token_urlsafe(32))
        locked.personal_data_erased_at = now
        locked.save()
        (
            QuestionEvent.objects.filter(question=locked)
            .exclude(text="")
            .filter(by_submitter=True)
            .update(text=marker)
        )
        # Messages to the submitter and internal notes speak about them, often by name.
        (
            QuestionEvent.objects.filter(
                question=locked, kind__in=[EventKind.MESSAGE, EventKind.NOTE]
            )
            .exclude(text="")
            .update(text=marker)
        )
        QuestionEvent.objects.create(
            question=locked, kind=EventKind.PERSONAL_DATA_ERASED, created_at=now
        )
    question.refresh_from_db()
    return True


def erase_expired_personal_data(now: datetime | None = None) -> int:
    """Erases every question that is due; returns how many. Safe to run any number of times."""
    erased = 0
    for question in questions_due_for_erasure(now).only("pk").iterator():
        erased += erase_personal_data(question, now)
    return erased
