"""Read-side questions of the inbox, the triage page and the public question board.

Every list comes with its related objects (``select_related``/``prefetch_related``), so the number of
queries does not grow with the number of rows. Who may see which question is decided in
``permissions``; this module only narrows, orders and shapes what it is given.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Case, IntegerField, Prefetch, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Municipality, Theme
from werkplaats.network.queries.activity import ActivityItem, activity_source

from .constants import FINAL_STATES, UNTRIAGED_STATES, QuestionType
from .models import PracticeQuestion, QuestionEvent
from .permissions import public_questions
from .triage_forms import OPEN, UNCLASSIFIED, UNTRIAGED

# --- the inbox -----------------------------------------------------------------------------------


def with_listing_relations(questions: QuerySet) -> QuerySet:
    """What a row of the inbox, the export or the board shows, fetched in two queries."""
    return questions.select_related("municipality", "workshop").prefetch_related(
        Prefetch("themes", queryset=Theme.objects.order_by("position", "name"))
    )


def inbox_municipalities(questions: QuerySet) -> QuerySet:
    """The municipalities the questions of an inbox come from: the choices of its filter."""
    return Municipality.objects.filter(pk__in=questions.values("municipality")).order_by("name")


def filter_questions(questions: QuerySet, filters: dict, now=None) -> QuerySet:
    """Narrows questions by the inbox's (already validated) filters; empty ones do not narrow."""
    state = filters.get("state")
    if state == OPEN:
        questions = questions.exclude(state__in=FINAL_STATES)
    elif state == UNTRIAGED:
        questions = questions.filter(state__in=UNTRIAGED_STATES)
    elif state:
        questions = questions.filter(state=state)
    question_type = filters.get("type")
    if question_type == UNCLASSIFIED:
        questions = questions.filter(question_type="")
    elif question_type:
        questions = questions.filter(question_type=question_type)
    if filters.get("theme"):
        questions = questions.filter(themes=filters["theme"])
    if filters.get("municipality"):
        questions = questions.filter(municipality=filters["municipality"])
    if filters.get("werkplaats"):
        questions = questions.filter(workshop=filters["werkplaats"])
    if filters.get("age"):
        cutoff = (now or timezone.now()) - datetime.timedelta(days=int(filters["age"]))
        questions = questions.filter(submitted_at__lte=cutoff)
    return questions


def order_inbox(questions: QuerySet, sort: str) -> QuerySet:
    """``waiting`` (the default): questions waiting for triage first, the longest waiting on top."""
    if sort == "newest":
        return questions.order_by("-submitted_at", "pk")
    if sort == "oldest":
        return questions.order_by("submitted_at", "pk")
    if sort == "changed":
        return questions.order_by("-state_changed_at", "pk")
    waiting = Case(
        When(state__in=UNTRIAGED_STATES, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return questions.order_by(waiting, "submitted_at", "pk")


def inbox_questions(questions: QuerySet, filters: dict, sort: str = "waiting") -> QuerySet:
    """The rows of an inbox or its export: filtered, ordered, with what a row shows."""
    return with_listing_relations(order_inbox(filter_questions(questions, filters), sort))


def days_since(moment, now=None) -> int:
    return max(0, ((now or timezone.now()) - moment).days)


def add_ages(questions, now=None) -> list[PracticeQuestion]:
    """Sets ``age_days`` on every question, and ``waiting_days`` on those waiting for triage."""
    now = now or timezone.now()
    rows = list(questions)
    for question in rows:
        question.age_days = days_since(question.submitted_at, now)
        question.waiting_days = question.age_days if question.state in UNTRIAGED_STATES else None
    return rows


# --- the triage page -----------------------------------------------------------------------------


def timeline(question: PracticeQuestion) -> list[QuestionEvent]:
    """Every event of a question, oldest first, with who did it and between which werkplaatsen."""
    return list(
        question.events.select_related("actor", "from_workshop", "to_workshop").order_by(
            "created_at", "pk"
        )
    )


@dataclass
class SuggestedType:
    value: str
    label: str
    score: float | None
    reasons: list[str]


@dataclass
class SuggestedTheme:
    theme: Theme
    score: float | None
    reasons: list[str]


@dataclass
class ClassificationSuggestion:
    """The classifier's suggestion in ``question.suggestion``, read defensively: a missing or
    malformed part is left out rather than breaking the page."""

    question_type: SuggestedType | None = None
    alternatives: list[SuggestedType] = field(default_factory=list)
    themes: list[SuggestedTheme] = field(default_factory=list)
    method: str = ""

    def __bool__(self) -> bool:
        return bool(self.question_type or self.alternatives or self.themes)


def _score(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _reasons(value) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list | tuple):
        return [str(reason) for reason in value if str(reason).strip()]
    return []


def _suggested_type(entry) -> SuggestedType | None:
    if isinstance(entry, str):
        entry = {"value": entry}
    if not isinstance(entry, dict) or entry.get("value") not in QuestionType.values:
        return None
    value = entry["value"]
    return SuggestedType(
        value, QuestionType(value).label, _score(entry.get("score")), _reasons(entry.get("reasons"))
    )


def classification_suggestion(question: PracticeQuestion) -> ClassificationSuggestion:
    data = question.suggestion if isinstance(question.suggestion, dict) else {}
    alternatives = data.get("alternatives")
    theme_entries = [
        entry if isinstance(entry, dict) else {"slug": entry}
        for entry in (data.get("themes") if isinstance(data.get("themes"), list) else [])
    ]
    slugs = [str(entry.get("slug")) for entry in theme_entries if entry.get("slug")]
    themes = {theme.slug: theme for theme in Theme.objects.filter(slug__in=slugs)} if slugs else {}
    return ClassificationSuggestion(
        question_type=_suggested_type(data.get("question_type")),
        alternatives=[
            suggested
            for suggested in map(
                _suggested_type, alternatives if isinstance(alternatives, list) else []
            )
            if suggested is not None
        ],
        themes=[
            SuggestedTheme(
                themes[str(entry["slug"])],
                _score(entry.get("score")),
                _reasons(entry.get("reasons")),
            )
            for entry in theme_entries
            if str(entry.get("slug")) in themes
        ],
        method=str(data.get("method") or ""),
    )


def classification_initial(question: PracticeQuestion, suggestion: ClassificationSuggestion):
    """What the classification form starts with: the confirmed choice, else the suggestion."""
    if question.classification_confirmed or question.question_type:
        return {
            "question_type": question.question_type,
            "themes": [theme.slug for theme in question.themes.all()],
        }
    return {
        "question_type": suggestion.question_type.value if suggestion.question_type else None,
        "themes": [entry.theme.slug for entry in suggestion.themes],
    }


# --- the public question board -------------------------------------------------------------------


def board_questions(filters: dict) -> QuerySet:
    """Published questions narrowed by the board's filters, newest published first."""
    questions = filter_questions(public_questions(), filters)
    return with_listing_relations(questions.order_by("-published_at", "-pk"))


def published_questions_of(workshop, limit: int = 5) -> list[PracticeQuestion]:
    """The newest published questions a werkplaats handles, for its public page (two queries)."""
    questions = public_questions().filter(workshop=workshop).order_by("-published_at", "-pk")
    return list(
        questions.select_related("workshop").prefetch_related(
            Prefetch("themes", queryset=Theme.objects.order_by("position", "name"))
        )[:limit]
    )


@activity_source
def recent_published_questions(user, limit):
    """Questions on the public board, for the home page's recent activity (one query)."""
    questions = (
        public_questions()
        .filter(published_at__isnull=False)
        .select_related("workshop")
        .order_by("-published_at")[:limit]
    )
    for question in questions:
        yield ActivityItem(
            question.published_at,
            str(_("Practice question")),
            question.public_title,
            question.get_absolute_url(),
            question.workshop.name,
        )
