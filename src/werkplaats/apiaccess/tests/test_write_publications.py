"""Writing publications through the API: the editors' rules, the publications' service, the
werkplaats of the key."""

import pytest
from rest_framework.test import APIClient

from werkplaats.publications.models import DeletedPublication, Publication
from werkplaats.publications.tests.factories import PublicationFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/publications/"
NEW = {"title": "Eenzaamheid in de wijk", "publication_type": "article", "workshops": ["twente"]}


def _snapshot(publication):
    publication.refresh_from_db()
    return (
        publication.title,
        publication.abstract,
        publication.year,
        publication.is_published,
        sorted(publication.workshops.values_list("slug", flat=True)),
    )


def test_a_write_key_creates_a_draft_publication_of_its_werkplaats(
    client_with, twente_write_key, twente
):
    body = {**NEW, "year": 2025, "doi": "https://doi.org/10.1234/ABC"}
    response = client_with(twente_write_key).post(LIST, body, format="json")
    assert response.status_code == 201, response.json()
    answer = response.json()
    assert answer["workshops"] == ["twente"] and answer["is_published"] is False
    publication = Publication.objects.get(slug=answer["slug"])
    assert publication.doi == "10.1234/ABC" and publication.year == 2025


def test_a_read_key_may_not_write_a_publication(client_with, twente_read_key, twente):
    response = client_with(twente_read_key).post(LIST, NEW, format="json")
    assert response.status_code == 403
    assert not Publication.objects.exists()


def test_without_a_key_writing_a_publication_asks_to_authenticate(client_with, twente):
    publication = PublicationFactory(workshops=[twente])
    before = _snapshot(publication)
    client = client_with()
    assert client.post(LIST, NEW, format="json").status_code == 401
    address = f"{LIST}{publication.slug}/"
    assert client.patch(address, {"title": "Y"}, format="json").status_code == 401
    assert Publication.objects.count() == 1 and _snapshot(publication) == before


def test_the_models_rules_answer_in_dutch_per_field(client_with, twente_write_key, twente):
    client = client_with(twente_write_key)
    response = client.post(LIST, {**NEW, "year": 2020, "date": "2024-03-01"}, format="json")
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"year"}
    response = client.post(LIST, {**NEW, "embargo_until": "2030-01-01"}, format="json")
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"embargo_until"}
    response = client.post(LIST, {**NEW, "title": ""}, format="json")
    assert response.json()["errors"]["title"] == ["Dit veld is vereist."]
    assert not Publication.objects.exists()


def test_a_doi_is_taken_once(client_with, twente_write_key, twente):
    PublicationFactory(workshops=[twente], doi="10.1234/abc")
    response = client_with(twente_write_key).post(
        LIST, {**NEW, "doi": "https://doi.org/10.1234/abc"}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["errors"]
    assert Publication.objects.count() == 1


def test_a_key_may_not_give_a_publication_to_another_werkplaats(
    client_with, twente_write_key, zeeland
):
    response = client_with(twente_write_key).post(
        LIST, {**NEW, "workshops": ["zeeland"]}, format="json"
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"workshops"}
    assert not Publication.objects.exists()


def test_wrong_json_types_for_a_publication_are_a_400_not_a_crash(
    client_with, twente_write_key, twente
):
    client = client_with(twente_write_key)
    for body in (
        {**NEW, "title": ["a"]},
        {**NEW, "year": "vorig jaar"},
        {**NEW, "publication_type": "roman"},
        {**NEW, "workshops": {"slug": "twente"}},
        "tekst",
    ):
        response = client.post(LIST, body, format="json")
        assert response.status_code == 400, (body, response.content)
        assert "detail" in response.json()
    assert not Publication.objects.exists()


def test_patch_by_uuid_changes_only_the_fields_given(client_with, twente_write_key, twente):
    publication = PublicationFactory(workshops=[twente], authors=[("Bakker", "An")])
    response = client_with(twente_write_key).patch(
        f"{LIST}{publication.uuid}/", {"abstract": "Nieuwe samenvatting"}, format="json"
    )
    assert response.status_code == 200, response.json()
    publication.refresh_from_db()
    assert publication.abstract == "Nieuwe samenvatting" and publication.volume == "33"
    assert publication.is_published and publication.authorships.count() == 1


def test_put_replaces_a_publication_but_keeps_another_werkplaatss_share(
    client_with, twente_write_key, twente, zeeland
):
    publication = PublicationFactory(workshops=[twente, zeeland], is_published=False)
    response = client_with(twente_write_key).put(
        f"{LIST}{publication.slug}/",
        {"title": "Nieuwe titel", "publication_type": "report", "workshops": ["twente"]},
        format="json",
    )
    assert response.status_code == 200, response.json()
    publication.refresh_from_db()
    assert publication.title == "Nieuwe titel" and publication.journal == ""
    assert set(publication.workshops.all()) == {twente, zeeland}


def test_a_key_of_another_werkplaats_may_not_change_a_publication(
    client_with, zeeland_write_key, twente
):
    published = PublicationFactory(workshops=[twente])
    draft = PublicationFactory(workshops=[twente], is_published=False, published_at=None)
    before = (_snapshot(published), _snapshot(draft))
    client = client_with(zeeland_write_key)
    assert (
        client.patch(f"{LIST}{published.slug}/", {"title": "x"}, format="json").status_code == 403
    )
    assert client.patch(f"{LIST}{draft.slug}/", {"title": "x"}, format="json").status_code == 404
    assert (_snapshot(published), _snapshot(draft)) == before
    assert not DeletedPublication.objects.exists()


def test_a_bad_patch_changes_nothing(client_with, twente_write_key, twente):
    publication = PublicationFactory(workshops=[twente])
    before = _snapshot(publication)
    response = client_with(twente_write_key).patch(
        f"{LIST}{publication.slug}/", {"abstract": "Nieuw", "date": "2019-01-01"}, format="json"
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"year"}
    assert _snapshot(publication) == before


def test_a_network_editor_writes_a_publication_for_any_werkplaats(noor, zeeland):
    client = APIClient()
    client.force_login(noor)
    response = client.post(LIST, {**NEW, "workshops": ["zeeland"]}, format="json")
    assert response.status_code == 201, response.json()
