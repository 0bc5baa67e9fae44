"""The real werkplaatsen, loaded from data/werkplaatsen.csv.

The network is loaded once for the module (``network``); each test changes it only inside its own
rolled-back transaction. Loading into an empty database is ``test_reference_loading.py``'s."""

import datetime

import pytest
from django.db import transaction
from django.utils import translation

from werkplaats.network.constants import PartnershipRole
from werkplaats.network.models import (
    Municipality,
    Organisation,
    Partnership,
    ResearchGroup,
    Workshop,
)
from werkplaats.network.reference import (
    AGENDA_TO_THEMES,
    COROP_TO_WORKSHOP,
    ReferenceDataError,
    load_reference_network,
    read_reference_workshops,
    themes_for_agenda,
)

CSV_SLUGS = [
    "noord",
    "friesland",
    "regio-zwolle",
    "twente",
    "arnhem-nijmegen",
    "gelderse-vallei",
    "utrecht",
    "amsterdam",
    "noord-holland",
    "den-haag-leiden",
    "zuid-holland-zuid",
    "fontys",
    "avans",
    "zuyd",
    "zeeland",
]

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture(scope="module")
def network(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load_reference_network()
        yield
        transaction.set_rollback(True)


def _counts():
    return (
        Workshop.objects.count(),
        Organisation.objects.count(),
        ResearchGroup.objects.count(),
        Partnership.objects.count(),
        Workshop.municipalities.through.objects.count(),
        Workshop.themes.through.objects.count(),
    )


def test_it_loads_the_fifteen_werkplaatsen_with_the_slugs_of_the_data_file(network):
    assert sorted(Workshop.objects.values_list("slug", flat=True)) == sorted(CSV_SLUGS)
    assert [ref.slug for ref in read_reference_workshops()] == CSV_SLUGS


def test_every_one_of_the_342_municipalities_lies_in_the_region_of_a_werkplaats(network):
    assert Municipality.objects.count() == 342
    assert not Municipality.objects.filter(workshops__isnull=True).exists()


def test_every_corop_region_is_given_to_exactly_one_existing_werkplaats():
    corops = set(Municipality.objects.values_list("corop", flat=True))
    assert len(corops) == 40
    assert set(COROP_TO_WORKSHOP) == corops
    assert set(COROP_TO_WORKSHOP.values()) == set(CSV_SLUGS)


def test_sudwest_fryslan_lies_in_the_region_of_friesland(network):
    sudwest = Municipality.objects.get(name="Súdwest-Fryslân")
    assert list(sudwest.workshops.values_list("slug", flat=True)) == ["friesland"]


def test_a_named_municipality_outside_the_corop_regions_is_added_to_the_region(network):
    # Hoorn lies in the COROP region Kop van Noord-Holland and is named by Amsterdam as a partner.
    hoorn = Municipality.objects.get(name="Hoorn")
    assert set(hoorn.workshops.values_list("slug", flat=True)) == {"amsterdam", "noord-holland"}


def test_named_municipalities_are_partners_and_the_first_one_leads(network):
    twente = Workshop.objects.get(slug="twente")
    roles = {
        p.organisation.name: p.role
        for p in twente.partnerships.filter(organisation__kind__slug="gemeente").select_related(
            "organisation"
        )
    }
    assert roles == {
        "Gemeente Enschede": PartnershipRole.LEAD,
        "Gemeente Hengelo": PartnershipRole.PARTNER,
        "Gemeente Almelo": PartnershipRole.PARTNER,
    }
    enschede = Organisation.objects.get(name="Gemeente Enschede")
    assert enschede.municipality_code == enschede.location.code == "GM0153"


def test_cbs_spellings_are_matched_and_shown_as_people_say_them(network):
    assert Organisation.objects.get(municipality_code="GM0518").name == "Gemeente Den Haag"
    assert Organisation.objects.get(name="Gemeente Middelburg").location.name == "Middelburg (Z.)"


def test_lead_hogescholen_lead_their_werkplaats_over_the_current_funding_period(network):
    lead = Partnership.objects.get(workshop__slug="noord", organisation__kind__slug="hogeschool")
    assert lead.organisation.name == "Hanzehogeschool Groningen"
    assert lead.role == PartnershipRole.LEAD
    assert (lead.start_date, lead.end_date) == (
        datetime.date(2023, 1, 1),
        datetime.date(2026, 12, 31),
    )


def test_den_haag_leiden_has_two_lead_hogescholen_each_with_its_lectoraat(network):
    workshop = Workshop.objects.get(slug="den-haag-leiden")
    leads = workshop.partnerships.filter(
        role=PartnershipRole.LEAD, organisation__kind__slug="hogeschool"
    )
    assert {p.organisation.name for p in leads} == {"Hogeschool Leiden", "De Haagse Hogeschool"}
    owners = {g.name: g.organisation.name for g in workshop.research_groups.all()}
    assert owners == {
        "Lectoraat Sociale Innovatie en Ondernemerschap": "Hogeschool Leiden",
        "Lectoraat Urban Ageing": "De Haagse Hogeschool",
    }


def test_avans_has_three_lectoraten_of_avans_hogeschool(network):
    groups = Workshop.objects.get(slug="avans").research_groups.all()
    assert groups.count() == 3
    assert {g.organisation.name for g in groups} == {"Avans Hogeschool"}


def test_twente_has_no_lectoraat_and_its_description_says_what_the_source_leaves_open(network):
    twente = Workshop.objects.get(slug="twente")
    assert not twente.research_groups.exists()
    assert "de bron bevestigt dit niet" in twente.description
    assert "source names no research group" in twente.description_en


def test_a_hogeschool_leading_two_werkplaatsen_is_one_organisation(network):
    inholland = Organisation.objects.get(name="Hogeschool Inholland")
    assert set(inholland.partnerships.values_list("workshop__slug", flat=True)) == {
        "noord-holland",
        "zuid-holland-zuid",
    }


def test_every_agenda_wording_of_the_data_file_has_a_theme_decision():
    for ref in read_reference_workshops():
        for wording in ref.agenda:
            assert wording.lower() in AGENDA_TO_THEMES, wording
        themes_for_agenda(ref.agenda)


def test_agenda_wording_is_kept_and_mapped_onto_the_theme_vocabulary(network):
    zuyd = Workshop.objects.get(slug="zuyd")
    assert zuyd.agenda[:3] == ["sociale integratie", "Wmo", "jeugdhulp"]
    assert {
        "wmo",
        "jeugd",
        "participatiewet-en-werk",
        "informele-zorg-en-mantelzorg",
        "inclusie",
    } == set(zuyd.themes.values_list("slug", flat=True))


def test_an_unknown_agenda_wording_is_refused_with_its_wording():
    with pytest.raises(ReferenceDataError, match="straatvoetbal"):
        themes_for_agenda(["straatvoetbal"])


def test_the_description_is_made_of_the_facts_in_the_data_file(network):
    avans = Workshop.objects.get(slug="avans")
    for fact in (
        "Avans Hogeschool",
        "Lectoraat Integrale Veiligheid",
        "Lectoraat Active Ageing",
        "Breda",
        "'s-Hertogenbosch",
        "actief ouder worden",
    ):
        assert fact in avans.description
        assert fact in avans.description_en


def test_loading_again_leaves_editors_changes_alone(network):
    twente = Workshop.objects.get(slug="twente")
    twente.description = "Bijgewerkt door de coördinator."
    twente.save()
    losser = Municipality.objects.get(name="Losser")
    twente.municipalities.remove(losser)
    load_reference_network()
    twente.refresh_from_db()
    assert twente.description == "Bijgewerkt door de coördinator."
    assert not twente.municipalities.filter(pk=losser.pk).exists()


def test_every_reference_object_passes_validation(network):
    for model in (Workshop, Organisation, ResearchGroup):
        for obj in model.objects.all():
            obj.full_clean()
