"""Room to learn versus delivering results: learning outcomes and results recorded side by side."""

from django.db.models import Count, Exists, OuterRef, Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from werkplaats.projects.constants import LearningLevel, OutcomeKind
from werkplaats.projects.models import Outcome

from ..constants import AttentionPoint, LineOfForce
from ..scope import Scope
from .base import Result, Row, indicator
from .projects import PROJECTS_IN
from .sources import choice_rows, projects_in


@indicator(
    key="outcomes-by-kind",
    name=_("Learning outcomes and results"),
    definition=format_lazy(
        "{} {}",
        _("The learning outcomes and the results that projects record, counted by kind."),
        PROJECTS_IN,
    ),
    line=LineOfForce.CONTENT,
    levels=tuple(LearningLevel),
    attention=AttentionPoint.LEARNING_RESULTS,
)
def outcomes_by_kind(scope: Scope) -> Result:
    counts = dict(
        Outcome.objects.filter(project__in=projects_in(scope))
        .order_by()
        .values_list("kind")
        .annotate(n=Count("pk"))
    )
    return Result(rows=choice_rows(OutcomeKind, counts), total=sum(counts.values()))


@outcomes_by_kind.records
def _outcomes_by_kind_records(scope: Scope, row_key: str):
    outcomes = Outcome.objects.filter(project__in=projects_in(scope)).select_related("project")
    return outcomes.filter(kind=row_key) if row_key else outcomes


BOTH, LEARNING_ONLY, RESULTS_ONLY, NEITHER = "both", "learning_only", "results_only", "neither"


def _with_outcomes(scope: Scope):
    def has(kind):
        return Exists(Outcome.objects.filter(project=OuterRef("pk"), kind=kind))

    return projects_in(scope).annotate(
        has_learning=has(OutcomeKind.LEARNING), has_result=has(OutcomeKind.RESULT)
    )


PROJECT_BANDS = {
    BOTH: Q(has_learning=True, has_result=True),
    LEARNING_ONLY: Q(has_learning=True, has_result=False),
    RESULTS_ONLY: Q(has_learning=False, has_result=True),
    NEITHER: Q(has_learning=False, has_result=False),
}


@indicator(
    key="projects-learning-and-results",
    name=_("Projects with learning outcomes and results"),
    definition=format_lazy(
        "{} {}",
        _(
            "Projects by what they record: both learning outcomes and results, only learning "
            "outcomes, only results, or neither yet."
        ),
        PROJECTS_IN,
    ),
    line=LineOfForce.CONTENT,
    levels=tuple(LearningLevel),
    attention=AttentionPoint.LEARNING_RESULTS,
)
def projects_learning_and_results(scope: Scope) -> Result:
    counts = _with_outcomes(scope).aggregate(
        **{band: Count("pk", filter=condition) for band, condition in PROJECT_BANDS.items()}
    )
    labels = {
        BOTH: _("Both learning outcomes and results"),
        LEARNING_ONLY: _("Learning outcomes only"),
        RESULTS_ONLY: _("Results only"),
        NEITHER: _("Neither yet"),
    }
    rows = [Row(band, labels[band], counts[band]) for band in PROJECT_BANDS]
    return Result(rows=rows, total=sum(counts.values()))


@projects_learning_and_results.records
def _projects_learning_and_results_records(scope: Scope, row_key: str):
    projects = _with_outcomes(scope)
    if not row_key:
        return projects
    condition = PROJECT_BANDS.get(row_key)
    return projects.filter(condition) if condition is not None else projects.none()
