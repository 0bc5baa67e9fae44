"""The registry's services, called directly: what they write, and what they refuse."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from werkplaats.network import services
from werkplaats.network.constants import PartnershipRole
from werkplaats.network.models import (
    Municipality,
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Partnership,
    Person,
    Theme,
)
from werkplaats.network.tests.factories import (
    OrganisationFactory,
    PartnershipFactory,
    PersonFactory,
)
from werkplaats.utils.slugs import unique_slug

pytestmark = pytest.mark.django_db


@pytest.fixture
def welfare():
    return OrganisationKind.objects.get(slug="welzijnsorganisatie")


def test_unique_slug_numbers_a_second_organisation_with_the_same_name(welfare):
    OrganisationFactory(name="Stichting Wijkracht", slug="stichting-wijkracht")
    OrganisationFactory(name="Stichting Wijkracht 2", slug="stichting-wijkracht-2")
    assert unique_slug(Organisation, "Stichting Wijkracht") == "stichting-wijkracht-3"
    assert unique_slug(Organisation, "Stichting Wijkkracht") == "stichting-wijkkracht"


def test_unique_slug_falls_back_to_the_model_name_for_text_without_letters():
    assert unique_slug(Organisation, "!!!") == "organisation"


def test_it_creates_an_organisation_with_a_slug_and_bare_identifiers(welfare):
    enschede = Municipality.objects.get(code="GM0153")
    organisation = services.create_organisation(
        name="  Wijkracht Enschede ",
        kind=welfare,
        website="https://wijkracht.example",
        kvk_number="12345678",
        ror_id="https://ror.org/05f950310",
        location=enschede,
    )
    organisation.refresh_from_db()
    assert organisation.name == "Wijkracht Enschede"
    assert organisation.slug == "wijkracht-enschede"
    assert organisation.ror_id == "05f950310"
    assert organisation.location == enschede


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kvk_number", "1234567"),
        ("kvk_number", "1234 567a"),
        ("ror_id", "05f950311"),
        ("ror_id", "15f950310"),
        ("municipality_code", "GM153"),
        ("website", "not a website"),
    ],
)
def test_it_rejects_an_organisation_with_a_bad_identifier_and_stores_nothing(welfare, field, value):
    before = Organisation.objects.count()
    with pytest.raises(ValidationError) as error:
        services.create_organisation(name="Stichting Fout", kind=welfare, **{field: value})
    assert field in error.value.message_dict
    assert Organisation.objects.count() == before


def test_it_rejects_an_organisation_without_a_name(welfare):
    with pytest.raises(ValidationError) as error:
        services.create_organisation(name=" ", kind=welfare)
    assert "name" in error.value.message_dict


def test_it_adds_a_partner_with_role_and_period(twente):
    organisation = OrganisationFactory()
    partnership = services.add_partner(
        twente, organisation, role=PartnershipRole.LEAD, start_date=date(2023, 1, 1)
    )
    assert partnership.pk is not None
    assert list(twente.partnerships.values_list("organisation__slug", "role")) == [
        (organisation.slug, "lead")
    ]


def test_it_refuses_the_same_role_twice_for_one_organisation(twente):
    organisation = OrganisationFactory()
    services.add_partner(twente, organisation, role=PartnershipRole.PARTNER)
    with pytest.raises(ValidationError) as error:
        services.add_partner(twente, organisation, role=PartnershipRole.PARTNER)
    assert "role" in error.value.message_dict
    assert twente.partnerships.count() == 1


def test_it_refuses_a_partnership_that_ends_before_it_starts(twente):
    with pytest.raises(ValidationError) as error:
        services.add_partner(
            twente, OrganisationFactory(), start_date=date(2024, 1, 1), end_date=date(2023, 1, 1)
        )
    assert "end_date" in error.value.message_dict
    assert not twente.partnerships.exists()


def test_a_new_organisation_with_a_bad_kvk_is_not_added_as_partner(twente, welfare):
    with pytest.raises(ValidationError):
        services.add_partner_with_new_organisation(
            twente, organisation={"name": "Stichting Fout", "kind": welfare, "kvk_number": "12"}
        )
    assert not Organisation.objects.filter(name="Stichting Fout").exists()
    assert not twente.partnerships.exists()


def test_a_failing_partnership_rolls_back_the_new_organisation(twente, welfare):
    with pytest.raises(ValidationError):
        services.add_partner_with_new_organisation(
            twente,
            organisation={"name": "Stichting Terug", "kind": welfare},
            start_date=date(2024, 1, 1),
            end_date=date(2020, 1, 1),
        )
    assert not Organisation.objects.filter(name="Stichting Terug").exists()


def test_it_updates_a_partnership_but_not_into_a_role_already_held(twente):
    organisation = OrganisationFactory()
    lead = services.add_partner(twente, organisation, role=PartnershipRole.LEAD)
    partner = services.add_partner(twente, organisation, role=PartnershipRole.PARTNER)
    services.update_partnership(
        partner, role=PartnershipRole.FUNDER, start_date=None, end_date=date(2026, 12, 31)
    )
    partner.refresh_from_db()
    assert (partner.role, partner.end_date) == ("funder", date(2026, 12, 31))
    with pytest.raises(ValidationError):
        services.update_partnership(
            partner, role=PartnershipRole.LEAD, start_date=None, end_date=None
        )
    partner.refresh_from_db()
    assert partner.role == "funder"
    assert lead.role == "lead"


def test_ending_a_partnership_keeps_it_with_an_end_date(twente):
    partnership = PartnershipFactory(workshop=twente, start_date=date(2020, 1, 1))
    services.end_partnership(partnership)
    partnership.refresh_from_db()
    assert partnership.end_date == timezone.localdate()
    assert Partnership.objects.filter(pk=partnership.pk).exists()
    # The end date is the last day: from tomorrow on the partnership is history.
    assert not twente.partnerships.current(on=timezone.localdate() + timedelta(days=1)).exists()


def test_a_partnership_cannot_end_before_it_started(twente):
    partnership = PartnershipFactory(workshop=twente, start_date=date(2030, 1, 1))
    with pytest.raises(ValidationError):
        services.end_partnership(partnership, on=date(2029, 12, 31))
    partnership.refresh_from_db()
    assert partnership.end_date is None


def test_it_registers_a_person_in_a_workshop_not_public_by_default(twente):
    role = ParticipantRole.objects.get(slug="onderzoeker")
    theme = Theme.objects.get(slug="eenzaamheid")
    organisation = OrganisationFactory()
    person = services.register_person(
        given_name="Sanne",
        family_name_prefix="van",
        family_name="Dijk",
        email="sanne@example.org",
        orcid="https://orcid.org/0000-0002-1825-0097",
        workshop=twente,
        roles=[role],
        themes=[theme],
        affiliation=organisation,
        function="onderzoeker",
    )
    person.refresh_from_db()
    assert person.slug == "sanne-van-dijk"
    assert person.orcid == "0000-0002-1825-0097"
    assert person.is_public is False
    assert person.consent_changed_at is None
    assert list(person.workshops.all()) == [twente]
    assert list(person.roles.all()) == [role]
    assert list(person.themes.all()) == [theme]
    assert person.affiliations.get().function == "onderzoeker"


def test_registering_with_consent_records_when_it_was_given():
    person = services.register_person(given_name="Joost", family_name="Bakker", is_public=True)
    assert person.is_public is True
    assert person.consent_changed_at is not None


@pytest.mark.parametrize("orcid", ["0000-0002-1825-0098", "0000-0002-1825", "orcid"])
def test_it_rejects_a_person_with_a_bad_orcid_and_stores_nothing(orcid):
    with pytest.raises(ValidationError) as error:
        services.register_person(given_name="Fout", family_name="Persoon", orcid=orcid)
    assert "orcid" in error.value.message_dict
    assert not Person.objects.filter(given_name="Fout").exists()


def test_it_rejects_a_person_with_a_bad_email_address():
    with pytest.raises(ValidationError) as error:
        services.register_person(given_name="Fout", family_name="Adres", email="geen-adres")
    assert "email" in error.value.message_dict


def test_two_people_with_the_same_name_get_different_slugs():
    first = services.register_person(given_name="Anna", family_name="de Vries")
    second = services.register_person(given_name="Anna", family_name="de Vries")
    assert first.slug != second.slug


def test_updating_a_person_keeps_the_slug_and_changes_only_what_is_given():
    person = PersonFactory(is_public=False, orcid="")
    slug = person.slug
    role = ParticipantRole.objects.get(slug="docent")
    person.roles.add(role)
    services.update_person(person, family_name="Veenstra", orcid="0000-0002-1825-0097")
    person.refresh_from_db()
    assert (person.slug, person.family_name, person.orcid) == (
        slug,
        "Veenstra",
        "0000-0002-1825-0097",
    )
    assert list(person.roles.all()) == [role]
    assert person.consent_changed_at is None


def test_a_failed_update_changes_nothing():
    person = PersonFactory(family_name="Visser", orcid="")
    with pytest.raises(ValidationError):
        services.update_person(person, family_name="Anders", orcid="0000-0000-0000-0000")
    person.refresh_from_db()
    assert person.family_name == "Visser"


def test_consent_changes_are_recorded_with_their_time():
    person = PersonFactory(is_public=False)
    services.set_person_consent(person, True)
    person.refresh_from_db()
    first = person.consent_changed_at
    assert person.is_public and first is not None
    services.set_person_consent(person, True)
    person.refresh_from_db()
    assert person.consent_changed_at == first
    services.update_person(person, is_public=False)
    person.refresh_from_db()
    assert person.is_public is False
    assert person.consent_changed_at > first - timedelta(seconds=1)


def test_a_person_is_added_to_and_removed_from_a_workshop_but_stays_in_the_registry(
    twente, zeeland
):
    person = PersonFactory()
    person.workshops.add(zeeland)
    services.add_person_to_workshop(person, twente)
    assert set(person.workshops.all()) == {twente, zeeland}
    services.remove_person_from_workshop(person, twente)
    assert list(person.workshops.all()) == [zeeland]
    assert Person.objects.filter(pk=person.pk).exists()


def test_an_affiliation_is_not_doubled_when_recorded_again():
    person = PersonFactory()
    organisation = OrganisationFactory()
    services.add_affiliation(person, organisation, function="docent")
    services.add_affiliation(person, organisation, function="lector")
    assert person.affiliations.get().function == "lector"
