"""A question arrives, without an account, and its submitter follows it through a private link."""

import secrets
import uuid
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from ..constants import EventKind, State
from ..models import PracticeQuestion, hash_token
from . import notifications


@dataclass(frozen=True)
class Submission:
    question: PracticeQuestion
    tracking_token: str | None  # None when this was a repeated submit of an earlier question
    created: bool


def new_reference(now) -> str:
    return f"PV-{now:%Y}-{uuid.uuid4().hex[:6].upper()}"


def submit_question(*, submission_key: str, themes=(), **fields) -> Submission:
    """Stores a new practice question and routes it to a werkplaats.

    ``fields`` are validated model fields (title, question, municipality, ...).
    ``submission_key`` comes from the form or API client: submitting the same key twice
    returns the first question instead of creating a second. The tracking token is returned
    once and stored only as a hash.
    """
    from ..matching import classify_question, route_question

    existing = PracticeQuestion.objects.filter(submission_key=submission_key).first()
    if existing is not None:
        return Submission(existing, None, False)

    token = secrets.token_urlsafe(32)
    now = timezone.now()
    question = PracticeQuestion(
        uuid=uuid.uuid4(),
        reference=new_reference(now),
        submission_key=submission_key,
        tracking_token_hash=hash_token(token),
        submitted_at=now,
        state_changed_at=now,
        privacy_agreed_at=now,
        state=State.SUBMITTED,
        **fields,
    )
    question.workshop = route_question(question)
    question.suggestion = classify_question(question)
    question.full_clean(exclude=["uuid", "reference", "submission_key", "tracking_token_hash"])
    try:
        with transaction.atomic():
            question.save()
            question.events.create(
                kind=EventKind.SUBMITTED,
                to_state=State.SUBMITTED,
                by_submitter=True,
                visible_to_submitter=True,
                created_at=now,
                to_workshop=question.workshop,
            )
            transaction.on_commit(lambda: notifications.new_question(question.pk, token))
    except IntegrityError:
        # The same form was submitted twice at the same moment: the other request won.
        existing = PracticeQuestion.objects.filter(submission_key=submission_key).first()
        if existing is None:
            raise
        return Submission(existing, None, False)
    return Submission(question, token, True)


def find_by_token(token: str) -> PracticeQuestion | None:
    """The question a tracking link belongs to, or None for a forged, mistyped or expired token."""
    if not token or len(token) > 100:
        return None
    question = PracticeQuestion.objects.filter(tracking_token_hash=hash_token(token)).first()
    if question is None or question.personal_data_erased_at is not None:
        return None
    return question
