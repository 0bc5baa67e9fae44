import pytest
from django.urls import reverse

from werkplaats.network.models import Municipality, Theme
from werkplaats.network.tests.factories import WorkshopFactory
from werkplaats.projects import services
from werkplaats.projects.models import LearningForm
from werkplaats.projects.tests.builders import HIDDEN_NAME, full_project
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.questions.services import workflow
from werkplaats.questions.tests.factories import submit

pytestmark = pytest.mark.django_db

LIST = reverse("projects:list")


def detail(project):
    return reverse("projects:detail", kwargs={"slug": project.slug})


def test_the_list_shows_published_projects_and_hides_drafts_from_visitors(client, twente):
    ProjectFactory(title="Openbaar project", lead_workshop=twente)
    ProjectFactory(title="Conceptproject", lead_workshop=twente, is_published=False)

    body = client.get(LIST).content.decode()

    assert "Openbaar project" in body
    assert "Conceptproject" not in body


def test_a_coordinator_sees_drafts_of_their_own_werkplaats_only(client, cor, otto, zeeland):
    draft = ProjectFactory(
        title="Concept Twente", lead_workshop=cor.coordinated_workshops.get(), is_published=False
    )
    joint = ProjectFactory(title="Concept samen", lead_workshop=zeeland, is_published=False)
    joint.workshops.add(cor.coordinated_workshops.get())

    client.force_login(cor)
    body = client.get(LIST).content.decode()
    assert "Concept Twente" in body and "Concept samen" in body
    assert client.get(detail(draft)).status_code == 200

    client.force_login(otto)
    assert client.get(detail(draft)).status_code == 404
    assert client.get(detail(joint)).status_code == 200


@pytest.mark.parametrize(
    "query, expected",
    [
        ("werkplaats=zeeland", {"Gezamenlijk"}),
        ("werkplaats=twente", {"Gezamenlijk", "Alleen Twente"}),
        ("province=zeeland", {"Gezamenlijk"}),
        ("theme=jeugd", {"Alleen Twente"}),
        ("type=monitoring", {"Alleen Twente"}),
        ("learning_form=living-lab", {"Gezamenlijk"}),
        ("status=finished", {"Alleen Twente"}),
        ("year=2021", {"Alleen Twente"}),
        ("year=2025", {"Gezamenlijk"}),
        ("q=gezamenlijk", {"Gezamenlijk"}),
    ],
)
def test_the_list_filters(client, twente, zeeland, query, expected):
    zeeland.municipalities.add(Municipality.objects.get(code="GM0687"))  # Middelburg
    services.create_project(
        lead_workshop=twente,
        title="Gezamenlijk",
        workshops=[zeeland],
        learning_forms=[LearningForm.objects.get(slug="living-lab")],
        start_date="2024-09-01",
        is_published=True,
    )
    services.create_project(
        lead_workshop=twente,
        title="Alleen Twente",
        themes=[Theme.objects.get(slug="jeugd")],
        question_types=["monitoring", "action"],
        status="finished",
        start_date="2020-01-01",
        end_date="2021-12-31",
        is_published=True,
    )

    response = client.get(f"{LIST}?{query}")

    shown = {
        title
        for title in ("Gezamenlijk", "Alleen Twente")
        if f">{title}<" in response.content.decode()
    }
    assert shown == expected


def test_an_unknown_filter_value_is_a_message_not_an_error(client, db):
    response = client.get(f"{LIST}?theme=bestaat-niet&year=1900")

    assert response.status_code == 200
    assert (
        "We do not know this theme" in response.content.decode()
        or "thema" in response.content.decode()
    )


def test_the_list_runs_a_constant_number_of_queries(
    client, twente, zeeland, django_assert_max_num_queries
):
    def make(n):
        for _ in range(n):
            project = ProjectFactory(lead_workshop=twente)
            project.workshops.add(zeeland)
            project.themes.add(
                *__import__("werkplaats.network.models", fromlist=["Theme"]).Theme.objects.all()[:3]
            )

    make(2)
    with django_assert_max_num_queries(12) as few:
        client.get(LIST)
    make(20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(LIST)


def test_the_project_page_shows_everything_recorded(client, twente, zeeland):
    project = full_project(twente, others=[zeeland])

    body = client.get(detail(project)).content.decode()

    for text in (
        "Wijkteams missen de stem",  # background
        "Samen een werkwijze",  # goal
        "Een leeratelier met",  # approach
        "Een handreiking voor wijkteams.",  # result
        zeeland.name,  # joint project
        "Openbare Deelneemster",
        "Ministerie van VWS",
        "Gemeente Enschede",
        "Sociaal Werk (mbo 4)",
        "Professionals oefenen samen.",
        "Luisteren voor oplossen.",
        "Handreiking ervaringskennis in het wijkteam.",
        "Leeratelier",
        "Bewoners van een wijk",
    ):
        assert text in body, text


def test_a_participant_without_consent_appears_only_as_a_count(client, cor, twente):
    project = full_project(twente)

    for user in (None, cor):
        if user:
            client.force_login(user)
        body = client.get(detail(project)).content.decode()
        assert HIDDEN_NAME.split()[0] not in body
        assert "Sociaal professional: 1" in body
        assert "Student (hbo/mbo): 1" in body


def test_only_published_questions_show_their_public_title(client, twente, cor):
    published, _token = submit(workshop=twente)
    private, _token = submit(workshop=twente, title="Geheime eigen titel van de indiener")
    for question in (published, private):
        workflow.start_intake(question, cor)
        workflow.accept_question(question, cor)
    workflow.publish_question(published, cor, "Openbare titel van de vraag", "Samenvatting.")
    project = services.create_project(
        lead_workshop=twente, title="Met vragen", questions=[published, private], is_published=True
    )

    body = client.get(detail(project)).content.decode()

    assert "Openbare titel van de vraag" in body
    assert "Geheime eigen titel" not in body
    assert "niet op het openbare vragenbord" in body


def test_the_project_page_runs_a_constant_number_of_queries(
    client, twente, django_assert_max_num_queries
):
    small = full_project(twente, title="Klein project")
    big = full_project(twente, title="Groot project", others=WorkshopFactory.create_batch(4))
    for _ in range(10):
        services.record_result(big, "Nog een resultaat.")

    with django_assert_max_num_queries(20) as few:
        client.get(detail(small))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(detail(big))


def test_the_werkplaats_page_lists_its_projects_lead_or_joint(client, twente, zeeland):
    ProjectFactory(title="Zeeuws project met Twente", lead_workshop=zeeland).workshops.add(twente)
    ProjectFactory(title="Concept in Twente", lead_workshop=twente, is_published=False)

    body = client.get(reverse("network:workshop", kwargs={"slug": "twente"})).content.decode()

    assert "Zeeuws project met Twente" in body
    assert "Concept in Twente" not in body


def test_the_home_page_shows_newly_published_projects_but_no_drafts(client, twente):
    services.create_project(lead_workshop=twente, title="Net gepubliceerd", is_published=True)
    services.create_project(lead_workshop=twente, title="Nog een concept")

    body = client.get(reverse("network:home")).content.decode()

    assert "Net gepubliceerd" in body
    assert "Nog een concept" not in body
