"""Saves planned demo projects with bulk inserts: a few statements for hundreds of projects.

``bulk_create`` skips ``save()``, so the folded ``search_text`` is computed here.
"""

from dataclasses import dataclass, field

from werkplaats.utils.text import fold

from ..models import (
    EducationLink,
    FundingSource,
    LearningLevelClaim,
    Outcome,
    Participant,
    Project,
    ProjectPartner,
)

BATCH_SIZE = 500


@dataclass
class PlannedProject:
    project: Project
    others: list = field(default_factory=list)
    themes: list = field(default_factory=list)
    learning_forms: list = field(default_factory=list)
    beneficiary_groups: list = field(default_factory=list)
    questions: list[int] = field(default_factory=list)
    records: list = field(default_factory=list)


RECORD_MODELS = (
    Participant,
    ProjectPartner,
    FundingSource,
    EducationLink,
    LearningLevelClaim,
    Outcome,
)


def write_projects(planned: list[PlannedProject]) -> int:
    projects = [p.project for p in planned]
    for project in projects:
        project.search_text = fold(" ".join(part for part in project.search_parts() if part))
    Project.objects.bulk_create(projects, batch_size=BATCH_SIZE)
    for model in RECORD_MODELS:
        rows = []
        for plan in planned:
            for record in plan.records:
                if type(record) is model:
                    record.project_id = plan.project.pk
                    rows.append(record)
        model.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    relations = {
        "workshops": ("workshop_id", "others"),
        "themes": ("theme_id", "themes"),
        "learning_forms": ("learningform_id", "learning_forms"),
        "beneficiary_groups": ("beneficiarygroup_id", "beneficiary_groups"),
    }
    for name, (column, attribute) in relations.items():
        through = getattr(Project, name).through
        through.objects.bulk_create(
            [
                through(project_id=plan.project.pk, **{column: term.pk})
                for plan in planned
                for term in dict.fromkeys(getattr(plan, attribute))
            ],
            batch_size=BATCH_SIZE,
        )
    through = Project.questions.through
    through.objects.bulk_create(
        [
            through(project_id=plan.project.pk, practicequestion_id=pk)
            for plan in planned
            for pk in dict.fromkeys(plan.questions)
        ],
        batch_size=BATCH_SIZE,
    )
    return len(projects)
