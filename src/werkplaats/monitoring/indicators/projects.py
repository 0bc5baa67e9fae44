"""Projects: how they learn (forms), where they stand, what questions they take up, with whom."""

from django.db.models import Count, Exists, OuterRef, Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from werkplaats.projects.constants import LearningLevel, ProjectStatus
from werkplaats.projects.models import BeneficiaryGroup, LearningForm, LearningLevelClaim, Project
from werkplaats.questions.constants import QuestionType

from ..constants import AttentionPoint, LineOfForce, Overview
from ..scope import Scope
from .base import Result, Row, indicator
from .sources import choice_rows, projects_in, term_rows

PROJECTS_IN = _(
    "Projects running in the period (their dates overlap it; without an end date a project still "
    "runs) that the werkplaats leads or takes part in, on the theme; published ones only in public, "
    "drafts too for the werkplaats's coordinators."
)


def _term_counts(scope: Scope, through, field: str) -> dict:
    """Projects of the scope per term of a many-to-many vocabulary, in one query."""
    return dict(
        through.objects.filter(project__in=projects_in(scope))
        .order_by()
        .values_list(field)
        .annotate(count=Count("project_id", distinct=True))
    )


def _term_records(scope: Scope, row_key: str, relation: str):
    projects = projects_in(scope)
    if not row_key:
        return projects
    return projects.filter(**{f"{relation}__slug": row_key})


@indicator(
    key="projects-by-learning-form",
    name=_("Projects by learning form"),
    definition=format_lazy(
        "{} {}",
        _(
            "Learning, development and research forms (action research, living lab, learning "
            "community, ...): the number of projects that use each. A project with several forms "
            "counts once for each; the total counts each project once."
        ),
        PROJECTS_IN,
    ),
    line=LineOfForce.FORM,
    levels=(LearningLevel.PRACTICES, LearningLevel.PROFESSIONALS),
    overview=Overview.FORMS,
)
def projects_by_learning_form(scope: Scope) -> Result:
    counts = _term_counts(scope, Project.learning_forms.through, "learningform_id")
    total = projects_in(scope).filter(learning_forms__isnull=False).distinct().count()
    return Result(rows=term_rows(LearningForm, counts, include_zero=False), total=total)


@projects_by_learning_form.records
def _projects_by_learning_form_records(scope: Scope, row_key: str):
    if not row_key:
        return projects_in(scope).filter(
            Exists(Project.learning_forms.through.objects.filter(project=OuterRef("pk")))
        )
    return _term_records(scope, row_key, "learning_forms")


@indicator(
    key="projects-by-status",
    name=_("Projects by status"),
    definition=format_lazy(
        "{} {}", _("Projects by their status today: planned, running or finished."), PROJECTS_IN
    ),
    line=LineOfForce.FORM,
    levels=(LearningLevel.PRACTICES,),
    overview=Overview.FORMS,
)
def projects_by_status(scope: Scope) -> Result:
    counts = dict(projects_in(scope).order_by().values_list("status").annotate(n=Count("pk")))
    return Result(rows=choice_rows(ProjectStatus, counts), total=sum(counts.values()))


@projects_by_status.records
def _projects_by_status_records(scope: Scope, row_key: str):
    projects = projects_in(scope)
    return projects.filter(status=row_key) if row_key else projects


@indicator(
    key="projects-by-question-type",
    name=_("Projects by question type"),
    definition=format_lazy(
        "{} {}",
        _(
            "Projects by the four question types of the evaluation they take up. A project can take up "
            "several types and counts once for each; projects without a type are 'not classified'."
        ),
        PROJECTS_IN,
    ),
    line=LineOfForce.CONTENT,
    levels=(LearningLevel.PRACTICES, LearningLevel.ORGANISATIONS),
)
def projects_by_question_type(scope: Scope) -> Result:
    # question_types is a JSON list: read the lists (one query) and count them here.
    counts: dict[str, int] = {}
    total = 0
    for types in projects_in(scope).values_list("question_types", flat=True):
        total += 1
        for value in set(types or []) or {"none"}:
            counts[value] = counts.get(value, 0) + 1
    rows = choice_rows(QuestionType, counts, other_label=_("Not classified"))
    return Result(rows=rows, total=total)


@projects_by_question_type.records
def _projects_by_question_type_records(scope: Scope, row_key: str):
    projects = projects_in(scope)
    if not row_key:
        return projects
    if row_key in QuestionType.values:
        # JSON containment is not portable to SQLite; the value is a quoted word in the list.
        return projects.filter(question_types__icontains=f'"{row_key}"')
    if row_key == "none":
        return projects.filter(Q(question_types=[]) | Q(question_types__isnull=True))
    return projects.none()


@indicator(
    key="projects-joint",
    name=_("Joint projects"),
    definition=format_lazy(
        "{} {}",
        _(
            "Projects that two or more werkplaatsen run together (the lead werkplaats and at least one "
            "other) against projects one werkplaats runs alone."
        ),
        PROJECTS_IN,
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.ORGANISATIONS,),
    attention=AttentionPoint.CONNECTIONS,
)
def projects_joint(scope: Scope) -> Result:
    joint = Exists(Project.workshops.through.objects.filter(project=OuterRef("pk")))
    counts = (
        projects_in(scope)
        .order_by()
        .aggregate(total=Count("pk"), joint=Count("pk", filter=Q(joint)))
    )
    rows = [
        Row("joint", _("Joint, with other werkplaatsen"), counts["joint"]),
        Row("alone", _("One werkplaats"), counts["total"] - counts["joint"]),
    ]
    return Result(rows=rows, total=counts["total"])


@projects_joint.records
def _projects_joint_records(scope: Scope, row_key: str):
    joint = Exists(Project.workshops.through.objects.filter(project=OuterRef("pk")))
    projects = projects_in(scope)
    if row_key == "joint":
        return projects.filter(joint)
    if row_key == "alone":
        return projects.exclude(joint)
    return projects if not row_key else projects.none()


@indicator(
    key="projects-by-beneficiary-group",
    name=_("Beneficiary groups"),
    definition=format_lazy(
        "{} {}",
        _(
            "Who benefits in the end (profijtgroep): the number of projects that name each group. A "
            "project for several groups counts once for each."
        ),
        PROJECTS_IN,
    ),
    line=LineOfForce.CONTENT,
    levels=(LearningLevel.PRACTICES, LearningLevel.MUNICIPALITIES),
    overview=Overview.BENEFICIARIES,
)
def projects_by_beneficiary_group(scope: Scope) -> Result:
    counts = _term_counts(scope, Project.beneficiary_groups.through, "beneficiarygroup_id")
    total = projects_in(scope).filter(beneficiary_groups__isnull=False).distinct().count()
    return Result(rows=term_rows(BeneficiaryGroup, counts, include_zero=False), total=total)


@projects_by_beneficiary_group.records
def _projects_by_beneficiary_group_records(scope: Scope, row_key: str):
    if not row_key:
        return projects_in(scope).filter(
            Exists(Project.beneficiary_groups.through.objects.filter(project=OuterRef("pk")))
        )
    return _term_records(scope, row_key, "beneficiary_groups")


@indicator(
    key="projects-by-learning-level",
    name=_("Projects by learning level"),
    definition=format_lazy(
        "{} {}",
        _(
            "The four learning levels of the evaluation (learning practices, organisations, "
            "municipalities, professionals): the number of projects that substantiate serving each."
        ),
        PROJECTS_IN,
    ),
    line=LineOfForce.CONTENT,
    levels=tuple(LearningLevel),
)
def projects_by_learning_level(scope: Scope) -> Result:
    counts = dict(
        LearningLevelClaim.objects.filter(project__in=projects_in(scope))
        .order_by()
        .values_list("level")
        .annotate(n=Count("project_id", distinct=True))
    )
    total = projects_in(scope).filter(learning_levels__isnull=False).distinct().count()
    return Result(rows=choice_rows(LearningLevel, counts), total=total)


@projects_by_learning_level.records
def _projects_by_learning_level_records(scope: Scope, row_key: str):
    projects = projects_in(scope)
    if not row_key:
        return projects.filter(Exists(LearningLevelClaim.objects.filter(project=OuterRef("pk"))))
    return projects.filter(
        pk__in=LearningLevelClaim.objects.filter(level=row_key).values("project_id")
    )
