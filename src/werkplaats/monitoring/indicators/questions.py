"""Practice questions: how many come in, of which type, how they are handled."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from werkplaats.projects.constants import LearningLevel
from werkplaats.questions.constants import QuestionType
from werkplaats.questions.models import PracticeQuestion

from ..constants import LineOfForce
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
