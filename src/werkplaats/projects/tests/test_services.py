import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from werkplaats.network.models import Organisation, OrganisationKind, ParticipantRole
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory
from werkplaats.projects import services
from werkplaats.projects.constants import LearningLevel, OutcomeKind, ProjectStatus
from werkplaats.projects.models import FundingKind, LearningForm
from werkplaats.questions.constants import State
from werkplaats.questions.services import workflow
from werkplaats.questions.tests.factories import submit

pytestmark = pytest.mark.django_db


def accepted_question(workshop, actor, **fields):
    question, _token = submit(workshop=workshop, **fields)
    workflow.start_intake(question, actor)
    workflow.accept_question(question, actor)
    return question


def test_it_creates_a_joint_project_under_a_readable_slug(twente, zeeland, cor):
    project = services.create_project(
        lead_workshop=twente,
        title="Eenzaamheid samen aanpakken",
        workshops=[twente, zeeland],
        learning_forms=[LearningForm.objects.get(slug="living-lab")],
        question_types=["action", "action", "monitoring"],
        actor=cor,
    )

    assert project.slug == "eenzaamheid-samen-aanpakken"
    assert list(project.workshops.all()) == [zeeland]  # the lead is not also a participant
    assert project.question_types == ["action", "monitoring"]
    assert project.is_published is False
    assert project.created_by == cor


def test_it_refuses_an_end_before_the_start(twente):
    with pytest.raises(ValidationError) as error:
        services.create_project(
            lead_workshop=twente,
            title="Verkeerd om",
            start_date=datetime.date(2025, 5, 1),
            end_date=datetime.date(2025, 1, 1),
        )
    assert "end_date" in error.value.message_dict


def test_it_refuses_an_unknown_question_type(twente):
    with pytest.raises(ValidationError):
        services.create_project(lead_workshop=twente, title="Raar", question_types=["nonsense"])


def test_taking_up_an_accepted_question_moves_it_into_the_project(twente, cor):
    question = accepted_question(twente, cor)
    project = services.create_project(lead_workshop=twente, title="Vraag wordt project")

    services.take_up_question(project, question, cor)

    question.refresh_from_db()
    assert question.state == State.IN_PROJECT
    assert list(project.questions.all()) == [question]
    assert question.events.filter(to_state=State.IN_PROJECT, actor=cor).exists()


def test_it_refuses_to_take_up_a_question_still_in_intake(twente, cor):
    question, _token = submit(workshop=twente)
    workflow.start_intake(question, cor)
    project = services.create_project(lead_workshop=twente, title="Te vroeg")

    with pytest.raises(ValidationError):
        services.take_up_question(project, question, cor)

    question.refresh_from_db()
    assert question.state == State.INTAKE
    assert not project.questions.exists()


def test_finishing_a_project_answers_its_questions(twente, cor):
    question = accepted_question(twente, cor)
    project = services.create_project(
        lead_workshop=twente,
        title="Afronden",
        result="Een handreiking voor wijkteams.",
        start_date=datetime.date(2025, 1, 1),
        questions=[question],
        actor=cor,
    )

    services.finish_project(project, cor, on=datetime.date(2025, 12, 1))

    question.refresh_from_db()
    assert project.status == ProjectStatus.FINISHED
    assert project.end_date == datetime.date(2025, 12, 1)
    assert question.state == State.ANSWERED
    answer = question.events.get(to_state=State.ANSWERED)
    assert "Een handreiking voor wijkteams." in answer.text


def test_finishing_leaves_a_closed_question_alone(twente, cor):
    question = accepted_question(twente, cor)
    project = services.create_project(
        lead_workshop=twente, title="Gesloten vraag", questions=[question], actor=cor
    )
    workflow.answer_question(question, cor, "Al beantwoord.")
    workflow.close_question(question, cor)

    services.finish_project(project, cor)

    question.refresh_from_db()
    assert question.state == State.CLOSED


def test_updating_the_questions_takes_up_only_the_new_ones(twente, cor):
    first = accepted_question(twente, cor)
    second = accepted_question(twente, cor)
    project = services.create_project(
        lead_workshop=twente, title="Twee vragen", questions=[first], actor=cor
    )

    services.update_project(project, questions=[first, second], actor=cor, goal="Nieuw doel")

    second.refresh_from_db()
    assert second.state == State.IN_PROJECT
    assert set(project.questions.all()) == {first, second}
    assert first.events.filter(to_state=State.IN_PROJECT).count() == 1


def test_it_records_participants_partners_funding_and_education(twente):
    project = services.create_project(lead_workshop=twente, title="Alles erbij")
    student = ParticipantRole.objects.get(slug="student")
    person = PersonFactory()
    hogeschool = OrganisationFactory(kind=OrganisationKind.objects.get(slug="hogeschool"))

    services.add_participant(project, role=student, person=person, organisation=hogeschool)
    services.add_participant(project, role=student)  # unnamed, counted
    services.add_partner(project, hogeschool, "research")
    services.add_funding_source(
        project,
        kind=FundingKind.objects.get(slug="basissubsidie-vws"),
        funder_name="Ministerie van VWS",
        amount=Decimal("25000.00"),
    )
    services.add_education_link(
        project,
        institution=hogeschool,
        programme="Social Work",
        form="minor",
        students=12,
        academic_year="2025-2026",
    )

    assert project.participants.count() == 2
    assert project.partners.get().role == "research"
    assert project.funding_sources.get().amount == Decimal("25000.00")
    assert project.education_links.get().students == 12


def test_it_refuses_the_same_person_twice_in_the_same_role(twente):
    project = services.create_project(lead_workshop=twente, title="Dubbel")
    role = ParticipantRole.objects.get(slug="onderzoeker")
    person = PersonFactory()
    services.add_participant(project, role=role, person=person)

    with pytest.raises(ValidationError):
        services.add_participant(project, role=role, person=person)


def test_an_education_link_needs_a_hogeschool_or_roc_and_a_real_academic_year(twente):
    project = services.create_project(lead_workshop=twente, title="Onderwijs")
    welfare = OrganisationFactory()
    roc = OrganisationFactory(kind=OrganisationKind.objects.get(slug="roc"))

    with pytest.raises(ValidationError) as error:
        services.add_education_link(
            project, institution=welfare, programme="X", students=3, academic_year="2025-2026"
        )
    assert "institution" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        services.add_education_link(
            project, institution=roc, programme="X", students=3, academic_year="2025-2027"
        )
    assert "academic_year" in error.value.message_dict


def test_a_new_partner_organisation_is_registered_with_the_partnership(twente):
    project = services.create_project(lead_workshop=twente, title="Nieuwe partner")

    partner = services.add_partner_with_new_organisation(
        project,
        name="Buurtkracht Hengelo",
        kind=OrganisationKind.objects.get(slug="clientenorganisatie"),
        role="practice",
    )

    assert partner.organisation.slug == "buurtkracht-hengelo"
    assert Organisation.objects.filter(name="Buurtkracht Hengelo").count() == 1


def test_a_learning_level_is_claimed_once_and_can_be_rewritten(twente):
    project = services.create_project(lead_workshop=twente, title="Niveaus")

    services.claim_learning_level(project, LearningLevel.MUNICIPALITIES, "Beleid verandert.")
    services.claim_learning_level(project, LearningLevel.MUNICIPALITIES, "Beleid is veranderd.")

    claim = project.learning_levels.get()
    assert claim.substantiation == "Beleid is veranderd."
    with pytest.raises(ValidationError):
        services.claim_learning_level(project, LearningLevel.PRACTICES, "  ")


def test_learning_outcomes_and_results_are_kept_apart(twente):
    project = services.create_project(lead_workshop=twente, title="Leren en leveren")

    services.record_learning_outcome(project, "We leerden luisteren.", source="Reflectie mei")
    services.record_result(project, "Een handreiking.")

    kinds = sorted(project.outcomes.values_list("kind", flat=True))
    assert kinds == [OutcomeKind.LEARNING, OutcomeKind.RESULT]
