"""/api/v1/projects/ for roles that may see more: the coordinators of a project's werkplaatsen
and network editors also get every participant by name, with or without consent; anyone else
gets exactly the public fields."""

import pytest

from werkplaats.projects.tests.builders import HIDDEN_NAME, full_project

pytestmark = pytest.mark.django_db

LIST = "/api/v1/projects/"
PUBLIC_FIELDS = {
    "url",
    "uuid",
    "slug",
    "title",
    "background",
    "goal",
    "approach",
    "result",
    "status",
    "start_date",
    "end_date",
    "lead_workshop",
    "workshops",
    "is_joint",
    "question_types",
    "themes",
    "learning_forms",
    "beneficiary_groups",
    "questions",
    "other_question_count",
    "participants",
    "partners",
    "funding_sources",
    "education_links",
    "learning_levels",
    "learning_outcomes",
    "results",
    "is_published",
    "published_at",
}


def _get(client, user, url):
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.json()


def test_a_visitor_gets_exactly_the_public_fields_and_no_hidden_participant(client, twente):
    project = full_project(twente)

    rows = _get(client, None, LIST)["results"]
    detail = _get(client, None, f"{LIST}{project.slug}/")

    assert [set(row) for row in rows] == [PUBLIC_FIELDS]
    assert set(detail) == PUBLIC_FIELDS
    assert HIDDEN_NAME.split()[0] not in str(rows) + str(detail)
    assert "@" not in str(rows) + str(detail)


@pytest.mark.parametrize("username", ["cor", "noor", "ada"])
def test_coordinators_of_its_werkplaatsen_and_editors_see_every_named_participant(
    client, request, twente, username
):
    project = full_project(twente)

    detail = _get(client, request.getfixturevalue(username), f"{LIST}{project.slug}/")

    named = {p["name"]: p for p in detail["for_roles"]["participants"]}
    assert set(named) == {"Openbare Deelneemster", HIDDEN_NAME}
    assert named[HIDDEN_NAME]["is_public"] is False
    assert named[HIDDEN_NAME]["organisation"] is None
    assert named["Openbare Deelneemster"]["organisation"] is not None
    # the public part stays public: the hidden person is still only counted there
    assert HIDDEN_NAME not in str(detail["participants"])
    assert "@" not in str(detail)


def test_a_coordinator_of_a_participating_werkplaats_sees_them_too(client, otto, twente, zeeland):
    project = full_project(twente, others=[zeeland])

    detail = _get(client, otto, f"{LIST}{project.slug}/")

    assert HIDDEN_NAME in {p["name"] for p in detail["for_roles"]["participants"]}


def test_the_coordinator_of_zeeland_does_not_see_twentes_hidden_participants(client, otto, twente):
    project = full_project(twente)

    rows = _get(client, otto, LIST)["results"]
    detail = _get(client, otto, f"{LIST}{project.slug}/")

    assert set(detail) == PUBLIC_FIELDS
    assert all(set(row) == PUBLIC_FIELDS for row in rows)
    assert HIDDEN_NAME.split()[0] not in str(rows) + str(detail)


def test_a_member_sees_only_the_public_fields(client, mila, twente):
    project = full_project(twente)

    assert set(_get(client, mila, f"{LIST}{project.slug}/")) == PUBLIC_FIELDS


def test_the_list_for_a_coordinator_runs_a_constant_number_of_queries(
    client, cor, twente, django_assert_max_num_queries
):
    client.force_login(cor)
    full_project(twente, title="Eerste project")
    with django_assert_max_num_queries(25) as few:
        assert len(client.get(LIST).json()["results"]) == 1
    for number in range(4):
        full_project(twente, title=f"Meer project {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        rows = client.get(LIST).json()["results"]

    assert len(rows) == 5
    assert all(len(row["for_roles"]["participants"]) == 2 for row in rows)
