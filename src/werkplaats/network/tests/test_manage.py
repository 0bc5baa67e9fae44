"""Coordinators maintain the partners and people of their own werkplaats in the site."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from werkplaats.network.models import Organisation, Partnership, Person
from werkplaats.network.tests.factories import (
    OrganisationFactory,
    PartnershipFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


def manage_url(name, workshop, language=None, **kwargs):
    with translation.override(language):
        return reverse(f"manage:{name}", kwargs={"slug": workshop.slug, **kwargs})


@pytest.fixture
def as_cor(client, cor):
    client.force_login(cor)
    return client


def new_organisation(**overrides):
    data = {
        "role": "partner",
        "organisation": "",
        "new-name": "Stichting Wijkracht Enschede",
        "new-kind": "welzijnsorganisatie",
        "new-website": "https://wijkracht.example",
        "new-kvk_number": "12345678",
        "new-ror_id": "",
        "new-municipality_code": "",
        "new-location": "GM0153",
    }
    data.update(overrides)
    return data


def new_person(**overrides):
    data = {
        "given_name": "Sanne",
        "family_name_prefix": "van",
        "family_name": "Dijk",
        "email": "sanne@example.org",
        "orcid": "0000-0002-1825-0097",
        "roles": ["onderzoeker"],
        "competences": ["actieonderzoek"],
        "themes": ["eenzaamheid"],
        "function": "onderzoeker",
    }
    data.update(overrides)
    return data


def test_the_overview_lists_partners_and_people_of_the_workshop(as_cor, twente, zeeland):
    PartnershipFactory(workshop=twente, organisation=OrganisationFactory(name="Saxion"))
    PartnershipFactory(
        workshop=zeeland, organisation=OrganisationFactory(name="Hogeschool Zeeuwse Kust")
    )
    PersonFactory(given_name="Tessa", family_name="Kuipers", is_public=False).workshops.add(twente)
    response = as_cor.get(manage_url("workshop", twente))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Saxion" in content
    assert "Tessa Kuipers" in content
    assert "Hogeschool Zeeuwse Kust" not in content


def test_a_coordinator_may_not_manage_another_workshop(as_cor, zeeland):
    assert as_cor.get(manage_url("workshop", zeeland)).status_code == 403
    assert as_cor.post(manage_url("partner_add", zeeland), new_organisation()).status_code == 403
    assert not Organisation.objects.filter(name="Stichting Wijkracht Enschede").exists()


def test_an_unknown_workshop_is_not_found(as_cor):
    assert as_cor.get("/werkplaatsen/bestaat-niet/beheer/").status_code == 404


def test_the_overview_asks_a_constant_number_of_queries(
    as_cor, twente, django_assert_max_num_queries
):
    def grow(n):
        for _ in range(n):
            PartnershipFactory(workshop=twente, start_date=date(2023, 1, 1))
            person = PersonFactory()
            person.workshops.add(twente)
            person.roles.set([1, 2])
            person.affiliations.create(organisation=OrganisationFactory(), function="docent")

    url = manage_url("workshop", twente)
    grow(2)
    as_cor.get(url)  # warm the session
    with django_assert_max_num_queries(12) as few:
        assert as_cor.get(url).status_code == 200
    grow(20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = as_cor.get(url)
    assert response.content.decode().count("docent") >= 22


def test_a_coordinator_adds_an_existing_organisation_as_partner(as_cor, twente):
    saxion = OrganisationFactory(name="Saxion", slug="saxion")
    response = as_cor.post(
        manage_url("partner_add", twente),
        {"organisation": "saxion", "role": "lead", "start_date": "2023-01-01"},
    )
    assert response.status_code == 302
    partnership = twente.partnerships.get()
    assert (partnership.organisation, partnership.role) == (saxion, "lead")
    assert partnership.start_date == date(2023, 1, 1)


def test_a_coordinator_creates_a_new_organisation_as_partner(as_cor, twente):
    response = as_cor.post(manage_url("partner_add", twente), new_organisation())
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Stichting Wijkracht Enschede")
    assert organisation.slug == "stichting-wijkracht-enschede"
    assert organisation.kvk_number == "12345678"
    assert organisation.location.code == "GM0153"
    assert twente.partnerships.filter(organisation=organisation).exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("new-kvk_number", "1234567", "8 digits"),
        ("new-ror_id", "05f950311", "check digits"),
        ("new-municipality_code", "GM15", "GM followed by 4 digits"),
        ("new-name", "", "Enter the name"),
        ("new-kind", "", "Choose what kind"),
    ],
)
def test_a_new_organisation_with_bad_input_is_shown_again_with_the_error(
    client, noor, twente, field, value, message
):
    client.force_login(noor)
    response = client.post(
        manage_url("partner_add", twente, "en"), new_organisation(**{field: value})
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert f'id="id_{field}_error"' in response.content.decode()
    assert (
        'value="Stichting Wijkracht Enschede"' in response.content.decode() or field == "new-name"
    )
    assert not Organisation.objects.filter(name="Stichting Wijkracht Enschede").exists()
    assert not twente.partnerships.exists()


def test_choosing_an_organisation_and_describing_a_new_one_is_refused(as_cor, twente):
    OrganisationFactory(slug="saxion")
    response = as_cor.post(
        manage_url("partner_add", twente), new_organisation(organisation="saxion")
    )
    assert response.status_code == 400
    assert not twente.partnerships.exists()


def test_adding_the_same_role_twice_is_shown_as_an_error(as_cor, twente):
    partnership = PartnershipFactory(workshop=twente, role="partner")
    response = as_cor.post(
        manage_url("partner_add", twente),
        {"organisation": partnership.organisation.slug, "role": "partner"},
    )
    assert response.status_code == 400
    assert twente.partnerships.count() == 1


def test_a_coordinator_edits_a_partnership(as_cor, twente):
    partnership = PartnershipFactory(workshop=twente, role="partner")
    url = manage_url(
        "partner_edit", twente, organisation=partnership.organisation.slug, role="partner"
    )
    assert as_cor.get(url).status_code == 200
    response = as_cor.post(
        url, {"role": "advisory", "start_date": "2020-01-01", "end_date": "2022-12-31"}
    )
    assert response.status_code == 302
    partnership.refresh_from_db()
    assert (partnership.role, partnership.end_date) == ("advisory", date(2022, 12, 31))


def test_a_period_that_ends_before_it_starts_is_refused(as_cor, twente):
    partnership = PartnershipFactory(workshop=twente, role="partner")
    url = manage_url(
        "partner_edit", twente, organisation=partnership.organisation.slug, role="partner"
    )
    response = as_cor.post(
        url, {"role": "partner", "start_date": "2024-01-01", "end_date": "2023-01-01"}
    )
    assert response.status_code == 400
    partnership.refresh_from_db()
    assert partnership.end_date is None


def test_a_coordinator_ends_a_partnership(as_cor, twente):
    partnership = PartnershipFactory(workshop=twente, role="funder")
    url = manage_url(
        "partner_end", twente, organisation=partnership.organisation.slug, role="funder"
    )
    assert as_cor.get(url).status_code == 200
    assert as_cor.post(url, {"end_date": "2025-12-31"}).status_code == 302
    partnership.refresh_from_db()
    assert partnership.end_date == date(2025, 12, 31)


def test_a_partnership_of_another_workshop_is_not_found_under_this_one(as_cor, twente, zeeland):
    partnership = PartnershipFactory(workshop=zeeland, role="partner")
    url = manage_url(
        "partner_end", twente, organisation=partnership.organisation.slug, role="partner"
    )
    assert as_cor.post(url, {"end_date": "2025-12-31"}).status_code == 404
    partnership.refresh_from_db()
    assert partnership.end_date is None


def test_a_coordinator_registers_a_new_person_in_the_workshop(as_cor, twente):
    organisation = OrganisationFactory(slug="saxion")
    response = as_cor.post(
        manage_url("person_add", twente), new_person(affiliation="saxion", is_public="on")
    )
    assert response.status_code == 302
    person = Person.objects.get(slug="sanne-van-dijk")
    assert list(person.workshops.all()) == [twente]
    assert person.is_public and person.consent_changed_at is not None
    assert [r.slug for r in person.roles.all()] == ["onderzoeker"]
    assert person.affiliations.get().organisation == organisation


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("orcid", "0000-0002-1825-0098", "wrong check digit"),
        ("orcid", "1234", "four groups of four digits"),
        ("email", "geen-adres", "valid email address"),
        ("family_name", "", "required"),
    ],
)
def test_a_new_person_with_bad_input_is_shown_again_with_the_error(
    as_cor, twente, field, value, message
):
    response = as_cor.post(manage_url("person_add", twente, "en"), new_person(**{field: value}))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert f'id="id_{field}_error"' in response.content.decode()
    assert not Person.objects.filter(given_name="Sanne").exists()


def test_a_coordinator_adds_a_consenting_person_from_elsewhere(as_cor, twente, zeeland):
    person = PersonFactory(is_public=True)
    person.workshops.add(zeeland)
    response = as_cor.post(manage_url("person_add_existing", twente), {"person": person.slug})
    assert response.status_code == 302
    assert set(person.workshops.all()) == {twente, zeeland}


def test_a_coordinator_cannot_pick_a_private_person_of_another_workshop(as_cor, twente, zeeland):
    hidden = PersonFactory(is_public=False, given_name="Verborgen")
    hidden.workshops.add(zeeland)
    page = as_cor.get(manage_url("person_add", twente)).content.decode()
    assert "Verborgen" not in page
    response = as_cor.post(manage_url("person_add_existing", twente), {"person": hidden.slug})
    assert response.status_code == 400
    assert list(hidden.workshops.all()) == [zeeland]


def test_a_coordinator_edits_a_person_of_the_workshop(as_cor, twente):
    person = PersonFactory(is_public=False, orcid="")
    person.workshops.add(twente)
    url = manage_url("person_edit", twente, person=person.slug)
    assert as_cor.get(url).status_code == 200
    response = as_cor.post(url, new_person(is_public="on"))
    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.family_name, person.orcid, person.is_public) == (
        "Dijk",
        "0000-0002-1825-0097",
        True,
    )
    assert person.consent_changed_at is not None


def test_editing_a_person_with_a_bad_orcid_changes_nothing(as_cor, twente):
    person = PersonFactory(family_name="Visser", orcid="")
    person.workshops.add(twente)
    response = as_cor.post(
        manage_url("person_edit", twente, "en", person=person.slug),
        new_person(orcid="0000-0000-0000-0002"),
    )
    assert response.status_code == 400
    assert "check digit" in response.content.decode()
    person.refresh_from_db()
    assert (person.family_name, person.orcid) == ("Visser", "")


def test_a_person_of_another_workshop_cannot_be_edited_here(as_cor, twente, zeeland):
    person = PersonFactory(family_name="Visser")
    person.workshops.add(zeeland)
    url = manage_url("person_edit", twente, person=person.slug)
    assert as_cor.post(url, new_person()).status_code == 404
    person.refresh_from_db()
    assert person.family_name == "Visser"


def test_a_coordinator_removes_a_person_from_the_workshop(as_cor, twente, zeeland):
    person = PersonFactory()
    person.workshops.add(twente, zeeland)
    url = manage_url("person_remove", twente, person=person.slug)
    assert as_cor.get(url).status_code == 200
    assert as_cor.post(url).status_code == 302
    assert list(person.workshops.all()) == [zeeland]
    assert Person.objects.filter(pk=person.pk).exists()


def test_a_network_editor_manages_every_workshop(client, noor, zeeland):
    client.force_login(noor)
    assert client.get(manage_url("workshop", zeeland)).status_code == 200
    response = client.post(manage_url("partner_add", zeeland), new_organisation())
    assert response.status_code == 302
    assert Partnership.objects.filter(workshop=zeeland).count() == 1


def test_a_visitor_is_sent_to_log_in(client, twente):
    response = client.get(manage_url("workshop", twente))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
