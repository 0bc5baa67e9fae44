"""The journey of an offer: offered → matched → running → delivered → assessed, or withdrawn.

Every step is one of these calls. Each records an ``AssignmentEvent`` on the offer's timeline and,
when the offer came from a practice question, an event on the question's timeline that its
submitter reads on the tracking page. Permission is the caller's question (``permissions``);
these functions check what must hold whoever asks.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from werkplaats.questions.constants import EventKind as QuestionEventKind
from werkplaats.questions.models import QuestionEvent

from .. import notifications
from ..constants import TRANSITIONS, EventKind, OfferState
from ..models import AssignmentEvent, AssignmentOffer, GroupMember, StudentGroup, hash_code
from ..permissions import suits


class StepNotAllowed(ValidationError):
    pass


# Told to the submitter on their question's timeline, in the language they wrote in.
FOR_SUBMITTER = {
    OfferState.OFFERED: "Your question was offered to education as a student assignment.",
    OfferState.MATCHED: "Students of %(programme)s will work on your question.",
    OfferState.RUNNING: "Students of %(programme)s started working on your question.",
    OfferState.DELIVERED: "Students of %(programme)s delivered their work on your question.",
    OfferState.ASSESSED: "The students' work on your question was assessed.",
    OfferState.WITHDRAWN: "The student assignment for your question was withdrawn.",
}


def _record(offer, kind, *, actor=None, text="", from_state="", to_state="") -> AssignmentEvent:
    return AssignmentEvent.objects.create(
        offer=offer,
        kind=kind,
        actor=actor if getattr(actor, "pk", None) else None,
        text=text,
        from_state=from_state,
        to_state=to_state,
        created_at=timezone.now(),
    )


def _tell_question(offer: AssignmentOffer, state: str, actor=None) -> None:
    """The step on the timeline of the question the offer came from, for its submitter too."""
    question = offer.question
    if question is None:
        return
    group = StudentGroup.objects.filter(offer=offer).select_related("programme").first()
    programme = group.programme.name if group else ""
    with translation.override(question.language or settings.LANGUAGE_CODE):
        text = _(FOR_SUBMITTER[state]) % {"programme": programme}
    QuestionEvent.objects.create(
        question=question,
        kind=QuestionEventKind.EDUCATION,
        actor=actor if getattr(actor, "pk", None) else None,
        text=text,
        visible_to_submitter=True,
        created_at=timezone.now(),
    )


def _move(offer: AssignmentOffer, to_state: str, *, actor=None, text="", change=None):
    """Moves an offer to ``to_state`` if the journey allows it; ``change(locked)`` may set more
    fields on the locked row, or raise to stop the step; what it wrote is undone when the step is
    not allowed. Records and announces the step."""
    with transaction.atomic():
        locked = AssignmentOffer.objects.select_for_update().get(pk=offer.pk)
        if change is not None:  # first: it may refuse with a better message than the one below
            change(locked)
        if to_state not in TRANSITIONS[locked.state]:
            raise StepNotAllowed(
                _("An offer that is “%(current)s” cannot become “%(next)s”.")
                % {"current": OfferState(locked.state).label, "next": OfferState(to_state).label},
                code="step_not_allowed",
            )
        from_state = locked.state
        locked.state = to_state
        locked.state_changed_at = timezone.now()
        locked.save(update_fields=["state", "state_changed_at", "updated_at"])
        event = _record(
            locked,
            EventKind.STATE_CHANGED,
            actor=actor,
            text=text,
            from_state=from_state,
            to_state=to_state,
        )
        _tell_question(locked, to_state, actor)
        notifications.step_taken(event.pk)
    offer.refresh_from_db()
    return event


def claim_offer(offer: AssignmentOffer, lecturer, programme) -> tuple[StudentGroup, str]:
    """A lecturer takes the offer for a group of their programme: the offer is matched and the
    group gets a join code for its students (returned once, stored only as its hash).

    Of two lecturers claiming at once exactly one gets it: the row is locked, and the database
    holds one group per offer whatever the locking does."""
    if not suits(offer, programme):
        raise ValidationError(
            _(
                "This offer is not for %(programme)s: choose a programme it names or one of its levels."
            )
            % {"programme": programme.name},
            code="programme_does_not_suit",
        )
    code = secrets.token_urlsafe(18)
    taken = _("Another group has just taken this offer. Look for another one on the board.")

    def make_group(locked):
        if locked.state not in (OfferState.OFFERED, OfferState.WITHDRAWN):
            raise StepNotAllowed(taken, code="already_matched")
        if locked.state != OfferState.OFFERED:
            return  # the journey's own message says why
        try:
            with transaction.atomic():
                StudentGroup.objects.create(
                    offer=locked,
                    programme=programme,
                    lecturer=lecturer,
                    join_code_hash=hash_code(code),
                    matched_at=timezone.now(),
                )
        except IntegrityError:
            raise StepNotAllowed(taken, code="already_matched") from None

    try:
        _move(offer, OfferState.MATCHED, actor=lecturer, text=programme.name, change=make_group)
    except IntegrityError:  # the other claim's group committed between our lock and our insert
        raise StepNotAllowed(taken, code="already_matched") from None
    return StudentGroup.objects.get(offer=offer), code


def group_for_code(code: str) -> StudentGroup | None:
    return (
        StudentGroup.objects.select_related("offer", "programme__institution")
        .filter(join_code_hash=hash_code(code or ""))
        .first()
    )


def renew_join_code(group: StudentGroup) -> str:
    """A new join link for a group whose lecturer lost theirs; the old one stops working. Only
    while students may still join (matched or running)."""
    state = AssignmentOffer.objects.filter(pk=group.offer_id).values_list("state", flat=True)[0]
    if state not in (OfferState.MATCHED, OfferState.RUNNING):
        raise StepNotAllowed(
            _("This group no longer takes new students: its work was delivered or withdrawn."),
            code="closed_group",
        )
    code = secrets.token_urlsafe(18)
    StudentGroup.objects.filter(pk=group.pk).update(join_code_hash=hash_code(code))
    return code


def join_group(group: StudentGroup, user, *, display_name: str, named_publicly: bool):
    """A student joins their group with their account, while the work has not been delivered."""
    display_name = " ".join((display_name or "").split())
    if not display_name:
        raise ValidationError(_("Write your name as your group knows it."), code="required")
    if group.offer.state not in (OfferState.MATCHED, OfferState.RUNNING):
        raise StepNotAllowed(
            _("This group no longer takes new students: its work was delivered or withdrawn."),
            code="closed_group",
        )
    with transaction.atomic():
        member, created = GroupMember.objects.get_or_create(
            group=group,
            user=user,
            defaults={
                "display_name": display_name[:150],
                "named_publicly": named_publicly,
                "joined_at": timezone.now(),
            },
        )
        if created:
            _record(group.offer, EventKind.STUDENT_JOINED, actor=user)
    return member


def start_work(offer, actor) -> AssignmentEvent:
    def needs_students(locked):
        has_students = GroupMember.objects.filter(group__offer=locked).exists()
        if locked.state == OfferState.MATCHED and not has_students:
            raise StepNotAllowed(
                _("No student has joined yet: send the students the join link first."),
                code="no_students",
            )

    return _move(offer, OfferState.RUNNING, actor=actor, change=needs_students)


def deliver_work(offer, actor, *, title: str, summary: str, link: str = "") -> AssignmentEvent:
    """The students hand in their work: a title and a summary (and where to find it)."""
    title, summary = (title or "").strip(), (summary or "").strip()
    errors = {}
    if not title:
        errors["title"] = _("Give the work its title.")
    if not summary:
        errors["summary"] = _("Summarise the work in a few sentences for practice.")
    if errors:
        raise ValidationError(errors)

    def hand_in(locked):
        StudentGroup.objects.filter(offer=locked).update(
            work_title=title[:200],
            work_summary=summary,
            work_link=(link or "").strip()[:500],
            delivered_at=timezone.now(),
        )

    return _move(offer, OfferState.DELIVERED, actor=actor, change=hand_in)


def assess_work(offer, actor, assessment: str = "") -> AssignmentEvent:
    """The lecturer assesses the work; the assessment stays with the group and who runs the offer."""

    def keep(locked):
        StudentGroup.objects.filter(offer=locked).update(
            assessment=(assessment or "").strip(), assessed_at=timezone.now()
        )

    return _move(offer, OfferState.ASSESSED, actor=actor, change=keep)


def withdraw_offer(offer, actor, reason: str) -> AssignmentEvent:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            _("Give the reason for withdrawing; the lecturer and students read it."),
            code="required",
        )
    return _move(offer, OfferState.WITHDRAWN, actor=actor, text=reason)


def allowed_steps(offer: AssignmentOffer) -> list[str]:
    return sorted(TRANSITIONS[offer.state])
