"""Bad input to the API gets a clear JSON error a person can act on, never a 500."""

import pytest

pytestmark = pytest.mark.django_db

LISTS = ["workshops", "organisations", "municipalities", "people"]


@pytest.mark.parametrize("path", LISTS)
def test_it_refuses_an_oversized_query_string_with_414_json(client, settings, path):
    response = client.get(f"/api/v1/{path}/?search=" + "a" * settings.MAX_QUERY_STRING_LENGTH)

    assert response.status_code == 414
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


def test_it_answers_a_query_string_just_within_the_limit(client, settings):
    query = "ordering=name&x=" + "a" * (settings.MAX_QUERY_STRING_LENGTH - 16)

    response = client.get(f"/api/v1/workshops/?{query}")

    assert response.status_code == 200


@pytest.mark.parametrize("path", LISTS)
def test_it_refuses_a_search_longer_than_it_can_use_with_400(client, path):
    response = client.get(f"/api/v1/{path}/?search=" + "a" * 201)

    assert response.status_code == 400
    assert "search" in response.json()["errors"]


@pytest.mark.parametrize("path", LISTS)
def test_it_refuses_a_null_character_in_a_search_with_400(client, path):
    response = client.get(f"/api/v1/{path}/?search=a%00b")

    assert response.status_code == 400
    assert "search" in response.json()["errors"]


@pytest.mark.parametrize(
    "query",
    ["workshops/?theme=a%00b", "people/?organisation=a%00b", "municipalities/?province=%00"],
)
def test_it_refuses_a_null_character_in_a_filter_with_400(client, query):
    assert client.get(f"/api/v1/{query}").status_code == 400


@pytest.mark.parametrize("path", ["workshops/a%00b/", "people/a%00b/", "municipalities/GM%000/"])
def test_it_answers_404_json_for_a_null_character_in_an_address(client, path):
    response = client.get(f"/api/v1/{path}")

    assert response.status_code == 404
    assert response.json()["detail"]


def test_it_answers_404_json_for_an_unknown_endpoint(client):
    response = client.get("/api/v1/nothing-here/")

    assert response.status_code == 404
    assert response.json()["detail"]


def test_it_ignores_a_page_size_that_is_no_number(client):
    response = client.get("/api/v1/municipalities/?page_size=many")

    assert response.status_code == 200
    assert len(response.json()["results"]) == 50


def test_it_caps_the_page_size(client):
    response = client.get("/api/v1/municipalities/?page_size=100000")

    assert len(response.json()["results"]) == 200


def test_it_is_read_only(client, noor):
    client.force_login(noor)

    response = client.post("/api/v1/workshops/", {"name": "Nieuw"}, content_type="application/json")

    assert response.status_code == 405
    assert response.json()["detail"]
