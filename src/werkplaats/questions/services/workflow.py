"""The triage workflow. Every change of state is one of these calls, recorded as a QuestionEvent.

Permission is the caller's question (``questions.permissions``); these functions check only
what must hold whoever asks: the transition is allowed and its required fields are there.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.network.models import Theme, Workshop

from ..constants import FINAL_STATES, TRANSITIONS, EventKind, QuestionType, State
from ..models import PracticeQuestion, QuestionEvent
from . import notifications


class TransitionNotAllowed(ValidationError):
    pass


def allowed_transitions(question: PracticeQuestion) -> list[str]:
    """The states this question may move to next, withdrawal included while it is open."""
    following = sorted(TRANSITIONS[question.state])
    if question.state not in FINAL_STATES:
        following.append(State.WITHDRAWN)
    return following


def _require(text: str, message: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(message, code="required")
    return text


def _record(
    question,
    kind,
    *,
    actor=None,
    by_submitter=False,
    text="",
    visible=False,
    from_state="",
    to_state="",
    from_workshop=None,
    to_workshop=None,
) -> QuestionEvent:
    return QuestionEvent.objects.create(
        question=question,
        kind=kind,
        actor=actor if getattr(actor, "pk", None) else None,
        by_submitter=by_submitter,
        text=text,
        visible_to_submitter=visible,
        from_state=from_state,
        to_state=to_state,
        from_workshop=from_workshop,
        to_workshop=to_workshop,
        created_at=timezone.now(),
    )


def _move(
    question: PracticeQuestion,
    to_state: str,
    *,
    actor=None,
    by_submitter=False,
    text="",
    visible=True,
    kind=EventKind.STATE_CHANGED,
    **event_fields,
) -> QuestionEvent:
    """Moves a question to ``to_state`` if the workflow allows it, and records and announces it."""
    with transaction.atomic():
        # Lock the row so two coordinators acting at once cannot both move it.
        locked = PracticeQuestion.objects.select_for_update().get(pk=question.pk)
        if to_state not in allowed_transitions(locked):
            raise TransitionNotAllowed(
                _("A question that is “%(current)s” cannot become “%(next)s”.")
                % {"current": State(locked.state).label, "next": State(to_state).label},
                code="transition_not_allowed",
            )
        from_state = locked.state
        now = timezone.now()
        locked.state = to_state
        locked.state_changed_at = now
        update = ["state", "state_changed_at", "updated_at"]
        if to_state in FINAL_STATES:
            locked.closed_at = now
            update.append("closed_at")
        for name, value in event_fields.pop("question_fields", {}).items():
            setattr(locked, name, value)
            update.append(name)
        locked.save(update_fields=update)
        event = _record(
            locked,
            kind,
            actor=actor,
            by_submitter=by_submitter,
            text=text,
            visible=visible,
            from_state=from_state,
            to_state=to_state,
            **event_fields,
        )
        transaction.on_commit(lambda: notifications.state_changed(event.pk))
    # Keep the caller's instance in step with the database.
    question.refresh_from_db()
    return event


def start_intake(question, actor) -> QuestionEvent:
    return _move(question, State.INTAKE, actor=actor)


def accept_question(question, actor, message: str = "") -> QuestionEvent:
    return _move(question, State.ACCEPTED, actor=actor, text=(message or "").strip())


def decline_question(question, actor, reason: str) -> QuestionEvent:
    reason = _require(reason, _("Give the reason for declining; the submitter reads it."))
    return _move(question, State.DECLINED, actor=actor, text=reason)


def advise_question(question, actor, advice: str) -> QuestionEvent:
    advice = _require(advice, _("Write the advice; the submitter reads it."))
    return _move(question, State.ADVISED, actor=actor, text=advice)


def refer_question(question, actor, to_workshop: Workshop, note: str) -> QuestionEvent:
    """Hands the question to another werkplaats: it lands in that inbox with its whole history."""
    note = _require(note, _("Write a note for the werkplaats you refer to."))
    if to_workshop is None or to_workshop.pk == question.workshop_id:
        raise ValidationError(
            _("Choose another werkplaats than the current one."), code="same_workshop"
        )
    return _move(
        question,
        State.REFERRED,
        actor=actor,
        text=note,
        kind=EventKind.REFERRED,
        from_workshop=question.workshop,
        to_workshop=to_workshop,
        question_fields={"workshop": to_workshop},
    )


def mark_in_project(question, actor, text: str = "") -> QuestionEvent:
    return _move(question, State.IN_PROJECT, actor=actor, text=(text or "").strip())


def answer_question(question, actor, answer: str) -> QuestionEvent:
    answer = _require(answer, _("Write the answer; the submitter reads it."))
    return _move(question, State.ANSWERED, actor=actor, text=answer)


def close_question(question, actor, text: str = "") -> QuestionEvent:
    return _move(question, State.CLOSED, actor=actor, text=(text or "").strip())


def withdraw_question(
    question, *, actor=None, by_submitter=False, reason: str = ""
) -> QuestionEvent:
    return _move(
        question,
        State.WITHDRAWN,
        actor=actor,
        by_submitter=by_submitter,
        text=(reason or "").strip(),
    )


TRANSITION_SERVICES = {
    State.INTAKE: start_intake,
    State.ACCEPTED: accept_question,
    State.DECLINED: decline_question,
    State.ADVISED: advise_question,
    State.IN_PROJECT: mark_in_project,
    State.ANSWERED: answer_question,
    State.CLOSED: close_question,
}


def add_note(question, actor, text: str) -> QuestionEvent:
    """An internal note: coordinators see it, the submitter does not."""
    text = _require(text, _("Write the note."))
    return _record(question, EventKind.NOTE, actor=actor, text=text)


def send_message(question, actor, text: str) -> QuestionEvent:
    """A message the submitter reads on the tracking page (and gets by e-mail)."""
    text = _require(text, _("Write the message."))
    event = _record(question, EventKind.MESSAGE, actor=actor, text=text, visible=True)
    transaction.on_commit(lambda: notifications.message_sent(event.pk))
    return event


def add_submitter_information(question, text: str) -> QuestionEvent:
    """The submitter adds information through the tracking link."""
    if question.state in FINAL_STATES:
        raise TransitionNotAllowed(
            _("This question is closed; information can no longer be added."), code="closed"
        )
    text = _require(text, _("Write the information you want to add."))
    event = _record(
        question, EventKind.INFORMATION_ADDED, by_submitter=True, text=text, visible=True
    )
    transaction.on_commit(lambda: notifications.information_added(event.pk))
    return event


def confirm_classification(question, actor, question_type: str, themes) -> QuestionEvent:
    """The coordinator confirms or changes the suggested type and themes."""
    if question_type not in QuestionType.values:
        raise ValidationError(_("Choose one of the four question types."), code="question_type")
    themes = list(themes)
    with transaction.atomic():
        question.question_type = question_type
        question.classification_confirmed = True
        question.save(update_fields=["question_type", "classification_confirmed", "updated_at"])
        question.themes.set(themes)
        labels = ", ".join(t.label for t in Theme.objects.filter(pk__in=[t.pk for t in themes]))
        text = f"{QuestionType(question_type).label}" + (f" — {labels}" if labels else "")
        return _record(question, EventKind.CLASSIFIED, actor=actor, text=text)


def publish_question(question, actor, public_title: str, public_summary: str) -> QuestionEvent:
    """Shows the question on the public board under a title and summary the coordinator writes."""
    public_title = _require(public_title, _("Write a public title."))
    public_summary = _require(public_summary, _("Write a public summary."))
    with transaction.atomic():
        question.public_title = public_title[:200]
        question.public_summary = public_summary
        question.is_published = True
        question.published_at = question.published_at or timezone.now()
        question.save()
        return _record(question, EventKind.PUBLISHED, actor=actor)


def unpublish_question(question, actor) -> QuestionEvent:
    with transaction.atomic():
        question.is_published = False
        question.save()
        return _record(question, EventKind.UNPUBLISHED, actor=actor)


@dataclass
class BulkResult:
    done: list = field(default_factory=list)
    not_allowed: list = field(default_factory=list)
    missing: int = 0


def apply_in_bulk(questions, step, actor, wanted: int) -> BulkResult:
    """Takes one step for each question, each through its own service call (and transaction);
    a question the step does not fit is skipped and named, the rest still go ahead."""
    result = BulkResult()
    for question in questions:
        try:
            step(question, actor)
        except ValidationError:
            result.not_allowed.append(question)
        else:
            result.done.append(question)
    result.missing = wanted - len(result.done) - len(result.not_allowed)
    return result
