"""``/api/v1/indicators/``: the same figures as ``compute()``, for the viewer's scope."""

import json

import pytest
from django.utils import translation

from werkplaats.monitoring.api import figure_data
from werkplaats.monitoring.indicators import compute

from .small_network import PERIOD, SECRET, build

LIST = "/api/v1/indicators/"


@pytest.fixture
def network(twente, zeeland, cor):
    return build(twente, zeeland, cor)


def test_the_list_equals_compute_for_a_visitor(client, network):
    response = client.get(LIST, {"period": PERIOD.key, "werkplaats": "twente"})
    assert response.status_code == 200
    data = response.json()
    expected = [figure_data(figure) for figure in compute(network.scope(internal=False))]
    assert data["results"] == json.loads(json.dumps(expected))
    assert data["scope"] == {
        "period": "2020-2022",
        "werkplaats": "twente",
        "theme": None,
        "internal": False,
    }
    keys = [item["key"] for item in data["results"]]
    assert "questions-first-response" not in keys
    first = data["results"][0]
    assert first["trace_url"].startswith("/monitoring/herkomst/questions-by-type/?period=2020-2022")


def test_a_coordinator_gets_the_internal_figures_of_their_werkplaats(client, network, cor):
    client.force_login(cor)
    data = client.get(LIST, {"period": PERIOD.key, "werkplaats": "twente"}).json()
    assert data["scope"]["internal"] is True
    by_key = {item["key"]: item for item in data["results"]}
    assert by_key["projects-by-status"]["total"] == 2
    assert "questions-first-response" in by_key


def test_another_coordinator_gets_only_public_figures(client, network, otto):
    client.force_login(otto)
    response = client.get(LIST, {"period": PERIOD.key, "werkplaats": "twente"})
    data = response.json()
    assert data["scope"]["internal"] is False
    assert {item["key"]: item for item in data["results"]}["projects-by-status"]["total"] == 1
    assert SECRET not in response.content.decode()


def test_one_indicator_equals_its_figure(client, network):
    response = client.get(
        "/api/v1/indicators/funding-amount-by-kind/", {"period": PERIOD.key, "werkplaats": "twente"}
    )
    assert response.status_code == 200
    data = response.json()
    assert data["total"] == 120000
    assert {row["key"]: row["value"] for row in data["rows"]} == {
        "basissubsidie-vws": 60000,
        "gemeente": 60000,
    }


def test_an_unknown_or_internal_indicator_is_not_found_for_a_visitor(client, network):
    assert client.get("/api/v1/indicators/nope/").status_code == 404
    assert client.get("/api/v1/indicators/questions-first-response/").status_code == 404


def test_bad_parameters_answer_400_with_messages_for_people(client, network):
    # The API speaks the site's language (Dutch): its address has no language prefix.
    response = client.get(LIST, {"colour": "red"})
    assert response.status_code == 400
    assert response.json()["errors"] == {"colour": ["Onbekende parameter."]}
    response = client.get(LIST, {"period": "2022-2020", "werkplaats": "atlantis"})
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"period", "werkplaats"}
    with translation.override("en"):
        from werkplaats.monitoring.api import scope_of

        class Request:
            query_params = {"period": "2022-2020", "werkplaats": "atlantis"}
            user = None

        with pytest.raises(Exception) as raised:
            scope_of(Request())
    detail = raised.value.detail
    assert "The period ends before it starts" in str(detail["period"][0])
    assert "We do not know this werkplaats" in str(detail["werkplaats"][0])


def test_the_list_runs_a_bounded_number_of_queries(
    client, network, noor, django_assert_max_num_queries
):
    client.force_login(noor)
    with django_assert_max_num_queries(200) as few:
        client.get(LIST, {"period": PERIOD.key})
    for number in range(2):
        build(network.twente, network.zeeland, noor, f" {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(LIST, {"period": PERIOD.key})
    assert response.json()["scope"]["internal"] is True
