"""A question arrives, without an account, and its submitter follows it through a private link."""

import base64
import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from ..constants import EventKind, State
from ..models import PracticeQuestion, hash_token
from . import notifications


@dataclass(frozen=True)
class Submission:
    question: PracticeQuestion
    tracking_token: str
    created: bool  # False when this was a repeated submit of an earlier question


class SubmissionKeyConflict(ValidationError):
    """The submission key was used before, for a question with another title or e-mail address."""


def tracking_token_for(submission_key: str) -> str:
    """The tracking token of the question submitted under ``submission_key``.

    Derived with the secret key rather than drawn at random, so that a repeated submit (a double
    click, a partner site retrying) lands on the same tracking page without the token being stored:
    the database keeps only its hash. Rotating SECRET_KEY leaves existing links working.
    """
    digest = salted_hmac("werkplaats.questions.tracking", submission_key, algorithm="sha256")
    return base64.urlsafe_b64encode(digest.digest()).decode().rstrip("=")


def _same_submitter(question: PracticeQuestion, fields: dict) -> bool:
    return (
        question.title == fields.get("title")
        and question.submitter_email.casefold() == (fields.get("submitter_email") or "").casefold()
    )


def _repeat(existing: PracticeQuestion, submission_key: str, fields: dict) -> Submission:
    # A guessed or reused key must not hand out someone else's tracking link.
    if existing.personal_data_erased_at is not None or not _same_submitter(existing, fields):
        raise SubmissionKeyConflict(
            _("This form was already sent for another question. Send it again as a new one."),
            code="submission_key",
        )
    return Submission(existing, tracking_token_for(submission_key), False)


def new_reference(now) -> str:
    return f"PV-{now:%Y}-{uuid.uuid4().hex[:6].upper()}"


def submit_question(*, submission_key: str, themes=(), **fields) -> Submission:
    """Stores a new practice question and routes it to a werkplaats.

    ``fields`` are validated model fields (title, question, municipality, ...).
    ``submission_key`` comes from the form or API client: submitting the same key twice
    returns the first question (and its tracking token) instead of creating a second, provided
    the title and e-mail address are the same; otherwise ``SubmissionKeyConflict``. The tracking
    token is stored only as a hash.
    """
    from ..matching import classify_question, route_question

    existing = PracticeQuestion.objects.filter(submission_key=submission_key).first()
    if existing is not None:
        return _repeat(existing, submission_key, fields)

    token = tracking_token_for(submission_key)
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
        return _repeat(existing, submission_key, fields)
    return Submission(question, token, True)


def find_by_token(token: str) -> PracticeQuestion | None:
    """The question a tracking link belongs to, or None for a forged, mistyped or expired token."""
    if not token or len(token) > 100:
        return None
    question = PracticeQuestion.objects.filter(tracking_token_hash=hash_token(token)).first()
    if question is None or question.personal_data_erased_at is not None:
        return None
    return question
