"""``werkplaats demo`` also loads a few hundred realistic projects over every werkplaats."""

import datetime
from collections import Counter

import pytest
from django.db import transaction
from django.utils import timezone

from werkplaats.network.demo import load_demo
from werkplaats.network.models import ParticipantRole, Workshop
from werkplaats.projects.constants import EducationForm, LearningLevel, PartnerRole, ProjectStatus
from werkplaats.projects.demo import load_demo_projects
from werkplaats.projects.models import (
    BeneficiaryGroup,
    EducationLink,
    FundingKind,
    FundingSource,
    LearningForm,
    LearningLevelClaim,
    Participant,
    Project,
    ProjectPartner,
)
from werkplaats.questions.constants import QuestionType, State
from werkplaats.questions.demo import load_demo_questions
from werkplaats.questions.models import PracticeQuestion

NOW = timezone.make_aware(datetime.datetime(2026, 6, 15, 12, 0))
TODAY = NOW.date()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        load_demo_questions(now=NOW)
        yield load_demo_projects(today=TODAY)
        transaction.set_rollback(True)


@pytest.fixture
def projects(demo, db):
    return list(Project.objects.prefetch_related("workshops", "learning_forms", "themes"))


def test_a_few_hundred_projects_over_every_werkplaats(demo, projects):
    assert 250 <= len(projects) <= 400
    per_workshop = Counter(p.lead_workshop_id for p in projects)
    assert set(per_workshop) == set(Workshop.objects.values_list("pk", flat=True))
    assert {p.status for p in projects} == set(ProjectStatus.values)
    assert any(not p.is_published for p in projects)


def test_joint_projects_join_werkplaatsen_of_different_provinces(demo, projects):
    joint = [p for p in projects if p.workshops.all()]
    assert len(joint) >= 30
    through = Workshop.municipalities.through.objects
    for project in joint[:10]:
        other = project.workshops.all()[0]
        lead = set(
            through.filter(workshop=project.lead_workshop).values_list(
                "municipality__province", flat=True
            )
        )
        theirs = set(
            through.filter(workshop=other).values_list("municipality__province", flat=True)
        )
        assert not lead & theirs


def test_every_vocabulary_value_is_used(demo, db):
    assert set(LearningForm.objects.values_list("pk", flat=True)) <= set(
        Project.learning_forms.through.objects.values_list("learningform_id", flat=True)
    )
    assert set(BeneficiaryGroup.objects.values_list("pk", flat=True)) <= set(
        Project.beneficiary_groups.through.objects.values_list("beneficiarygroup_id", flat=True)
    )
    assert set(FundingKind.objects.values_list("pk", flat=True)) <= set(
        FundingSource.objects.values_list("kind_id", flat=True)
    )
    assert set(ParticipantRole.objects.values_list("pk", flat=True)) <= set(
        Participant.objects.values_list("role_id", flat=True)
    )
    assert set(LearningLevelClaim.objects.values_list("level", flat=True)) == set(
        LearningLevel.values
    )
    assert set(ProjectPartner.objects.values_list("role", flat=True)) == set(PartnerRole.values)
    assert set(EducationLink.objects.values_list("form", flat=True)) == set(EducationForm.values)
    types = {t for p in Project.objects.values_list("question_types", flat=True) for t in p}
    assert types == set(QuestionType.values)


def test_funding_is_mixed_and_education_reaches_hogeschool_and_roc(demo, db):
    kinds_per_project = Counter(FundingSource.objects.values_list("project_id", flat=True))
    assert sum(1 for n in kinds_per_project.values() if n >= 2) >= 100
    assert FundingSource.objects.filter(kind__slug="gemeente", funder__isnull=False).exists()
    assert FundingSource.objects.filter(kind__slug="regieorgaan-sia").count() >= 50
    kinds = set(EducationLink.objects.values_list("institution__kind__slug", flat=True))
    assert kinds == {"hogeschool", "roc"}


def test_questions_in_a_project_belong_to_a_project_of_their_werkplaats(demo, db):
    in_project = PracticeQuestion.objects.filter(state=State.IN_PROJECT)
    assert in_project.exists()
    for question in in_project.prefetch_related("projects"):
        projects = list(question.projects.all())
        assert len(projects) == 1
        assert projects[0].lead_workshop_id == question.workshop_id
        assert projects[0].status != ProjectStatus.FINISHED
    answered = PracticeQuestion.objects.filter(state=State.ANSWERED, projects__isnull=False)
    assert answered.exists()
    assert not answered.exclude(projects__status=ProjectStatus.FINISHED).exists()


def test_a_second_run_changes_nothing(demo, db):
    count = Project.objects.count()

    assert load_demo_projects(today=TODAY).created == 0
    assert Project.objects.count() == count
