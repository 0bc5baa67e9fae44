import pytest

from werkplaats.network.tests.factories import WorkshopFactory
from werkplaats.projects.tests.builders import HIDDEN_NAME, full_project
from werkplaats.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/projects/"


def test_visitors_get_published_projects_with_their_public_record(client, twente, zeeland):
    project = full_project(twente, others=[zeeland])
    ProjectFactory(title="Geheim concept", lead_workshop=twente, is_published=False)

    data = client.get(LIST).json()

    assert data["count"] == 1
    row = data["results"][0]
    assert row["slug"] == project.slug
    assert row["is_joint"] is True and row["workshops"] == ["zeeland"]
    assert row["participants"]["total"] == 3
    assert {"role": "sociaal-professional", "count": 2} in row["participants"]["counts_by_role"]
    assert [p["name"] for p in row["participants"]["named"]] == ["Openbare Deelneemster"]
    assert {f["kind"] for f in row["funding_sources"]} == {"basissubsidie-vws", "gemeente"}
    assert row["education_links"][0]["students"] == 14
    assert row["learning_outcomes"][0]["text"] == "Luisteren voor oplossen."
    assert row["results"][0]["text"].startswith("Handreiking")


def test_a_participant_without_consent_is_never_named_and_no_email_is_given(client, otto, twente):
    project = full_project(twente)

    # Twente's coordinators see more (test_api_roles.py); Zeeland's coordinator does not.
    for user in (None, otto):
        if user:
            client.force_login(user)
        for address in (LIST, f"{LIST}{project.slug}/"):
            body = client.get(address).content.decode()
            assert HIDDEN_NAME.split()[0] not in body
            assert "@" not in body


def test_drafts_are_only_for_coordinators_of_their_werkplaatsen(client, cor, otto, twente):
    draft = ProjectFactory(title="Concept", lead_workshop=twente, is_published=False)
    address = f"{LIST}{draft.slug}/"

    assert client.get(address).status_code == 404
    client.force_login(otto)
    assert client.get(address).status_code == 404
    client.force_login(cor)
    assert client.get(address).json()["is_published"] is False


@pytest.mark.parametrize(
    "query, count",
    [("workshop=zeeland", 1), ("workshop=twente", 2), ("status=finished", 0), ("year=2025", 1)],
)
def test_the_list_filters(client, twente, zeeland, query, count):
    full_project(twente, others=[zeeland])
    ProjectFactory(lead_workshop=twente, start_date="2019-01-01", end_date="2020-01-01")

    assert client.get(f"{LIST}?{query}").json()["count"] == count


def test_an_unknown_filter_value_is_refused(client, db):
    response = client.get(f"{LIST}?theme=bestaat-niet")

    assert response.status_code == 400


def test_the_list_runs_a_constant_number_of_queries(client, twente, django_assert_max_num_queries):
    full_project(twente, title="Eerste")
    with django_assert_max_num_queries(20) as few:
        client.get(LIST)
    for index in range(5):
        full_project(twente, title=f"Project {index}", others=WorkshopFactory.create_batch(2))
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(LIST).json()["count"] == 6
