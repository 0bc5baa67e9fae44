"""The public site of the registry: what each page shows, to whom, in both languages."""

import datetime
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from werkplaats.network.constants import PartnershipRole
from werkplaats.network.models import (
    Affiliation,
    Competence,
    Municipality,
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Theme,
    Workshop,
)
from werkplaats.network.tests.factories import (
    OrganisationFactory,
    PartnershipFactory,
    PersonFactory,
    ResearchGroupFactory,
    WorkshopFactory,
)

SECRET_NAME = "Verborgen-Q7Z"
SECRET_EMAIL = "geheim-q7z@example.org"


def kind(slug):
    return OrganisationKind.objects.get(slug=slug)


def municipality(name):
    return Municipality.objects.get(name=name)


@pytest.fixture
def network(twente, zeeland):
    """Twente with a region, partners of three kinds, a lectoraat, a public and a private person."""
    enschede, sudwest = municipality("Enschede"), municipality("Súdwest-Fryslân")
    twente.municipalities.add(enschede, municipality("Almelo"))
    twente.agenda = ["bestaanszekerheid in de wijk"]
    twente.save()
    twente.themes.add(Theme.objects.get(slug="eenzaamheid"))
    zeeland.municipalities.add(municipality("Vlissingen"))

    saxion = OrganisationFactory(
        name="Saxion",
        slug="saxion",
        kind=kind("hogeschool"),
        location=enschede,
        kvk_number="41027529",
    )
    city = OrganisationFactory(
        name="Gemeente Enschede",
        slug="gemeente-enschede",
        kind=kind("gemeente"),
        location=enschede,
        municipality_code="GM0153",
    )
    welfare = OrganisationFactory(
        name="Stichting Súdwest Welzijn",
        slug="sudwest-welzijn",
        kind=kind("welzijnsorganisatie"),
        location=sudwest,
    )
    welfare.themes.add(Theme.objects.get(slug="armoede-en-schulden"))
    welfare.competences.add(Competence.objects.get(slug="intervisie"))
    zeeland_org = OrganisationFactory(
        name="Zeeuwse Zorg",
        slug="zeeuwse-zorg",
        kind=kind("zorgorganisatie"),
        location=municipality("Vlissingen"),
    )
    PartnershipFactory(
        workshop=twente,
        organisation=saxion,
        role=PartnershipRole.LEAD,
        start_date=datetime.date(2023, 1, 1),
    )
    PartnershipFactory(workshop=twente, organisation=city, role=PartnershipRole.LEAD)
    PartnershipFactory(workshop=twente, organisation=welfare, role=PartnershipRole.PARTNER)
    PartnershipFactory(workshop=zeeland, organisation=zeeland_org, role=PartnershipRole.LEAD)
    PartnershipFactory(
        workshop=twente,
        organisation=zeeland_org,
        start_date=datetime.date(2016, 1, 1),
        end_date=datetime.date(2018, 12, 31),
    )

    fenna = PersonFactory(
        given_name="Fenna", family_name="Visser", slug="fenna-visser", orcid="0000-0002-1825-0097"
    )
    fenna.workshops.add(twente)
    fenna.roles.add(ParticipantRole.objects.get(slug="onderzoeker"))
    fenna.competences.add(Competence.objects.get(slug="intervisie"))
    fenna.themes.add(Theme.objects.get(slug="eenzaamheid"))
    Affiliation.objects.create(person=fenna, organisation=welfare, function="Opbouwwerker")

    bram = PersonFactory(given_name="Bram", family_name="Mulder", slug="bram-mulder")
    bram.workshops.add(zeeland)
    bram.roles.add(ParticipantRole.objects.get(slug="docent"))
    Affiliation.objects.create(person=bram, organisation=zeeland_org)

    secret = PersonFactory(
        given_name=SECRET_NAME,
        family_name="Geheim",
        slug="verborgen-geheim",
        email=SECRET_EMAIL,
        is_public=False,
    )
    secret.workshops.add(twente)
    secret.competences.add(Competence.objects.get(slug="intervisie"))
    Affiliation.objects.create(person=secret, organisation=welfare)

    group = ResearchGroupFactory(
        name="Lectoraat Sociale Veerkracht", organisation=saxion, lector=secret
    )
    twente.research_groups.add(group)
    return {
        "twente": twente,
        "zeeland": zeeland,
        "saxion": saxion,
        "welfare": welfare,
        "fenna": fenna,
        "bram": bram,
        "secret": secret,
    }


PAGES = [
    ("network:home", {}),
    ("network:workshop_list", {}),
    ("network:workshop", {"slug": "twente"}),
    ("network:organisation_list", {}),
    ("network:organisation", {"slug": "sudwest-welzijn"}),
    ("network:organisation", {"slug": "saxion"}),
    ("network:person_list", {}),
    ("network:person", {"slug": "fenna-visser"}),
    ("network:municipality_lookup", {}),
    ("network:municipality", {"slug": "enschede"}),
]


def url(name, language="nl", query="", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs) + query


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_every_public_page_renders_for_a_visitor_with_one_title_and_one_heading(
    client, network, name, kwargs, language
):
    response = client.get(url(name, language, **kwargs))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert html.count("<h1") == 1
    assert "<title>" in html and "<title> ·" not in html


@pytest.mark.parametrize(("name", "kwargs"), PAGES)
@pytest.mark.parametrize("query", ["", "?q=geheim", "?competence=intervisie", "?werkplaats=twente"])
def test_no_public_page_shows_a_person_without_consent_or_any_email(
    client, network, name, kwargs, query
):
    html = client.get(url(name, query=query, **kwargs)).content.decode()
    assert SECRET_NAME not in html
    assert "verborgen-geheim" not in html
    assert "@example.org" not in html


def test_the_home_page_groups_werkplaatsen_by_province_and_shows_recent_activity(client, network):
    html = client.get(url("network:home")).content.decode()
    overijssel, zeeland = html.index(">Overijssel<"), html.index(">Zeeland<")
    assert overijssel < html.index("Werkplaats Sociaal Domein Twente") < zeeland
    assert zeeland < html.rindex("Werkplaats Sociaal Domein Zeeland")
    assert "Recente activiteit" in html or "Recent activity" in html
    assert "Stichting Súdwest Welzijn" in html
    assert "Fenna Visser" in html


def test_the_werkplaats_list_names_lead_partners_and_provinces(client, network):
    html = client.get(url("network:workshop_list")).content.decode()
    row = html[
        html.index("Werkplaats Sociaal Domein Twente") : html.index("</tr>", html.index("Twente"))
    ]
    assert "Saxion" in row and "Gemeente Enschede" in row and "Overijssel" in row
    assert "Stichting Súdwest Welzijn" not in row, "a partner is not a lead partner"


def test_the_werkplaats_page_shows_region_partners_by_kind_lectoraten_and_public_people(
    client, network
):
    html = client.get(url("network:workshop", slug="twente")).content.decode()
    assert "Enschede" in html and "Almelo" in html
    assert "indicati" in html  # the note that coverage is indicative
    for kind_name in ("Hogeschool", "Gemeente", "Welzijnsorganisatie"):
        assert f"<h3>{kind_name}</h3>" in html
    assert "Lectoraat Sociale Veerkracht" in html
    assert "Fenna Visser" in html
    assert "bestaanszekerheid in de wijk" in html
    assert "Eenzaamheid" in html
    assert "Zeeuwse Zorg" not in html, "a partnership that ended is not a current partner"
    assert "Vlissingen" not in html


def test_the_werkplaats_page_uses_english_vocabulary_labels_in_english(client, network):
    html = client.get(url("network:workshop", "en", slug="twente")).content.decode()
    assert "<h3>University of applied sciences</h3>" in html
    assert "Loneliness" in html


def test_a_coordinator_sees_the_private_people_of_their_werkplaats_marked_as_not_public(
    client, network, cor
):
    client.force_login(cor)
    html = client.get(url("network:workshop", slug="twente")).content.decode()
    assert SECRET_NAME in html
    assert "badge-private" in html
    assert SECRET_EMAIL not in html


def test_the_manage_link_is_offered_only_to_whoever_may_manage_the_werkplaats(
    client, network, cor, otto
):
    manage = reverse("manage:workshop", kwargs={"slug": "twente"})
    assert client.get(url("network:workshop", slug="twente")).content.decode().count(manage) == 0
    client.force_login(otto)
    assert manage not in client.get(url("network:workshop", slug="twente")).content.decode()
    client.force_login(cor)
    assert manage in client.get(url("network:workshop", slug="twente")).content.decode()


def test_optional_url_gives_nothing_for_a_url_that_does_not_exist():
    from werkplaats.network.templatetags.ui import optional_url

    assert optional_url("network:no_such_page", slug="twente") == ""
    assert optional_url("network:workshop", slug="twente") == "/werkplaatsen/twente/"


def test_the_organisation_page_shows_identifiers_werkplaatsen_and_only_public_people(
    client, network
):
    html = client.get(url("network:organisation", slug="saxion")).content.decode()
    assert "41027529" in html
    assert "Werkplaats Sociaal Domein Twente" in html
    assert "Lectoraat Sociale Veerkracht" in html
    welfare = client.get(url("network:organisation", slug="sudwest-welzijn")).content.decode()
    assert "Fenna Visser" in welfare and "Opbouwwerker" in welfare
    assert "Intervisie" in welfare and "Armoede en schulden" in welfare


def rows(client, name, query):
    """Names linked from the result rows of a directory page."""
    html = client.get(url(name, query=query)).content.decode()
    results = html[html.index('id="results-title"') :]
    return html, results


@pytest.mark.parametrize(
    ("query", "expected", "absent"),
    [
        ("?kind=hogeschool", "Saxion", "Gemeente Enschede"),
        ("?province=fryslan", "Stichting Súdwest Welzijn", "Saxion"),
        ("?province=PV29", "Zeeuwse Zorg", "Saxion"),
        ("?werkplaats=zeeland", "Zeeuwse Zorg", "Saxion"),
        ("?theme=armoede-en-schulden", "Stichting Súdwest Welzijn", "Saxion"),
        ("?competence=intervisie", "Stichting Súdwest Welzijn", "Zeeuwse Zorg"),
        ("?q=sudwest", "Stichting Súdwest Welzijn", "Saxion"),
        ("?q=S%C3%BAdwest", "Stichting Súdwest Welzijn", "Saxion"),
        ("?q=casuistiek", "Stichting Súdwest Welzijn", "Saxion"),
    ],
)
def test_each_organisation_filter_narrows_the_directory(client, network, query, expected, absent):
    _html, results = rows(client, "network:organisation_list", query)
    assert expected in results
    assert absent not in results


def test_a_werkplaats_filter_ignores_partnerships_that_ended(client, network):
    _html, results = rows(client, "network:organisation_list", "?werkplaats=twente")
    assert "Saxion" in results and "Zeeuwse Zorg" not in results


@pytest.mark.parametrize(
    ("query", "expected", "absent"),
    [
        ("?kind=welzijnsorganisatie", "Fenna Visser", "Bram Mulder"),
        ("?province=zeeland", "Bram Mulder", "Fenna Visser"),
        ("?werkplaats=twente", "Fenna Visser", "Bram Mulder"),
        ("?theme=eenzaamheid", "Fenna Visser", "Bram Mulder"),
        ("?competence=intervisie", "Fenna Visser", "Bram Mulder"),
        ("?role=docent", "Bram Mulder", "Fenna Visser"),
        ("?q=visser", "Fenna Visser", "Bram Mulder"),
        ("?q=casuistiek", "Fenna Visser", "Bram Mulder"),
        ("?q=zeeuwse", "Bram Mulder", "Fenna Visser"),
        ("?q=onderzoeker", "Fenna Visser", "Bram Mulder"),
    ],
)
def test_each_people_filter_narrows_who_knows_what(client, network, query, expected, absent):
    _html, results = rows(client, "network:person_list", query)
    assert expected in results
    assert absent not in results


@pytest.mark.parametrize("name", ["network:organisation_list", "network:person_list"])
@pytest.mark.parametrize(
    "query",
    [
        "?kind=nonsense",
        "?province=atlantis",
        "?werkplaats=nowhere",
        "?theme=x",
        "?competence=%00",
        "?role=nobody",
    ],
)
def test_an_unknown_filter_value_is_explained_on_the_page_not_a_500(client, network, name, query):
    if name == "network:organisation_list" and query.startswith("?role"):
        query = "?kind=nobody"
    response = client.get(url(name, query=query))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary" role="alert"' in html


def test_an_unknown_filter_is_left_out_while_the_valid_ones_still_narrow(client, network):
    html, results = rows(client, "network:organisation_list", "?kind=nonsense&province=fryslan")
    assert "error-summary" in html
    assert "Stichting Súdwest Welzijn" in results and "Saxion" not in results


@pytest.mark.parametrize("name", ["network:organisation_list", "network:person_list"])
@pytest.mark.parametrize("page", ["abc", "9999", "-1", "0", "1.5"])
def test_a_page_number_that_does_not_exist_shows_the_nearest_page(client, network, name, page):
    assert client.get(url(name, query=f"?page={page}")).status_code == 200


def test_a_search_that_is_too_long_gets_a_message(client, network):
    response = client.get(url("network:organisation_list", query="?q=" + "a" * 300))
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()


def test_the_directories_paginate_at_25(client, db):
    for n in range(30):
        OrganisationFactory(name=f"Organisatie {n:02d}", slug=f"organisatie-{n:02d}")
    first = client.get(url("network:organisation_list")).content.decode()
    second = client.get(url("network:organisation_list", query="?page=2")).content.decode()
    assert "Organisatie 24" in first and "Organisatie 25" not in first
    assert "Organisatie 25" in second and "?page=1" in second


@pytest.mark.parametrize("query", ["Súdwest", "sudwest", "SUDWEST-fryslan", "GM1900", "gm1900"])
def test_the_municipality_lookup_is_accent_blind_and_knows_cbs_codes(client, network, query):
    html = client.get(url("network:municipality_lookup"), {"q": query}).content.decode()
    results = html[html.index('id="results-title"') :]
    assert "Súdwest-Fryslân" in results
    assert "Fryslân" in results
    assert "Leeuwarden" not in results


def test_the_municipality_lookup_names_the_werkplaatsen_that_work_there(client, network):
    html = client.get(url("network:municipality_lookup"), {"q": "Enschede"}).content.decode()
    assert 'href="/werkplaatsen/twente/"' in html


def test_the_municipality_lookup_lists_every_municipality_with_an_accessible_datalist(
    client, network
):
    html = client.get(url("network:municipality_lookup")).content.decode()
    assert html.count("<option value=") == 342
    assert 'list="municipality-names"' in html
    assert html.count('href="/gemeenten/') >= 342


def test_a_municipality_page_shows_province_corop_werkplaatsen_and_organisations(client, network):
    html = client.get(url("network:municipality", slug="enschede")).content.decode()
    assert "Overijssel" in html and "GM0153" in html and "Twente" in html
    assert "Werkplaats Sociaal Domein Twente" in html
    assert "Saxion" in html and "Gemeente Enschede" in html


def test_a_profile_shows_orcid_as_a_link_and_never_the_email(client, network):
    html = client.get(url("network:person", slug="fenna-visser")).content.decode()
    assert 'href="https://orcid.org/0000-0002-1825-0097"' in html
    assert network["fenna"].email not in html


def test_a_person_without_consent_is_not_found_for_a_visitor(client, network):
    assert client.get(url("network:person", slug="verborgen-geheim")).status_code == 404
    assert client.get(url("network:person", "en", slug="verborgen-geheim")).status_code == 404


def test_the_not_found_page_does_not_repeat_the_address_in_its_language_links(client, network):
    html = client.get(url("network:person", slug="verborgen-geheim")).content.decode()
    assert "verborgen-geheim" not in html
    assert 'class="language-switch" href="/en/"' in html


def test_a_person_without_consent_is_not_found_for_a_coordinator_of_another_werkplaats(
    client, network, otto
):
    client.force_login(otto)
    assert client.get(url("network:person", slug="verborgen-geheim")).status_code == 404


def test_a_coordinator_may_open_the_profile_of_their_own_private_person(client, network, cor):
    client.force_login(cor)
    response = client.get(url("network:person", slug="verborgen-geheim"))
    assert response.status_code == 200
    assert SECRET_EMAIL not in response.content.decode()


def test_a_lector_without_consent_is_not_named_on_the_pages_of_their_lectoraat(client, network):
    for address in (
        url("network:organisation", slug="saxion"),
        url("network:workshop", slug="twente"),
    ):
        html = client.get(address).content.decode()
        assert "Lectoraat Sociale Veerkracht" in html
        assert SECRET_NAME not in html


@pytest.mark.parametrize(
    ("path", "english"),
    [
        ("/werkplaatsen/twente/", "/en/werkplaatsen/twente/"),
        ("/organisaties/?kind=hogeschool", "/en/organisaties/?kind=hogeschool"),
        ("/", "/en/"),
    ],
)
def switch_language(client, path):
    """Where the language switch of the page at ``path`` leads."""
    html = client.get(path).content.decode()
    link = html[html.index('class="language-switch"') :]
    return unescape(link.split('href="', 1)[1].split('"', 1)[0])


@pytest.mark.parametrize(
    ("path", "english"),
    [
        ("/werkplaatsen/twente/", "/en/werkplaatsen/twente/"),
        ("/organisaties/?kind=hogeschool&q=sax", "/en/organisaties/?kind=hogeschool&q=sax"),
        ("/", "/en/"),
    ],
)
def test_the_language_switch_keeps_the_page_both_ways(client, network, path, english):
    assert switch_language(client, path) == english
    assert switch_language(client, english) == path


def test_every_page_links_to_its_other_language(client, network):
    html = client.get(url("network:workshop", slug="twente")).content.decode()
    assert 'hreflang="en" href="http://testserver/en/werkplaatsen/twente/"' in html
    assert 'hreflang="nl" href="http://testserver/werkplaatsen/twente/"' in html


def test_the_main_navigation_marks_the_current_section(client, network):
    html = client.get(url("network:workshop", slug="twente")).content.decode()
    assert 'href="/werkplaatsen/" aria-current="true"' in html
    html = client.get(url("network:person_list")).content.decode()
    assert 'href="/wie-weet-wat/" aria-current="page"' in html


# --- query counts: constant in the number of rows -----------------------------------------------


def grow(n):
    """n werkplaatsen, organisations and people, every one richly linked."""
    theme, competence = Theme.objects.first(), Competence.objects.first()
    role = ParticipantRole.objects.first()
    places = list(Municipality.objects.order_by("code")[: n + 1])
    hub = Workshop.objects.filter(slug="hub").first() or WorkshopFactory(slug="hub")
    hub_org = Organisation.objects.filter(slug="hub-org").first() or OrganisationFactory(
        slug="hub-org", name="Hub Organisatie"
    )
    for i in range(n):
        workshop = WorkshopFactory(slug=f"w-{n}-{i}")
        workshop.municipalities.add(places[i], places[i + 1])
        workshop.themes.add(theme)
        organisation = OrganisationFactory(slug=f"o-{n}-{i}", location=places[i])
        organisation.themes.add(theme)
        organisation.competences.add(competence)
        PartnershipFactory(
            workshop=workshop,
            organisation=organisation,
            role=PartnershipRole.LEAD,
            start_date=datetime.date(2023, 1, 1),
        )
        PartnershipFactory(workshop=hub, organisation=organisation)
        hub.research_groups.add(ResearchGroupFactory(slug=f"rg-{n}-{i}", organisation=hub_org))
        person = PersonFactory(slug=f"p-{n}-{i}", given_name=f"P{i}")
        person.workshops.add(workshop, hub)
        person.roles.add(role)
        person.themes.add(theme)
        person.competences.add(competence)
        Affiliation.objects.create(person=person, organisation=organisation, function="Onderzoeker")
        Affiliation.objects.create(person=person, organisation=hub_org)


LIST_PAGES = [
    ("network:home", {}, ""),
    ("network:workshop_list", {}, ""),
    ("network:workshop", {"slug": "hub"}, ""),
    ("network:organisation_list", {}, ""),
    ("network:organisation_list", {}, "?q=stichting&theme=eenzaamheid&province=groningen"),
    ("network:organisation", {"slug": "hub-org"}, ""),
    ("network:person_list", {}, ""),
    (
        "network:person_list",
        {},
        "?q=visser&kind=welzijnsorganisatie&werkplaats=hub&role=sociaal-professional",
    ),
    ("network:municipality_lookup", {}, ""),
    ("network:municipality_lookup", {}, "?q=a"),
]


def count_queries(client, address):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    return len(queries)


@pytest.mark.parametrize(("name", "kwargs", "query"), LIST_PAGES)
def test_list_pages_make_the_same_number_of_queries_for_3_or_30_rows(
    client, db, django_assert_max_num_queries, name, kwargs, query
):
    grow(3)
    few = count_queries(client, url(name, query=query, **kwargs))
    grow(30)
    with django_assert_max_num_queries(few):
        client.get(url(name, query=query, **kwargs))


def test_the_people_directory_makes_constant_queries_for_a_coordinator(
    client, db, cor, django_assert_max_num_queries
):
    grow(3)
    client.force_login(cor)
    few = count_queries(client, url("network:person_list"))
    grow(30)
    with django_assert_max_num_queries(few):
        client.get(url("network:person_list"))
