"""People in the API: visitors see only those who consented; nobody sees an e-mail address."""

import pytest

from werkplaats.network import models
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


def _slugs(client, query=""):
    response = client.get(f"/api/v1/people/?{query}")
    assert response.status_code == 200, response.content
    return [p["slug"] for p in response.json()["results"]]


@pytest.fixture
def hidden(twente):
    """Someone of Twente who did not consent to be listed."""
    person = PersonFactory(
        slug="verborgen-persoon", given_name="Verborgen", family_name="Persoon", is_public=False
    )
    person.workshops.add(twente)
    return person


@pytest.fixture
def fenna(twente):
    organisation = OrganisationFactory(
        slug="saxion",
        location=models.Municipality.objects.get(code="GM0153"),
        kind=models.OrganisationKind.objects.get(slug="hogeschool"),
    )
    person = PersonFactory(
        slug="fenna-de-vries",
        given_name="Fenna",
        family_name_prefix="de",
        family_name="Vries",
        orcid="0000-0002-1825-0097",
        email="fenna@voorbeeld.nl",
    )
    person.workshops.add(twente)
    person.roles.add(models.ParticipantRole.objects.get(slug="lector"))
    person.competences.add(models.Competence.objects.get(slug="actieonderzoek"))
    person.themes.add(models.Theme.objects.get(slug="eenzaamheid"))
    models.Affiliation.objects.create(person=person, organisation=organisation, function="Lector")
    return person


def test_it_describes_a_public_person_without_an_email_address(client, fenna):
    response = client.get("/api/v1/people/fenna-de-vries/")

    body = response.json()
    assert body["uuid"] == str(fenna.uuid)
    assert "id" not in body
    assert "email" not in body
    assert b"@" not in response.content
    assert body["given_name"] == "Fenna"
    assert body["family_name_prefix"] == "de"
    assert body["family_name"] == "Vries"
    assert body["full_name"] == "Fenna de Vries"
    assert body["orcid"] == "0000-0002-1825-0097"
    assert body["roles"] == ["lector"]
    assert body["competences"] == ["actieonderzoek"]
    assert body["themes"] == ["eenzaamheid"]
    assert body["workshops"] == ["twente"]
    assert body["affiliations"] == [
        {
            "organisation": "saxion",
            "organisation_name": fenna.affiliations.get().organisation.name,
            "function": "Lector",
            "start_date": None,
            "end_date": None,
        }
    ]


def test_a_visitor_sees_only_people_who_consented(client, fenna, hidden):
    assert _slugs(client) == ["fenna-de-vries"]
    assert client.get("/api/v1/people/verborgen-persoon/").status_code == 404


def test_a_visitor_cannot_find_a_person_without_consent_by_searching(client, hidden):
    assert _slugs(client, "search=Verborgen") == []
    assert _slugs(client, "workshop=twente") == []


def test_a_member_sees_public_people_and_themself(client, mila, fenna, hidden):
    mila.person.is_public = False
    mila.person.save()
    client.force_login(mila)

    assert _slugs(client) == ["mila-jansen", "fenna-de-vries"]
    assert client.get("/api/v1/people/verborgen-persoon/").status_code == 404


def test_a_coordinator_sees_the_people_of_their_own_werkplaats(client, cor, hidden):
    client.force_login(cor)

    response = client.get("/api/v1/people/verborgen-persoon/")

    assert response.status_code == 200
    assert "email" not in response.json()


def test_a_coordinator_of_another_werkplaats_does_not_see_them(client, otto, hidden):
    client.force_login(otto)

    assert client.get("/api/v1/people/verborgen-persoon/").status_code == 404


def test_a_network_editor_sees_everyone_but_still_no_email_address(client, noor, fenna, hidden):
    client.force_login(noor)

    response = client.get("/api/v1/people/")

    assert [p["slug"] for p in response.json()["results"]] == [
        "verborgen-persoon",
        "fenna-de-vries",
    ]
    assert b"@" not in response.content


def test_it_filters_people_by_werkplaats_theme_competence_role_organisation_and_province(
    client, fenna, zeeland
):
    other = PersonFactory(slug="ander")
    other.workshops.add(zeeland)

    assert _slugs(client, "workshop=twente") == ["fenna-de-vries"]
    assert _slugs(client, "workshop=zeeland") == ["ander"]
    assert _slugs(client, "theme=eenzaamheid") == ["fenna-de-vries"]
    assert _slugs(client, "competence=actieonderzoek") == ["fenna-de-vries"]
    assert _slugs(client, "role=lector") == ["fenna-de-vries"]
    assert _slugs(client, "organisation=saxion") == ["fenna-de-vries"]
    assert _slugs(client, "province=PV23") == ["fenna-de-vries"]
    assert _slugs(client, "province=PV29") == []
    assert _slugs(client, "role=student") == []


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("workshop=nope", "workshop"),
        ("theme=nope", "theme"),
        ("competence=nope", "competence"),
        ("role=nope", "role"),
        ("organisation=nope", "organisation"),
        ("province=XX", "province"),
    ],
)
def test_it_refuses_unknown_people_filter_values_with_400(client, query, parameter):
    response = client.get(f"/api/v1/people/?{query}")

    assert response.status_code == 400
    assert list(response.json()["errors"]) == [parameter]


def test_it_ignores_attempts_to_filter_or_order_people_by_email(client, fenna):
    PersonFactory(slug="zora", given_name="Zora", family_name="Aalders", email="a@voorbeeld.nl")

    by_email = _slugs(client, "email=fenna@voorbeeld.nl")
    ordered = _slugs(client, "ordering=email")

    assert by_email == ["zora", "fenna-de-vries"]
    assert ordered == ["zora", "fenna-de-vries"]


def test_it_searches_people_blind_to_accents(client):
    PersonFactory(slug="sjoukje", given_name="Sjoukje", family_name="Hóekstra")
    PersonFactory(slug="piet", given_name="Piet", family_name="Bakker")

    assert _slugs(client, "search=hoekstra") == ["sjoukje"]
    assert _slugs(client, "search=HÓEKSTRA sjoukje") == ["sjoukje"]


def _people(count, twente):
    organisation = OrganisationFactory()
    roles = list(models.ParticipantRole.objects.all()[:2])
    themes = list(models.Theme.objects.all()[:2])
    for index in range(count):
        person = PersonFactory(is_public=index % 3 != 0)
        person.workshops.add(twente)
        person.roles.set(roles)
        person.themes.set(themes)
        person.competences.set(models.Competence.objects.all()[:2])
        models.Affiliation.objects.create(person=person, organisation=organisation)


@pytest.mark.parametrize("rows", [3, 30])
def test_it_lists_people_in_a_constant_number_of_queries_for_a_visitor(
    client, django_assert_max_num_queries, twente, rows
):
    _people(rows, twente)

    with django_assert_max_num_queries(8):
        response = client.get("/api/v1/people/?page_size=100")

    assert response.json()["count"] == models.Person.objects.filter(is_public=True).count()


@pytest.mark.parametrize("rows", [3, 30])
def test_it_lists_people_in_a_constant_number_of_queries_for_a_coordinator(
    client, django_assert_max_num_queries, cor, twente, rows
):
    _people(rows, twente)
    client.force_login(cor)

    with django_assert_max_num_queries(12):
        response = client.get("/api/v1/people/?page_size=100")

    assert response.json()["count"] == rows
