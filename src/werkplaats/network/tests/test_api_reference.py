"""The API over the real reference network: the 15 werkplaatsen and every Dutch municipality."""

import csv

import pytest

from werkplaats.network.reference import WORKSHOPS_CSV, load_reference_network

pytestmark = pytest.mark.django_db


@pytest.fixture
def reference():
    load_reference_network()


def _all_results(client, address):
    results = []
    while address:
        body = client.get(address).json()
        results += body["results"]
        address = body["next"]
    return results


def test_it_lists_the_15_werkplaatsen_with_the_slugs_of_the_data_file(client, reference):
    with WORKSHOPS_CSV.open(encoding="utf-8") as handle:
        expected = {row["slug"] for row in csv.DictReader(handle)}

    body = client.get("/api/v1/workshops/?page_size=100").json()

    assert body["count"] == 15
    assert {w["slug"] for w in body["results"]} == expected
    assert all(w["lead_organisations"] and w["municipality_count"] for w in body["results"])


def test_every_municipality_names_at_least_one_werkplaats(client, reference):
    municipalities = _all_results(client, "/api/v1/municipalities/")

    assert len(municipalities) > 300
    assert [m["code"] for m in municipalities if not m["workshops"]] == []


def test_sudwest_is_found_with_and_without_its_accent(client, reference):
    for term in ["Súdwest", "sudwest", "Súdwest-Fryslân"]:
        results = client.get("/api/v1/municipalities/", {"search": term}).json()["results"]
        assert [m["code"] for m in results] == ["GM1900"], term
        assert "friesland" in [w["slug"] for w in results[0]["workshops"]]
        organisations = client.get("/api/v1/organisations/", {"search": term}).json()["results"]
        assert [o["municipality_code"] for o in organisations] == ["GM1900"], term


def test_the_full_lists_take_a_constant_number_of_queries(
    client, reference, django_assert_max_num_queries
):
    with django_assert_max_num_queries(7):
        client.get("/api/v1/workshops/?page_size=100")
    with django_assert_max_num_queries(4):
        client.get("/api/v1/municipalities/?page_size=200")
    with django_assert_max_num_queries(7):
        client.get("/api/v1/organisations/?page_size=200")
