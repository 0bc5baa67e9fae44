"""Partnerships of a werkplaats through the API: added, changed and ended by the coordinators'
forms and the network's services, by the werkplaats's own keys only."""

import datetime

import pytest
from rest_framework.test import APIClient

from werkplaats.network.models import Partnership
from werkplaats.network.tests.factories import OrganisationFactory, PartnershipFactory

pytestmark = pytest.mark.django_db

TWENTE = "/api/v1/workshops/twente/partners/"


@pytest.fixture
def saxion(db):
    return OrganisationFactory(name="Saxion", slug="saxion")


def _snapshot():
    return sorted(
        Partnership.objects.values_list(
            "workshop__slug", "organisation__slug", "role", "start_date", "end_date"
        )
    )


def test_anyone_reads_a_werkplaatss_partnerships(
    client_with, twente, saxion, django_assert_max_num_queries
):
    for n in range(5):
        PartnershipFactory(workshop=twente, organisation=OrganisationFactory(slug=f"org-{n}"))
    PartnershipFactory(workshop=twente, organisation=saxion, role="lead")
    with django_assert_max_num_queries(6):
        body = client_with().get(TWENTE).json()
    assert body["count"] == 6
    one = client_with().get(f"{TWENTE}saxion/lead/").json()
    assert one["workshop"] == "twente" and one["organisation"]["slug"] == "saxion"
    assert client_with().get(f"{TWENTE}saxion/funder/").status_code == 404
    assert client_with().get("/api/v1/workshops/nergens/partners/").status_code == 404


def test_a_write_key_adds_a_partner_to_its_werkplaats(client_with, twente_write_key, saxion):
    body = {"organisation": "saxion", "role": "lead", "start_date": "2025-01-01"}
    response = client_with(twente_write_key).post(TWENTE, body, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["role"] == "lead"
    partnership = Partnership.objects.get()
    assert partnership.workshop.slug == "twente" and partnership.start_date.year == 2025


def test_the_role_defaults_to_partner_as_in_the_form(client_with, twente_write_key, saxion):
    response = client_with(twente_write_key).post(TWENTE, {"organisation": "saxion"}, format="json")
    assert response.status_code == 201, response.json()
    assert Partnership.objects.get().role == "partner"


def test_a_read_key_and_nobody_may_not_add_a_partner(client_with, twente_read_key, saxion, twente):
    assert (
        client_with(twente_read_key)
        .post(TWENTE, {"organisation": "saxion"}, format="json")
        .status_code
        == 403
    )
    assert client_with().post(TWENTE, {"organisation": "saxion"}, format="json").status_code == 401
    assert not Partnership.objects.exists()


def test_a_key_may_not_add_a_partner_to_another_werkplaats(
    client_with, zeeland_write_key, saxion, twente
):
    response = client_with(zeeland_write_key).post(
        TWENTE, {"organisation": "saxion"}, format="json"
    )
    assert response.status_code == 403
    assert not Partnership.objects.exists()


def test_the_services_rules_answer_in_dutch_per_field(
    client_with, twente_write_key, twente, saxion
):
    PartnershipFactory(workshop=twente, organisation=saxion, role="partner")
    before = _snapshot()
    client = client_with(twente_write_key)
    response = client.post(TWENTE, {"organisation": "saxion", "role": "partner"}, format="json")
    assert response.status_code == 400 and set(response.json()["errors"]) == {"role"}
    body = {
        "organisation": "saxion",
        "role": "lead",
        "start_date": "2025-05-01",
        "end_date": "2024-01-01",
    }
    response = client.post(TWENTE, body, format="json")
    assert response.status_code == 400 and set(response.json()["errors"]) == {"end_date"}
    response = client.post(TWENTE, {"role": "lead"}, format="json")
    assert response.json()["errors"]["organisation"] == ["Dit veld is vereist."]
    assert _snapshot() == before


def test_wrong_json_types_for_a_partnership_are_a_400_not_a_crash(
    client_with, twente_write_key, saxion, twente
):
    client = client_with(twente_write_key)
    for body in (
        {"organisation": {"slug": "saxion"}},
        {"organisation": "saxion", "role": "baas"},
        {"organisation": "saxion", "start_date": 2025},
        {"organisation": "onbekend"},
        ["saxion"],
    ):
        response = client.post(TWENTE, body, format="json")
        assert response.status_code == 400, (body, response.content)
        assert "detail" in response.json()
    assert not Partnership.objects.exists()


def test_patch_changes_a_partnerships_role_or_period(client_with, twente_write_key, twente, saxion):
    PartnershipFactory(
        workshop=twente, organisation=saxion, role="partner", start_date=datetime.date(2024, 1, 1)
    )
    response = client_with(twente_write_key).patch(
        f"{TWENTE}saxion/partner/", {"role": "lead"}, format="json"
    )
    assert response.status_code == 200, response.json()
    partnership = Partnership.objects.get()
    assert partnership.role == "lead" and partnership.start_date == datetime.date(2024, 1, 1)


def test_delete_ends_a_partnership_and_keeps_it(client_with, twente_write_key, twente, saxion):
    PartnershipFactory(
        workshop=twente, organisation=saxion, role="partner", start_date=datetime.date(2024, 1, 1)
    )
    client = client_with(twente_write_key)
    response = client.delete(f"{TWENTE}saxion/partner/?end_date=2023-01-01")
    assert response.status_code == 400 and "end_date" in response.json()["errors"]
    assert Partnership.objects.get().end_date is None
    response = client.delete(f"{TWENTE}saxion/partner/?end_date=2025-06-30")
    assert response.status_code == 200, response.json()
    assert response.json()["end_date"] == "2025-06-30"
    assert Partnership.objects.get().end_date == datetime.date(2025, 6, 30)


def test_a_key_of_another_werkplaats_may_not_change_or_end_a_partnership(
    client_with, zeeland_write_key, twente, saxion
):
    PartnershipFactory(workshop=twente, organisation=saxion, role="partner")
    before = _snapshot()
    client = client_with(zeeland_write_key)
    address = f"{TWENTE}saxion/partner/"
    assert client.patch(address, {"role": "lead"}, format="json").status_code == 403
    assert client.delete(address).status_code == 403
    assert client.put(address, {"role": "lead"}, format="json").status_code == 405
    assert _snapshot() == before


def test_a_network_editor_adds_partners_anywhere(noor, zeeland, saxion):
    client = APIClient()
    client.force_login(noor)
    response = client.post(
        "/api/v1/workshops/zeeland/partners/", {"organisation": "saxion"}, format="json"
    )
    assert response.status_code == 201, response.json()
