"""Practice questions: how many come in, of which type, how they are handled."""

import math
from statistics import median

from django.db.models import Count, F, Min, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from werkplaats.network.models import Workshop
from werkplaats.projects.constants import LearningLevel
from werkplaats.questions.constants import EventKind, QuestionType, State
from werkplaats.questions.models import PracticeQuestion, QuestionEvent

from ..constants import AttentionPoint, LineOfForce, Unit
from ..scope import Scope
from .base import Result, Row, indicator

NOT_CLASSIFIED = "none"


def questions_in(scope: Scope):
    """Questions submitted in the period, to the werkplaats (or anywhere), on the theme.

    Figures count every question, public or not: a count says nothing about a submitter.
    """
    questions = PracticeQuestion.objects.filter(
        submitted_at__gte=scope.period.start_datetime(),
        submitted_at__lt=scope.period.end_datetime(),
    )
    if scope.workshop:
        questions = questions.filter(workshop=scope.workshop)
    if scope.theme:
        questions = questions.filter(themes=scope.theme)
    return questions


def listable_questions(scope: Scope):
    """The questions of a scope that its viewer may see listed: published ones, unless internal."""
    questions = questions_in(scope)
    return questions if scope.internal else questions.filter(is_published=True)


@indicator(
    key="questions-by-type",
    name=_("Practice questions by type"),
    definition=_(
        "Practice questions submitted in the period, by the four question types of the "
        "evaluation. Questions whose type is not yet known are counted as 'not classified'."
    ),
    line=LineOfForce.CONTENT,
    levels=(LearningLevel.PRACTICES, LearningLevel.PROFESSIONALS),
)
def questions_by_type(scope: Scope) -> Result:
    counts = dict(
        questions_in(scope)
        .order_by()
        .values_list("question_type")
        .annotate(count=Count("pk", distinct=True))
    )
    rows = [Row(choice.value, choice.label, counts.get(choice.value, 0)) for choice in QuestionType]
    unclassified = sum(value for key, value in counts.items() if key not in QuestionType.values)
    if unclassified:
        rows.append(Row(NOT_CLASSIFIED, _("Not classified"), unclassified))
    return Result(rows=rows, total=sum(counts.values()))


@questions_by_type.records
def _questions_by_type_records(scope: Scope, row_key: str):
    questions = listable_questions(scope)
    if not row_key:
        return questions
    if row_key in QuestionType.values:
        return questions.filter(question_type=row_key)
    if row_key == NOT_CLASSIFIED:
        return questions.exclude(question_type__in=QuestionType.values)
    return questions.none()


@indicator(
    key="questions-by-state",
    name=_("Practice questions by state"),
    definition=_(
        "Practice questions submitted in the period, by the state they are in today (submitted, in "
        "intake, accepted, referred, in a project, answered, closed, ...)."
    ),
    line=LineOfForce.FORM,
    levels=(LearningLevel.PRACTICES,),
)
def questions_by_state(scope: Scope) -> Result:
    counts = dict(
        questions_in(scope)
        .order_by()
        .values_list("state")
        .annotate(count=Count("pk", distinct=True))
    )
    rows = [Row(choice.value, choice.label, counts.get(choice.value, 0)) for choice in State]
    return Result(rows=rows, total=sum(counts.values()))


@questions_by_state.records
def _questions_by_state_records(scope: Scope, row_key: str):
    questions = listable_questions(scope)
    if not row_key:
        return questions
    if row_key in State.values:
        return questions.filter(state=row_key)
    return questions.none()


def first_responses(scope: Scope):
    """Each question of the scope with the moment of its first response: the first event after
    submission by a coordinator (an event with an actor, not written by the submitter)."""
    return (
        questions_in(scope)
        .order_by()
        .annotate(
            first_response=Min(
                "events__created_at",
                filter=Q(events__actor__isnull=False, events__by_submitter=False)
                & ~Q(events__kind=EventKind.SUBMITTED)
                & Q(events__created_at__gte=F("submitted_at")),
            )
        )
        .values_list("pk", "question_type", "submitted_at", "first_response")
        .distinct()
    )


def _percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile: the smallest value with at least ``share`` of all at or below."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


@indicator(
    key="questions-first-response",
    name=_("Time to first response"),
    definition=_(
        "Days from submission to the first response: the first step a coordinator takes on the "
        "question after it came in (a state change, a message, a note, a referral). Per question "
        "type, the median (half of the questions got a response sooner) and the 90th percentile "
        "(nine in ten got one sooner), over questions submitted in the period that have had a "
        "response. Questions still waiting are counted in the note."
    ),
    line=LineOfForce.FORM,
    levels=(LearningLevel.PRACTICES, LearningLevel.ORGANISATIONS),
    unit=Unit.DAYS,
    internal=True,
    chart="none",
)
def questions_first_response(scope: Scope) -> Result:
    days_by_type: dict[str, list[float]] = {}
    waiting = 0
    for _pk, question_type, submitted_at, first_response in first_responses(scope):
        if first_response is None:
            waiting += 1
            continue
        days = (first_response - submitted_at).total_seconds() / 86400
        key = question_type if question_type in QuestionType.values else NOT_CLASSIFIED
        days_by_type.setdefault(key, []).append(days)
    rows = []
    labels = [(choice.value, choice.label) for choice in QuestionType]
    labels.append((NOT_CLASSIFIED, _("Not classified")))
    for key, label in labels:
        values = days_by_type.get(key)
        if not values:
            continue
        rows.append(Row(key, label, round(median(values), 1), "median", _("Median")))
        rows.append(
            Row(key, label, round(_percentile(values, 0.9), 1), "p90", _("90th percentile"))
        )
    everything = [day for values in days_by_type.values() for day in values]
    note = ""
    if waiting:
        note = ngettext(
            "%(count)d question has had no response yet.",
            "%(count)d questions have had no response yet.",
            waiting,
        ) % {"count": waiting}
    return Result(rows=rows, total=round(median(everything), 1) if everything else None, note=note)


@questions_first_response.records
def _questions_first_response_records(scope: Scope, row_key: str):
    questions = listable_questions(scope)
    if not row_key:
        return questions
    if row_key in QuestionType.values:
        return questions.filter(question_type=row_key)
    if row_key == NOT_CLASSIFIED:
        return questions.exclude(question_type__in=QuestionType.values)
    return questions.none()


def referrals_in(scope: Scope):
    """Referral events in the period, of questions on the theme, from or to the werkplaats."""
    events = QuestionEvent.objects.filter(
        kind=EventKind.REFERRED,
        created_at__gte=scope.period.start_datetime(),
        created_at__lt=scope.period.end_datetime(),
    )
    if scope.workshop:
        events = events.filter(Q(from_workshop=scope.workshop) | Q(to_workshop=scope.workshop))
    if scope.theme:
        events = events.filter(question__themes=scope.theme)
    return events


@indicator(
    key="questions-referrals",
    name=_("Referrals between werkplaatsen"),
    definition=_(
        "Practice questions a werkplaats referred to another werkplaats in the period, by "
        "werkplaats: how many it sent on and how many it received. For one werkplaats, the rows "
        "are the werkplaatsen it exchanged questions with."
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.ORGANISATIONS,),
    attention=AttentionPoint.CONNECTIONS,
    chart="stacked",
)
def questions_referrals(scope: Scope) -> Result:
    pairs = list(
        referrals_in(scope)
        .order_by()
        .values_list("from_workshop", "to_workshop")
        .annotate(count=Count("pk"))
    )
    sent: dict[int, int] = {}
    received: dict[int, int] = {}
    for from_id, to_id, count in pairs:
        if scope.workshop:
            # The rows are the other werkplaatsen, seen from this one.
            if from_id == scope.workshop.pk and to_id:
                sent[to_id] = sent.get(to_id, 0) + count
            elif to_id == scope.workshop.pk and from_id:
                received[from_id] = received.get(from_id, 0) + count
        else:
            if from_id:
                sent[from_id] = sent.get(from_id, 0) + count
            if to_id:
                received[to_id] = received.get(to_id, 0) + count
    workshops = Workshop.objects.filter(pk__in={*sent, *received}).order_by("name")
    if scope.workshop:
        sent_label, received_label = _("Sent to them"), _("Received from them")
    else:
        sent_label, received_label = pgettext_lazy("questions referred", "Passed on"), _("Received")
    rows = []
    for workshop in workshops:
        rows.append(Row(workshop.slug, workshop.name, sent.get(workshop.pk, 0), "sent", sent_label))
        rows.append(
            Row(
                workshop.slug,
                workshop.name,
                received.get(workshop.pk, 0),
                "received",
                received_label,
            )
        )
    return Result(rows=rows, total=sum(count for _f, _t, count in pairs))


@questions_referrals.records
def _questions_referrals_records(scope: Scope, row_key: str):
    events = referrals_in(scope)
    if row_key:
        events = events.filter(Q(from_workshop__slug=row_key) | Q(to_workshop__slug=row_key))
    return listable_questions_among(scope, events.values("question_id"))


def listable_questions_among(scope: Scope, ids):
    """The questions among ``ids`` that the scope may list (whatever their submission date)."""
    questions = PracticeQuestion.objects.filter(pk__in=ids)
    return questions if scope.internal else questions.filter(is_published=True)
