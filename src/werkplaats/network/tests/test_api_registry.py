"""The read-only API of werkplaatsen, organisations, municipalities and vocabularies."""

import datetime

import pytest

from werkplaats.network import models
from werkplaats.network.constants import PartnershipRole
from werkplaats.network.tests.factories import (
    OrganisationFactory,
    PartnershipFactory,
    ResearchGroupFactory,
    WorkshopFactory,
)

pytestmark = pytest.mark.django_db


def _municipality(code):
    return models.Municipality.objects.get(code=code)


def build_workshops(count):
    """``count`` werkplaatsen with themes, a region, a lead hogeschool, a lectoraat, a partner."""
    themes = list(models.Theme.objects.all()[:3])
    municipalities = list(models.Municipality.objects.order_by("code")[: count * 2])
    workshops = []
    for index in range(count):
        workshop = WorkshopFactory()
        workshop.themes.set(themes)
        workshop.municipalities.set(municipalities[index * 2 : index * 2 + 2])
        group = ResearchGroupFactory()
        workshop.research_groups.add(group)
        PartnershipFactory(
            workshop=workshop, organisation=group.organisation, role=PartnershipRole.LEAD
        )
        PartnershipFactory(workshop=workshop)
        workshops.append(workshop)
    return workshops


def build_organisations(count):
    theme = models.Theme.objects.get(slug="eenzaamheid")
    competence = models.Competence.objects.get(slug="actieonderzoek")
    workshop = WorkshopFactory()
    organisations = []
    for _index in range(count):
        organisation = OrganisationFactory(location=_municipality("GM0153"))
        organisation.themes.add(theme)
        organisation.competences.add(competence)
        PartnershipFactory(workshop=workshop, organisation=organisation)
        ResearchGroupFactory(organisation=organisation)
        organisations.append(organisation)
    return organisations


# Werkplaatsen -----------------------------------------------------------------------------------


def test_it_lists_werkplaatsen_with_count_and_results(client):
    build_workshops(2)

    response = client.get("/api/v1/workshops/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["count"] == 2
    assert {"count", "next", "previous", "results"} <= body.keys()
    assert len(body["results"]) == 2


def test_it_describes_a_werkplaats_by_slug_with_its_region_leads_and_lectoraten(client):
    workshop = WorkshopFactory(slug="twente", name="Werkplaats Sociaal Domein Twente")
    workshop.themes.add(models.Theme.objects.get(slug="armoede-en-schulden"))
    workshop.municipalities.add(_municipality("GM0153"), _municipality("GM0164"))
    group = ResearchGroupFactory(name="Lectoraat Armoede", slug="lectoraat-armoede")
    workshop.research_groups.add(group)
    PartnershipFactory(
        workshop=workshop, organisation=group.organisation, role=PartnershipRole.LEAD
    )
    ended = OrganisationFactory(slug="oude-trekker")
    PartnershipFactory(
        workshop=workshop,
        organisation=ended,
        role=PartnershipRole.LEAD,
        start_date=datetime.date(2016, 1, 1),
        end_date=datetime.date(2018, 12, 31),
    )

    body = client.get("/api/v1/workshops/twente/").json()

    assert body["slug"] == "twente"
    assert body["uuid"] == str(workshop.uuid)
    assert "id" not in body
    assert body["url"].endswith("/api/v1/workshops/twente/")
    assert body["themes"] == ["armoede-en-schulden"]
    assert body["municipalities"] == ["GM0153", "GM0164"]
    assert body["municipality_count"] == 2
    assert body["provinces"] == [{"code": "PV23", "name": "Overijssel"}]
    assert [o["slug"] for o in body["lead_organisations"]] == [group.organisation.slug]
    assert body["lead_organisations"][0]["kind"] == "hogeschool"
    assert body["research_groups"][0]["slug"] == "lectoraat-armoede"
    assert body["research_groups"][0]["organisation"] == group.organisation.slug
    assert {p["organisation"]["slug"] for p in body["partners"]} == {
        group.organisation.slug,
        "oude-trekker",
    }


def test_it_answers_404_json_for_an_unknown_werkplaats(client):
    response = client.get("/api/v1/workshops/nope/")

    assert response.status_code == 404
    assert "detail" in response.json()


def test_it_filters_werkplaatsen_by_province_theme_and_municipality(client):
    twente = WorkshopFactory(slug="twente")
    twente.municipalities.add(_municipality("GM0153"))
    twente.themes.add(models.Theme.objects.get(slug="jeugd"))
    friesland = WorkshopFactory(slug="friesland")
    friesland.municipalities.add(_municipality("GM1900"), _municipality("GM0080"))

    def slugs(query):
        response = client.get(f"/api/v1/workshops/?{query}")
        assert response.status_code == 200, response.content
        return [w["slug"] for w in response.json()["results"]]

    assert slugs("province=PV21") == ["friesland"]
    assert slugs("province=PV23") == ["twente"]
    assert slugs("theme=jeugd") == ["twente"]
    assert slugs("municipality=GM1900") == ["friesland"]
    assert slugs("province=PV21&theme=jeugd") == []


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("province=XX", "province"),
        ("theme=nonsense", "theme"),
        ("municipality=GM9999", "municipality"),
        ("municipality=Enschede", "municipality"),
    ],
)
def test_it_refuses_unknown_werkplaats_filter_values_with_400_naming_the_parameter(
    client, query, parameter
):
    response = client.get(f"/api/v1/workshops/?{query}")

    assert response.status_code == 400
    body = response.json()
    assert body["detail"]
    assert list(body["errors"]) == [parameter]


def test_it_searches_werkplaatsen_blind_to_accents_and_case(client):
    WorkshopFactory(slug="friesland", name="Werkplaats Súdwest-Fryslân")
    WorkshopFactory(slug="twente", name="Werkplaats Twente")

    for term in ["Súdwest", "sudwest", "SUDWEST", "súdwest fryslan"]:
        results = client.get("/api/v1/workshops/", {"search": term}).json()["results"]
        assert [w["slug"] for w in results] == ["friesland"], term


def test_it_orders_werkplaatsen_on_request(client):
    WorkshopFactory(slug="a-werkplaats", name="Alfa")
    WorkshopFactory(slug="b-werkplaats", name="Bravo")

    results = client.get("/api/v1/workshops/?ordering=-name").json()["results"]

    assert [w["slug"] for w in results] == ["b-werkplaats", "a-werkplaats"]


@pytest.mark.parametrize("rows", [3, 30])
def test_it_lists_werkplaatsen_in_a_constant_number_of_queries(
    client, django_assert_max_num_queries, rows
):
    build_workshops(rows)

    with django_assert_max_num_queries(7):
        response = client.get("/api/v1/workshops/?page_size=100")

    assert len(response.json()["results"]) == rows


# Organisations ----------------------------------------------------------------------------------


def test_it_describes_an_organisation_with_kind_identifiers_location_and_partnerships(client):
    organisation = OrganisationFactory(
        slug="saxion",
        name="Saxion",
        kvk_number="41027731",
        ror_id="02rb2kk93",
        location=_municipality("GM0153"),
        kind=models.OrganisationKind.objects.get(slug="hogeschool"),
    )
    organisation.themes.add(models.Theme.objects.get(slug="jeugd"))
    PartnershipFactory(
        workshop=WorkshopFactory(slug="twente"),
        organisation=organisation,
        role=PartnershipRole.LEAD,
    )
    ResearchGroupFactory(organisation=organisation, slug="lectoraat-x")

    body = client.get("/api/v1/organisations/saxion/").json()

    assert body["uuid"] == str(organisation.uuid)
    assert "id" not in body
    assert body["kind"] == "hogeschool"
    assert body["kvk_number"] == "41027731"
    assert body["ror_id"] == "02rb2kk93"
    assert body["location"] == "GM0153"
    assert body["themes"] == ["jeugd"]
    assert body["workshops"] == ["twente"]
    assert body["partnerships"] == [
        {"workshop": "twente", "role": "lead", "start_date": None, "end_date": None}
    ]
    assert [g["slug"] for g in body["research_groups"]] == ["lectoraat-x"]


def test_it_filters_organisations_by_kind_province_werkplaats_theme_and_competence(client):
    school = OrganisationFactory(
        slug="school",
        location=_municipality("GM1900"),
        kind=models.OrganisationKind.objects.get(slug="hogeschool"),
    )
    school.themes.add(models.Theme.objects.get(slug="jeugd"))
    school.competences.add(models.Competence.objects.get(slug="actieonderzoek"))
    welfare = OrganisationFactory(slug="welzijn", location=_municipality("GM0153"))
    PartnershipFactory(workshop=WorkshopFactory(slug="twente"), organisation=welfare)

    def slugs(query):
        response = client.get(f"/api/v1/organisations/?{query}")
        assert response.status_code == 200, response.content
        return [o["slug"] for o in response.json()["results"]]

    assert slugs("kind=hogeschool") == ["school"]
    assert slugs("kind=welzijnsorganisatie") == ["welzijn"]
    assert slugs("province=PV21") == ["school"]
    assert slugs("workshop=twente") == ["welzijn"]
    assert slugs("theme=jeugd") == ["school"]
    assert slugs("competence=actieonderzoek") == ["school"]


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("kind=nonsense", "kind"),
        ("province=XX", "province"),
        ("workshop=nope", "workshop"),
        ("theme=nope", "theme"),
        ("competence=nope", "competence"),
    ],
)
def test_it_refuses_unknown_organisation_filter_values_with_400(client, query, parameter):
    response = client.get(f"/api/v1/organisations/?{query}")

    assert response.status_code == 400
    assert list(response.json()["errors"]) == [parameter]


def test_it_lists_an_organisation_once_however_many_partnerships_match(client):
    organisation = OrganisationFactory(slug="druk")
    workshop = WorkshopFactory(slug="twente")
    PartnershipFactory(workshop=workshop, organisation=organisation, role=PartnershipRole.LEAD)
    PartnershipFactory(workshop=workshop, organisation=organisation, role=PartnershipRole.PARTNER)

    body = client.get("/api/v1/organisations/?workshop=twente").json()

    assert body["count"] == 1


@pytest.mark.parametrize("rows", [3, 30])
def test_it_lists_organisations_in_a_constant_number_of_queries(
    client, django_assert_max_num_queries, rows
):
    build_organisations(rows)

    with django_assert_max_num_queries(7):
        response = client.get("/api/v1/organisations/?page_size=100")

    assert response.json()["count"] == rows


# Municipalities ---------------------------------------------------------------------------------


def test_it_names_the_werkplaatsen_working_in_a_municipality(client):
    friesland = WorkshopFactory(slug="friesland", name="Werkplaats Sociaal Domein Friesland")
    friesland.municipalities.add(_municipality("GM1900"))

    body = client.get("/api/v1/municipalities/GM1900/").json()

    assert body["code"] == "GM1900"
    assert body["slug"] == "sudwest-fryslan"
    assert body["name"] == "Súdwest-Fryslân"
    assert body["province"] == "PV21"
    assert body["province_name"] == "Fryslân"
    assert body["workshops"] == [
        {"slug": "friesland", "name": "Werkplaats Sociaal Domein Friesland"}
    ]


def test_it_finds_a_municipality_by_a_lower_case_cbs_code(client):
    assert client.get("/api/v1/municipalities/gm1900/").json()["code"] == "GM1900"


def test_it_answers_404_json_for_an_unknown_cbs_code(client):
    response = client.get("/api/v1/municipalities/GM9999/")

    assert response.status_code == 404
    assert response.json()["detail"]


def test_it_searches_municipalities_blind_to_accents(client):
    for term in ["Súdwest", "sudwest"]:
        results = client.get("/api/v1/municipalities/", {"search": term}).json()["results"]
        assert [m["code"] for m in results] == ["GM1900"], term


def test_it_filters_municipalities_by_province_and_werkplaats(client):
    twente = WorkshopFactory(slug="twente")
    twente.municipalities.add(_municipality("GM0153"), _municipality("GM0164"))

    in_twente = client.get("/api/v1/municipalities/?workshop=twente").json()
    in_zeeland = client.get("/api/v1/municipalities/?province=PV29&page_size=200").json()

    assert [m["code"] for m in in_twente["results"]] == ["GM0153", "GM0164"]
    assert in_zeeland["count"] == models.Municipality.objects.filter(province="PV29").count() > 0
    assert {m["province"] for m in in_zeeland["results"]} == {"PV29"}


def test_it_refuses_an_unknown_province_or_werkplaats_for_municipalities(client):
    assert client.get("/api/v1/municipalities/?province=XX").status_code == 400
    response = client.get("/api/v1/municipalities/?workshop=nope")
    assert response.status_code == 400
    assert "workshop" in response.json()["errors"]


def test_it_paginates_municipalities_and_answers_404_json_beyond_the_last_page(client):
    total = models.Municipality.objects.count()

    first = client.get("/api/v1/municipalities/").json()
    beyond = client.get("/api/v1/municipalities/?page=999")

    assert first["count"] == total > 300
    assert len(first["results"]) == 50
    assert first["next"].endswith("/api/v1/municipalities/?page=2")
    assert first["previous"] is None
    assert beyond.status_code == 404
    assert beyond.json()["detail"]


@pytest.mark.parametrize("page", ["0", "abc"])
def test_it_answers_404_json_for_a_page_that_is_no_page(client, page):
    response = client.get(f"/api/v1/municipalities/?page={page}")

    assert response.status_code == 404
    assert response.json()["detail"]


@pytest.mark.parametrize("rows", [3, 30])
def test_it_lists_municipalities_in_a_constant_number_of_queries(
    client, django_assert_max_num_queries, rows
):
    build_workshops(15)

    with django_assert_max_num_queries(4):
        response = client.get(f"/api/v1/municipalities/?ordering=code&page_size={rows}")

    results = response.json()["results"]
    assert len(results) == rows
    assert all(m["workshops"] for m in results[:rows])


# Vocabularies -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, slug",
    [
        ("themes", "eenzaamheid"),
        ("competences", "actieonderzoek"),
        ("organisation-kinds", "hogeschool"),
        ("roles", "lector"),
    ],
)
def test_it_lists_and_describes_each_vocabulary_by_slug(client, path, slug):
    listing = client.get(f"/api/v1/{path}/").json()
    term = client.get(f"/api/v1/{path}/{slug}/").json()

    assert slug in [t["slug"] for t in listing["results"]]
    assert term["slug"] == slug
    assert term["name"]
    assert "id" not in term


@pytest.mark.parametrize("path", ["themes", "competences", "organisation-kinds", "roles"])
def test_it_lists_a_vocabulary_in_a_constant_number_of_queries(
    client, django_assert_max_num_queries, path
):
    with django_assert_max_num_queries(2):
        response = client.get(f"/api/v1/{path}/?page_size=200")

    assert response.json()["count"] > 3


# The API as a whole -----------------------------------------------------------------------------


def test_the_api_root_lists_every_endpoint(client):
    body = client.get("/api/v1/").json()

    assert set(body) == {
        "workshops",
        "organisations",
        "municipalities",
        "people",
        "themes",
        "competences",
        "organisation-kinds",
        "roles",
        "questions",
        *(["projects"] if "projects" in body else []),
        "communities",
        "meetings",
        "products",
        "publications",
        "articles",
        "programmes",
        "assignments",
    }
    assert body["workshops"].endswith("/api/v1/workshops/")


def test_the_api_docs_page_loads_swagger_ui_from_our_own_static_files(client):
    response = client.get("/api/v1/docs/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui" in html
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in html
    assert "cdn" not in html.lower()
