import pytest
from django.test import Client

from werkplaats.network.tests.factories import PersonFactory
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.publications import services

from .factories import PublicationFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/publications/"
MARKER = "GEHEIM-CONCEPT-API-PUB"


@pytest.mark.parametrize("count", [2, 30])
def test_the_list_reads_a_constant_number_of_queries(
    client, twente, django_assert_max_num_queries, count
):
    for number in range(count):
        publication = PublicationFactory(
            workshops=[twente], authors=[PersonFactory(is_public=number % 2 == 0), ("Ext", "E")]
        )
        publication.projects.add(ProjectFactory(lead_workshop=twente))
    with django_assert_max_num_queries(14):
        response = client.get(LIST, {"page_size": 100})
    assert response.json()["count"] == count


def test_a_publication_is_addressed_by_slug_or_uuid():
    publication = PublicationFactory(slug="eenzaamheid-2024", doi="10.99999/x.1")
    by_slug = Client().get(f"{LIST}eenzaamheid-2024/").json()
    by_uuid = Client().get(f"{LIST}{publication.uuid}/").json()
    assert by_slug == by_uuid
    assert by_slug["type_uri"] == "info:eu-repo/semantics/article"
    assert by_slug["doi_url"] == "https://doi.org/10.99999/x.1"
    assert by_slug["access_rights_uri"] == "info:eu-repo/semantics/openAccess"
    assert by_slug["citation"].endswith("https://doi.org/10.99999/x.1")
    assert "id" not in by_slug


def test_drafts_are_never_in_the_anonymous_api(client, cor, twente):
    draft = PublicationFactory(title=MARKER, is_published=False, workshops=[twente])
    assert MARKER not in client.get(LIST).content.decode()
    assert client.get(f"{LIST}{draft.slug}/").status_code == 404
    assert client.get(f"{LIST}{draft.uuid}/").status_code == 404
    client.force_login(cor)
    assert MARKER in client.get(LIST).content.decode()


def test_an_author_without_consent_is_never_named(client):
    hidden = PersonFactory(
        given_name="Verborgen",
        family_name="Auteur",
        is_public=False,
        email="v@x.nl",
        orcid="0000-0002-1825-0097",
    )
    publication = PublicationFactory(authors=[("Open", "Anna"), hidden])
    body = client.get(f"{LIST}{publication.slug}/").content.decode()
    assert "Verborgen" not in body
    assert "0000-0002-1825-0097" not in body
    assert hidden.slug not in body
    assert [a["name"] for a in client.get(f"{LIST}{publication.slug}/").json()["authors"]] == [
        "Anna Open"
    ]


def test_it_filters_searches_and_refuses_unknown_values(client, twente):
    PublicationFactory(title="Rapport armoede", publication_type="report", year=2020)
    PublicationFactory(title="Artikel eenzaamheid", year=2023, workshops=[twente])

    def titles(**params):
        return [p["title"] for p in client.get(LIST, params).json()["results"]]

    assert titles(type="report") == ["Rapport armoede"]
    assert titles(workshop="twente") == ["Artikel eenzaamheid"]
    assert titles(year=2020) == ["Rapport armoede"]
    assert titles(search="EÉNZAAMHEID") == ["Artikel eenzaamheid"]
    assert client.get(LIST, {"type": "gedicht"}).status_code == 400


def test_unpublishing_takes_it_out_of_the_api_at_once(client):
    publication = PublicationFactory()
    services.unpublish_publication(publication)
    assert client.get(f"{LIST}{publication.slug}/").status_code == 404
