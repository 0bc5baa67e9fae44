import pytest
from django.urls import reverse

from werkplaats.network.models import Organisation, OrganisationKind, ParticipantRole
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory
from werkplaats.projects import services
from werkplaats.projects.models import FundingKind, Project
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.questions.constants import State
from werkplaats.questions.services import workflow
from werkplaats.questions.tests.factories import submit

pytestmark = pytest.mark.django_db


def create_url(slug="twente"):
    return reverse("projects:create", kwargs={"workshop_slug": slug})


def section_url(project, section):
    return reverse("projects:manage_section", kwargs={"slug": project.slug, "section": section})


def management(prefix, total=0, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def accepted(workshop, actor):
    question, _token = submit(workshop=workshop)
    workflow.start_intake(question, actor)
    workflow.accept_question(question, actor)
    return question


def test_a_coordinator_creates_a_joint_project_from_an_accepted_question(
    client, cor, twente, zeeland
):
    question = accepted(twente, cor)
    client.force_login(cor)

    page = client.get(f"{create_url()}?question={question.uuid}")
    assert page.status_code == 200
    assert question.title in page.content.decode()  # prefilled for the coordinator

    response = client.post(
        f"{create_url()}?question={question.uuid}",
        {
            "title": "Eenzaamheid samen met Zeeland",
            "status": "running",
            "workshops": [zeeland.pk],
            "questions": [question.pk],
            "question_types": ["action"],
        },
    )

    project = Project.objects.get(title="Eenzaamheid samen met Zeeland")
    assert response.status_code == 302
    assert list(project.workshops.all()) == [zeeland]
    question.refresh_from_db()
    assert question.state == State.IN_PROJECT


def test_the_triage_page_offers_to_turn_an_accepted_question_into_a_project(client, cor, twente):
    question = accepted(twente, cor)
    client.force_login(cor)

    body = client.get(
        reverse("questions:detail", kwargs={"slug": "twente", "uuid": question.uuid})
    ).content.decode()

    assert f"?question={question.uuid}" in body


def test_another_werkplaats_coordinator_cannot_create_or_edit(client, otto, twente):
    project = ProjectFactory(lead_workshop=twente)
    client.force_login(otto)

    assert client.get(create_url()).status_code == 403
    assert client.get(reverse("projects:manage", kwargs={"slug": project.slug})).status_code == 403
    assert client.get(section_url(project, "partners")).status_code == 403


def test_a_coordinator_of_a_participating_werkplaats_may_edit(client, otto, twente, zeeland):
    project = ProjectFactory(lead_workshop=twente)
    project.workshops.add(zeeland)
    client.force_login(otto)

    assert client.get(reverse("projects:manage", kwargs={"slug": project.slug})).status_code == 200


def test_visitors_are_sent_to_log_in(client, twente):
    project = ProjectFactory(lead_workshop=twente)

    response = client.get(reverse("projects:manage", kwargs={"slug": project.slug}))

    assert response.status_code == 302 and "login" in response["Location"]


def test_a_refused_row_keeps_everything_typed(client, cor, twente):
    project = ProjectFactory(lead_workshop=twente)
    client.force_login(cor)
    data = {
        **management("financiering", total=2),
        "financiering-0-kind": FundingKind.objects.get(slug="gemeente").pk,
        "financiering-0-funder_name": "Gemeente Hengelo",
        "financiering-0-scheme": "Wijkbudget Noord",
        "financiering-0-amount": "12500",
        "financiering-1-kind": FundingKind.objects.get(slug="regieorgaan-sia").pk,
        "financiering-1-funder_name": "Regieorgaan SIA",
        "financiering-1-scheme": "RAAK-publiek",
        "financiering-1-start_date": "2026-01-01",
        "financiering-1-end_date": "2025-01-01",
    }

    response = client.post(section_url(project, "financiering"), data)

    body = response.content.decode()
    assert response.status_code == 400
    assert "Wijkbudget Noord" in body and "RAAK-publiek" in body and "12500" in body
    assert not project.funding_sources.exists()


def test_a_new_partner_organisation_is_added_without_losing_the_rows(client, cor, twente):
    project = ProjectFactory(lead_workshop=twente)
    existing = OrganisationFactory(name="Wijkracht Almelo")
    kind = OrganisationKind.objects.get(slug="clientenorganisatie")
    client.force_login(cor)
    data = {
        **management("partners", total=2),
        "partners-0-organisation": existing.pk,
        "partners-0-role": "practice",
        "partners-1-role": "advisory",
        "partners-1-new_organisation_name": "Bewonersplatform Twekkelo",
    }

    first = client.post(section_url(project, "partners"), data)
    assert first.status_code == 400  # the kind of the new organisation is missing
    assert "Bewonersplatform Twekkelo" in first.content.decode()

    data["partners-1-new_organisation_kind"] = kind.pk
    second = client.post(section_url(project, "partners"), data)

    assert second.status_code == 302
    assert set(project.partners.values_list("organisation__name", flat=True)) == {
        "Wijkracht Almelo",
        "Bewonersplatform Twekkelo",
    }
    assert Organisation.objects.get(name="Bewonersplatform Twekkelo").kind == kind


def test_participants_are_added_edited_and_removed_through_the_formset(client, cor, twente):
    project = ProjectFactory(lead_workshop=twente)
    person = PersonFactory()
    person.workshops.add(twente)
    student = ParticipantRole.objects.get(slug="student")
    services.add_participant(project, role=student)
    client.force_login(cor)
    row = project.participants.get()
    data = {
        **management("deelnemers", total=2, initial=1),
        "deelnemers-0-id": row.pk,
        "deelnemers-0-project": project.pk,
        "deelnemers-0-role": student.pk,
        "deelnemers-0-DELETE": "on",
        "deelnemers-1-person": person.pk,
        "deelnemers-1-role": ParticipantRole.objects.get(slug="onderzoeker").pk,
    }

    response = client.post(section_url(project, "deelnemers"), data)

    assert response.status_code == 302
    assert list(project.participants.values_list("person", "role__slug")) == [
        (person.pk, "onderzoeker")
    ]


def test_finishing_from_the_site_answers_the_question(client, cor, twente):
    question = accepted(twente, cor)
    project = services.create_project(
        lead_workshop=twente, title="Af te ronden", questions=[question], actor=cor
    )
    client.force_login(cor)

    client.post(
        reverse("projects:manage_finish", kwargs={"slug": project.slug}),
        {"answer": "De handreiking staat online."},
    )

    question.refresh_from_db()
    assert question.state == State.ANSWERED


def test_publishing_makes_a_draft_public(client, cor, twente):
    project = ProjectFactory(lead_workshop=twente, is_published=False)
    client.force_login(cor)

    client.post(reverse("projects:manage_publish", kwargs={"slug": project.slug}), {"publish": "1"})

    project.refresh_from_db()
    assert project.is_published and project.published_at


@pytest.mark.parametrize(
    "section", ["deelnemers", "partners", "financiering", "onderwijs", "leerniveaus", "opbrengsten"]
)
def test_every_section_opens_with_its_rows(client, cor, twente, section):
    from werkplaats.projects.tests.builders import full_project

    project = full_project(twente)
    client.force_login(cor)

    response = client.get(section_url(project, section))

    assert response.status_code == 200
    assert response.content.decode().count('<fieldset class="record">') >= 3


def test_the_edit_page_opens_with_the_project_filled_in(client, cor, twente):
    from werkplaats.projects.tests.builders import full_project

    project = full_project(twente)
    client.force_login(cor)

    body = client.get(reverse("projects:manage", kwargs={"slug": project.slug})).content.decode()

    assert "Wijkteams missen de stem" in body
