"""A person without consent, and every e-mail address, never reaches public output.

The test plants unique marker strings in everything private (the names, bio, ORCID, function and
slug of a person who did not consent; the e-mail address of every person and account), links that
person everywhere a person can be linked, and then reads all public output as a visitor would: it
crawls the site from ``/`` and ``/en/`` (following every same-site link and trying every GET form),
and it reads every API list and detail and the OpenAPI schema. No body may contain a marker or an
e-mail address.

A consenting person with a marker name is planted too: finding *that* marker proves the crawl
reaches the pages where people appear, so the test would fail if the private one leaked there.
"""

import json
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import translation

from werkplaats.dossier.tests.factories import ArticleFactory
from werkplaats.network import models
from werkplaats.network.constants import PartnershipRole
from werkplaats.network.tests.factories import (
    OrganisationFactory,
    PartnershipFactory,
    PersonFactory,
    ResearchGroupFactory,
    WorkshopFactory,
)
from werkplaats.network.validators import orcid_check_digit
from werkplaats.publications.tests.factories import PublicationFactory
from werkplaats.syndication.sitemaps import SITEMAPS

from .crawler import EMAIL, api_addresses, crawl, leaks, visible_text

pytestmark = pytest.mark.django_db

MAIL_DOMAIN = "maildomeinmarker4t.example"
PRIVATE_GIVEN = "PRIVEMARKER7Q"
PRIVATE_FAMILY = "VERBORGENMARKER3X"
PRIVATE_PREFIX = "PREFIXMARKER6R"
PRIVATE_BIO = "BIOMARKER9Z"
PRIVATE_FUNCTION = "FUNCTIEMARKER2W"
PRIVATE_SLUG = "slugmarker5k-prive"
PRIVATE_USERNAME = "usermarker8p"
PRIVATE_ORCID_BASE = "000000031234567"
PRIVATE_ORCID = "0000-0003-1234-567" + orcid_check_digit(PRIVATE_ORCID_BASE)
PUBLIC_FAMILY = "OPENMARKER4V"

# Searched for in full and by a part that is no marker itself, so an echo of the query never counts.
SEARCH_TERMS = [
    PRIVATE_GIVEN,
    PRIVATE_GIVEN[:-2],
    PRIVATE_FAMILY,
    PRIVATE_FAMILY[:-2],
    PRIVATE_BIO[:-2],
    PRIVATE_FUNCTION[:-2],
    MAIL_DOMAIN,
    MAIL_DOMAIN[:-10],
    "@",
]


@pytest.fixture
def planted(django_user_model):
    """A small network in which one person did not consent and every e-mail address is a marker."""
    twente = WorkshopFactory(slug="twente", name="Werkplaats Sociaal Domein Twente")
    friesland = WorkshopFactory(slug="friesland", name="Werkplaats Sociaal Domein Friesland")
    twente.municipalities.add(*models.Municipality.objects.filter(code__in=["GM0153", "GM0164"]))
    friesland.municipalities.add(*models.Municipality.objects.filter(code__in=["GM1900", "GM0080"]))
    themes = list(models.Theme.objects.all()[:3])
    competences = list(models.Competence.objects.all()[:3])
    roles = list(models.ParticipantRole.objects.all()[:3])
    for workshop in (twente, friesland):
        workshop.themes.set(themes)
        coordinator = django_user_model.objects.create_user(
            username=f"coordinator-{workshop.slug}", email=f"coord-{workshop.slug}@{MAIL_DOMAIN}"
        )
        workshop.coordinators.add(coordinator)

    hogeschool = OrganisationFactory(
        slug="hogeschool-proef",
        name="Hogeschool Proef",
        kind=models.OrganisationKind.objects.get(slug="hogeschool"),
        location=models.Municipality.objects.get(code="GM0153"),
        kvk_number="41027731",
    )
    gemeente = OrganisationFactory(
        slug="gemeente-enschede",
        name="Gemeente Enschede",
        kind=models.OrganisationKind.objects.get(slug="gemeente"),
        location=models.Municipality.objects.get(code="GM0153"),
        municipality_code="GM0153",
    )
    welzijn = OrganisationFactory(location=models.Municipality.objects.get(code="GM1900"))
    for organisation in (hogeschool, gemeente, welzijn):
        organisation.themes.set(themes)
        organisation.competences.set(competences)

    private_user = django_user_model.objects.create_user(
        username=PRIVATE_USERNAME, email=f"prive@{MAIL_DOMAIN}"
    )
    private = PersonFactory(
        slug=PRIVATE_SLUG,
        given_name=PRIVATE_GIVEN,
        family_name_prefix=PRIVATE_PREFIX,
        family_name=PRIVATE_FAMILY,
        bio=f"{PRIVATE_BIO} werkt aan eenzaamheid.",
        orcid=PRIVATE_ORCID,
        email=f"{PRIVATE_SLUG}@{MAIL_DOMAIN}",
        is_public=False,
        user=private_user,
    )
    group = ResearchGroupFactory(slug="lectoraat-proef", organisation=hogeschool, lector=private)

    for workshop in (twente, friesland):
        workshop.research_groups.add(group)
        PartnershipFactory(workshop=workshop, organisation=hogeschool, role=PartnershipRole.LEAD)
        PartnershipFactory(workshop=workshop, organisation=gemeente)
        PartnershipFactory(workshop=workshop, organisation=welzijn)

    public = PersonFactory(
        slug="open-persoon",
        given_name="Open",
        family_name=PUBLIC_FAMILY,
        email=f"open@{MAIL_DOMAIN}",
        user=django_user_model.objects.create_user(username="open", email=f"acc@{MAIL_DOMAIN}"),
    )
    others = [
        PersonFactory(email=f"collega{index}@{MAIL_DOMAIN}", is_public=index % 2 == 0)
        for index in range(6)
    ]
    for person in (private, public, *others):
        person.workshops.set([twente, friesland])
        person.roles.set(roles)
        person.competences.set(competences)
        person.themes.set(themes)
        for organisation in (hogeschool, gemeente):
            models.Affiliation.objects.create(
                person=person,
                organisation=organisation,
                function=PRIVATE_FUNCTION if person is private else "Onderzoeker",
            )
    PublicationFactory(workshops=[twente], authors=[private, public, ("Extern", "Eva")])
    ArticleFactory(workshops=[twente], author=private, author_name="")
    ArticleFactory(workshops=[twente], author=public, author_name="")
    # Newsletter subscribers (their addresses are markers) and an issue sent to them, in the archive.
    from werkplaats.newsletter.tests.factories import plant_sent_issue

    plant_sent_issue([f"abonnee{n}@{MAIL_DOMAIN}" for n in range(3)], [twente])
    return private


def _markers(private):
    return [
        PRIVATE_GIVEN,
        PRIVATE_FAMILY,
        PRIVATE_PREFIX,
        PRIVATE_BIO,
        PRIVATE_FUNCTION,
        PRIVATE_SLUG,
        PRIVATE_USERNAME,
        PRIVATE_ORCID,
        PRIVATE_ORCID.replace("-", ""),
        str(private.uuid),
        MAIL_DOMAIN,
    ]


def _leaks(body: str, private, address: str = "") -> list[str]:
    """The markers in a body, less the search terms the address itself asked for (an echo)."""
    return leaks(body, _markers(private), address)


def _site_starts(private):
    starts = []
    for language in ("nl", "en"):
        with translation.override(language):
            starts.append(reverse("network:home"))
            for name in ("network:person_list", "network:organisation_list"):
                for term in SEARCH_TERMS:
                    starts.append(f"{reverse(name)}?{urlencode({'q': term})}")
            starts.append(f"{reverse('network:person_list')}?werkplaats=twente")
            starts.append(f"{reverse('network:municipality_lookup')}?q=Enschede")
            starts.append(reverse("publications:list"))
            starts.append(reverse("network:theme_list"))
            starts.append(reverse("dossier:list"))
            starts.append(reverse("newsletter:archive"))
            starts.append(reverse("newsletter:signup"))
            starts.append(f"{reverse('syndication:index')}?werkplaats=twente")
            # Monitoring: dashboards, the records behind figures, the public reports.
            starts.append(reverse("monitoring:network"))
            starts.append(f"{reverse('monitoring:workshop', args=['twente'])}?compare=2020-2022")
            starts.append(reverse("monitoring:reports"))
            for key in (
                "participants-by-role",
                "community-members-by-role",
                "bridge-organisations",
            ):
                starts.append(reverse("monitoring:records", args=[key]))
    # Machine-readable public output: read when it exists, its <loc> addresses followed.
    sections = [f"/sitemap-{name}.xml" for name in SITEMAPS]
    return [*starts, "/sitemap.xml", *sections]


def test_no_public_page_shows_a_person_without_consent_or_an_email_address(client, planted):
    pages = crawl(client, _site_starts(planted), [PRIVATE_GIVEN[:-2], MAIL_DOMAIN[:-10], "Open"])

    ok = [address for address, response in pages.items() if response.status_code == 200]
    broken = {a: r.status_code for a, r in pages.items() if r.status_code >= 500}
    leaked = {a: _leaks(r.content.decode(), planted, a) for a, r in pages.items()}
    assert not broken
    assert len(ok) > 20, f"the crawl reached only {len(ok)} pages: {sorted(ok)}"
    assert any(a.startswith("/en/") for a in ok)
    assert {a: found for a, found in leaked.items() if found} == {}
    shown = {a: EMAIL.search(visible_text(r)) for a, r in pages.items()}
    assert {a: m.group() for a, m in shown.items() if m} == {}
    # The positive control: the crawl did reach pages where consenting people are shown.
    assert any(PUBLIC_FAMILY in r.content.decode() for r in pages.values())


def test_a_person_without_consent_has_no_public_page(client, planted):
    for language in ("nl", "en"):
        with translation.override(language):
            address = reverse("network:person", kwargs={"slug": planted.slug})
        response = client.get(address)
        assert response.status_code == 404
        assert not _leaks(response.content.decode(), planted, address)


# The API ----------------------------------------------------------------------------------------


def test_no_anonymous_api_response_shows_a_person_without_consent_or_an_email_address(
    client, planted
):
    addresses = api_addresses(client, SEARCH_TERMS)
    addresses += [
        "/api/v1/schema/",
        "/api/v1/schema/?format=json",
        "/api/v1/docs/",
        "/api/v1/people/?format=api",
        "/api/v1/workshops/twente/?format=api",
    ]

    responses = {address: client.get(address) for address in addresses}

    assert len(responses) > 30
    assert {a: r.status_code for a, r in responses.items() if r.status_code != 200} == {}
    leaked = {a: _leaks(r.content.decode(), planted, a) for a, r in responses.items()}
    assert {a: found for a, found in leaked.items() if found} == {}
    for address, response in responses.items():
        if response["Content-Type"] == "application/json":
            text = json.dumps(response.json(), ensure_ascii=False)
            assert not EMAIL.search(text), f"{address} shows an e-mail address"
    # The positive control: the consenting person is there, so the people pages were read.
    assert any(PUBLIC_FAMILY in r.content.decode() for r in responses.values())


def test_a_person_without_consent_is_not_found_in_the_api(client, planted):
    response = client.get(f"/api/v1/people/{planted.slug}/")

    assert response.status_code == 404
    assert not _leaks(response.content.decode(), planted)


def test_the_markers_are_found_where_they_are_allowed_so_the_check_can_fail(client, planted):
    """A network editor sees the person without consent: the same check reports the leak."""
    editor = type(planted.user).objects.create_user(username="noor", is_network_editor=True)
    client.force_login(editor)

    response = client.get(f"/api/v1/people/{planted.slug}/")

    assert response.status_code == 200
    assert PRIVATE_GIVEN in _leaks(response.content.decode(), planted)
