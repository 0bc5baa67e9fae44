"""What happens to projects. Views, the API, imports and the demo call these; none knows HTTP.

Every function runs in a transaction and validates with ``full_clean`` before it saves, so a
wrong value raises ``ValidationError`` and nothing is half written. Permission is the caller's
question (``permissions``).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.network.services import create_organisation
from werkplaats.questions.constants import State
from werkplaats.questions.services import workflow
from werkplaats.utils.slugs import unique_slug

from .constants import OutcomeKind, ProjectStatus
from .models import (
    EducationLink,
    FundingSource,
    LearningLevelClaim,
    Outcome,
    Participant,
    Project,
    ProjectPartner,
)

PROJECT_FIELDS = {
    "title",
    "background",
    "goal",
    "approach",
    "result",
    "status",
    "start_date",
    "end_date",
    "lead_workshop",
    "question_types",
}
RELATIONS = {"workshops", "themes", "learning_forms", "beneficiary_groups"}
#: States in which a question may be linked to a project (accepted ones move to in_project).
LINKABLE_STATES = {State.ACCEPTED, State.IN_PROJECT, State.ANSWERED}


def _check_fields(fields: dict, allowed: set) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"unexpected project fields: {sorted(unknown)}")


def _set_relations(project: Project, relations: dict) -> None:
    for name, values in relations.items():
        values = list(values)
        if name == "workshops":
            # The lead is not also a participant: ``workshops`` are the *other* werkplaatsen.
            values = [w for w in values if w.pk != project.lead_workshop_id]
        getattr(project, name).set(values)


@transaction.atomic
def create_project(*, lead_workshop, title: str, actor=None, questions=(), **fields) -> Project:
    """Registers a project led by ``lead_workshop`` under a unique slug made from its title.

    ``fields`` may hold the summary fields, ``status``, the period, ``question_types`` (a list of
    QuestionType values), ``is_published`` and the relations ``workshops``, ``themes``,
    ``learning_forms`` and ``beneficiary_groups``. ``questions`` are taken up
    (``take_up_question``), which moves an accepted question to "in a project".
    """
    relations = {name: fields.pop(name) for name in list(fields) if name in RELATIONS}
    is_published = bool(fields.pop("is_published", False))
    _check_fields(fields, PROJECT_FIELDS)
    project = Project(lead_workshop=lead_workshop, title=(title or "").strip(), **fields)
    project.question_types = list(dict.fromkeys(project.question_types or []))
    project.slug = unique_slug(Project, project.title)
    project.created_by = actor if getattr(actor, "pk", None) else None
    if is_published:
        project.is_published, project.published_at = True, timezone.now()
    project.full_clean()
    project.save()
    _set_relations(project, relations)
    for question in questions:
        take_up_question(project, question, actor)
    return project


@transaction.atomic
def update_project(project: Project, *, actor=None, questions=None, **fields) -> Project:
    """Changes the fields and relations given. With ``questions``, newly linked questions are
    taken up; a question that is unlinked keeps its state (its history stays true)."""
    relations = {name: fields.pop(name) for name in list(fields) if name in RELATIONS}
    _check_fields(fields, PROJECT_FIELDS)
    for name, value in fields.items():
        setattr(project, name, value)
    if "question_types" in fields:
        project.question_types = list(dict.fromkeys(project.question_types or []))
    project.full_clean()
    project.save()
    if "lead_workshop" in fields and "workshops" not in relations:
        project.workshops.remove(project.lead_workshop)
    _set_relations(project, relations)
    if questions is not None:
        questions = list(questions)
        linked = set(project.questions.values_list("pk", flat=True))
        project.questions.remove(*[pk for pk in linked if pk not in {q.pk for q in questions}])
        for question in questions:
            if question.pk not in linked:
                take_up_question(project, question, actor)
    return project


@transaction.atomic
def take_up_question(project: Project, question, actor=None):
    """Links a practice question to the project. An accepted question moves to "in a project"
    through the question workflow (recorded on its timeline, the submitter told); one already
    in a project or answered is linked as it is; any other is refused."""
    if question.state not in LINKABLE_STATES:
        raise ValidationError(
            {
                "questions": _(
                    "The question “%(title)s” is “%(state)s”: only an accepted question can be "
                    "taken up in a project."
                )
                % {"title": question.title, "state": question.get_state_display()}
            },
            code="question_state",
        )
    if question.state == State.ACCEPTED:
        workflow.mark_in_project(
            question,
            actor,
            _("Taken up in the project “%(title)s”.") % {"title": project.title},
        )
    project.questions.add(question)
    return question


@transaction.atomic
def finish_project(project: Project, actor=None, answer: str = "", *, on=None) -> Project:
    """Marks the project finished (ending it today unless it has an end) and answers each linked
    question that the workflow allows to be answered, with ``answer`` or the project's result."""
    today = on or timezone.localdate()
    project.status = ProjectStatus.FINISHED
    if project.end_date is None:
        project.end_date = max(today, project.start_date) if project.start_date else today
    project.full_clean()
    project.save()
    text = (answer or "").strip() or _(
        "The project “%(title)s” that took up your question has finished. %(result)s"
    ) % {"title": project.title, "result": project.result}
    for question in project.questions.filter(state__in=[State.ACCEPTED, State.IN_PROJECT]):
        workflow.answer_question(question, actor, text.strip())
    return project


@transaction.atomic
def publish_project(project: Project) -> Project:
    project.is_published = True
    project.published_at = project.published_at or timezone.now()
    project.save(update_fields=["is_published", "published_at", "updated_at"])
    return project


@transaction.atomic
def unpublish_project(project: Project) -> Project:
    project.is_published = False
    project.save(update_fields=["is_published", "updated_at"])
    return project


# Related records ----------------------------------------------------------------------------


def _save(record):
    record.full_clean()
    record.save()
    return record


@transaction.atomic
def add_participant(project: Project, *, role, person=None, organisation=None) -> Participant:
    """Someone taking part in ``role``; without ``person``, one unnamed participant."""
    if (
        person is not None
        and Participant.objects.filter(project=project, person=person, role=role).exists()
    ):
        raise ValidationError(
            {"person": _("%(person)s already takes part in this role.") % {"person": person}}
        )
    return _save(Participant(project=project, person=person, role=role, organisation=organisation))


@transaction.atomic
def add_partner(project: Project, organisation, role) -> ProjectPartner:
    if ProjectPartner.objects.filter(
        project=project, organisation=organisation, role=role
    ).exists():
        raise ValidationError(
            {
                "role": _("%(organisation)s already has this role in the project.")
                % {"organisation": organisation}
            }
        )
    return _save(ProjectPartner(project=project, organisation=organisation, role=role))


@transaction.atomic
def add_partner_with_new_organisation(project: Project, *, name: str, kind, role):
    """Registers a new organisation and makes it a partner, in one transaction: a coordinator
    adds an organisation while filling in the project without leaving the form."""
    organisation = create_organisation(name=name, kind=kind)
    return add_partner(project, organisation, role)


@transaction.atomic
def add_funding_source(project: Project, *, kind, **fields) -> FundingSource:
    """``fields``: ``funder`` (Organisation) or ``funder_name``, ``scheme``, ``amount``,
    ``start_date``, ``end_date``."""
    return _save(FundingSource(project=project, kind=kind, **fields))


@transaction.atomic
def add_education_link(project: Project, *, institution, **fields) -> EducationLink:
    """``fields``: ``programme``, ``form``, ``students``, ``academic_year`` ("2025-2026")."""
    return _save(EducationLink(project=project, institution=institution, **fields))


@transaction.atomic
def claim_learning_level(project: Project, level: str, substantiation: str) -> LearningLevelClaim:
    """Records (or rewrites) which learning level the project serves, and why."""
    claim = LearningLevelClaim.objects.filter(project=project, level=level).first()
    claim = claim or LearningLevelClaim(project=project, level=level)
    claim.substantiation = (substantiation or "").strip()
    return _save(claim)


@transaction.atomic
def record_learning_outcome(project: Project, text: str, *, source: str = "") -> Outcome:
    """A learning outcome, e.g. an insight a learning community carries into the project."""
    return _save(
        Outcome(
            project=project, kind=OutcomeKind.LEARNING, text=(text or "").strip(), source=source
        )
    )


@transaction.atomic
def record_result(project: Project, text: str, *, source: str = "") -> Outcome:
    return _save(
        Outcome(project=project, kind=OutcomeKind.RESULT, text=(text or "").strip(), source=source)
    )


@transaction.atomic
def update_record(record, **fields):
    """Changes fields of a related record (participant, partner, funding, ...)."""
    for name, value in fields.items():
        setattr(record, name, value)
    return _save(record)


@transaction.atomic
def remove_record(record) -> None:
    record.delete()
