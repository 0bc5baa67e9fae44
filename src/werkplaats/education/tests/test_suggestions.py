"""Suggestions for lecturers: which open offers suit their programme in its periods, in which
order, and the reasons in words; and the page that shows them."""

import datetime

import pytest
from django.utils import timezone, translation

from werkplaats.education import matching
from werkplaats.education.constants import Level
from werkplaats.education.matching import Semester, academic_year
from werkplaats.education.models import ProgrammePeriod
from werkplaats.education.services import journey
from werkplaats.network.models import Municipality, Partnership, Theme

from .factories import ProgrammeFactory, offer_for

pytestmark = pytest.mark.django_db

FOR_ME = "/en/onderwijs/voor-mijn-opleiding/"


def semester(number: int) -> Semester:
    return Semester(academic_year(timezone.localdate()) + 1, number)


def in_semester(number: int, **fields) -> dict:
    """Offer dates well inside a semester of next academic year."""
    chosen = semester(number)
    return {
        "starts_on": chosen.starts_on + datetime.timedelta(days=14),
        "ends_on": chosen.ends_on - datetime.timedelta(days=14),
        **fields,
    }


@pytest.fixture
def themes(db):
    return list(Theme.objects.order_by("position", "name")[:4])


@pytest.fixture
def lecturer(django_user_model):
    return django_user_model.objects.create_user("lotte", "lotte@example.org", password="x")


@pytest.fixture
def social_work(lecturer, themes):
    programme = ProgrammeFactory(name="hbo Social Work", slug="social-work-saxion")
    programme.lecturers.add(lecturer)
    programme.themes.set(themes[:2])
    ProgrammePeriod.objects.create(
        programme=programme,
        name="semester 2",
        starts_on=semester(2).starts_on,
        ends_on=semester(2).ends_on,
    )
    return programme


def reasons(offer, programme, region=None) -> dict[str, str]:
    with translation.override("en"):
        found = matching.reasons_for(offer, programme, list(programme.periods.all()), region)
    return {reason.kind: reason.text for reason in found}


# --- periods ---------------------------------------------------------------------------------------


def test_semesters_run_from_september_to_january_and_february_to_july():
    first, second = Semester(2026, 1), Semester(2026, 2)

    assert (first.starts_on, first.ends_on) == (
        datetime.date(2026, 9, 1),
        datetime.date(2027, 1, 31),
    )
    assert (second.starts_on, second.ends_on) == (
        datetime.date(2027, 2, 1),
        datetime.date(2027, 7, 31),
    )
    assert Semester.parse("2026-2027-2") == second
    assert Semester.parse("2026-2028-1") is None
    assert Semester.parse("2026-2027-3") is None


# --- reasons --------------------------------------------------------------------------------------


def test_an_offer_naming_the_programme_says_so_with_its_level_and_period(cor, twente, social_work):
    offer = offer_for(twente, cor, programmes=[social_work], **in_semester(2))

    found = reasons(offer, social_work)

    assert found == {
        matching.NAMED: "The offer names your programme hbo Social Work.",
        matching.LEVEL: "It suits your level: Bachelor.",
        matching.PERIOD: "It overlaps your period “semester 2”.",
    }


def test_an_offer_for_every_programme_of_a_level_says_it_suits_the_level(cor, twente, social_work):
    offer = offer_for(twente, cor, levels=[Level.BACHELOR, Level.MASTER], **in_semester(2))

    found = reasons(offer, social_work)

    assert matching.NAMED not in found
    assert found[matching.LEVEL] == "It suits your level: Bachelor."


def test_shared_themes_are_named(cor, twente, social_work, themes):
    offer = offer_for(twente, cor, themes=[themes[1], themes[3]], **in_semester(2))

    with translation.override("en"):
        expected = f"Shared themes: {themes[1].label}."
    assert reasons(offer, social_work)[matching.THEMES] == expected


def test_an_offer_over_several_periods_names_each_it_overlaps(cor, twente, social_work):
    ProgrammePeriod.objects.create(
        programme=social_work,
        name="blok 1",
        starts_on=semester(1).starts_on,
        ends_on=semester(1).starts_on + datetime.timedelta(days=60),
    )
    offer = offer_for(twente, cor, starts_on=semester(1).starts_on, ends_on=semester(2).starts_on)

    assert reasons(offer, social_work)[matching.PERIOD] == (
        "It overlaps your periods “blok 1”, “semester 2”."
    )


def test_the_region_is_a_reason_when_the_institution_is_a_partner_or_in_the_werkplaats_region(
    cor, twente, zeeland, social_work
):
    Partnership.objects.create(workshop=twente, organisation=social_work.institution)
    middelburg = Municipality.objects.get(code="GM0687")
    zeeland.municipalities.add(middelburg)
    social_work.institution.location = middelburg
    social_work.institution.save()
    twentse = offer_for(twente, cor, **in_semester(2))
    zeeuwse = offer_for(zeeland, cor, **in_semester(2))
    region = matching.regions_of([social_work.institution_id], timezone.localdate())[
        social_work.institution_id
    ]

    assert reasons(twentse, social_work, region)[matching.REGION] == (
        f"In your region: Saxion is a partner of {twente.name}."
    )
    assert reasons(zeeuwse, social_work, region)[matching.REGION] == (
        f"In your region: {zeeland.name} works where Saxion is."
    )


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({"levels": [Level.MBO_4]}, id="another level"),
        pytest.param({"programmes": "other"}, id="names another programme"),
        pytest.param(in_semester(1), id="outside its periods"),
    ],
)
def test_an_offer_that_does_not_suit_or_falls_outside_the_periods_has_no_reasons(
    cor, twente, social_work, fields
):
    if fields.get("programmes") == "other":
        fields = {**in_semester(2), "programmes": [ProgrammeFactory(name="hbo Psychologie")]}
    else:
        fields = {**in_semester(2), **fields}
    offer = offer_for(twente, cor, **fields)

    assert reasons(offer, social_work) == {}


def test_a_period_touching_the_offer_on_one_day_counts(cor, twente, social_work):
    offer = offer_for(
        twente,
        cor,
        starts_on=semester(2).starts_on - datetime.timedelta(days=60),
        ends_on=semester(2).starts_on,
    )

    assert matching.PERIOD in reasons(offer, social_work)


# --- ranking --------------------------------------------------------------------------------------


def test_offers_are_ranked_named_first_then_by_shared_themes_then_by_start(
    cor, twente, social_work, themes
):
    plain_late = offer_for(twente, cor, title="Gewoon, later", **in_semester(2))
    plain_early = offer_for(
        twente,
        cor,
        title="Gewoon, eerder",
        **in_semester(2, starts_on=semester(2).starts_on),
    )
    with_themes = offer_for(twente, cor, title="Met thema's", themes=themes[:2], **in_semester(2))
    named = offer_for(twente, cor, title="Genoemd", programmes=[social_work], **in_semester(2))
    offer_for(twente, cor, title="Ander niveau", levels=[Level.MBO_2], **in_semester(2))

    ranked = matching.rank(
        [plain_late, plain_early, with_themes, named], social_work, social_work.periods.all()
    )

    assert [s.offer.title for s in ranked] == [
        "Genoemd",
        "Met thema's",
        "Gewoon, eerder",
        "Gewoon, later",
    ]
    assert ranked[0].score > ranked[1].score > ranked[2].score == ranked[3].score


def test_only_open_offers_are_suggested(cor, twente, social_work, lecturer, django_user_model):
    taken = offer_for(twente, cor, title="Al genomen", **in_semester(2))
    journey.claim_offer(taken, lecturer, social_work)
    gone = offer_for(twente, cor, title="Ingetrokken", **in_semester(2))
    journey.withdraw_offer(gone, cor, "Geen begeleider.")
    offer_for(twente, cor, title="Nog open", **in_semester(2))

    (entry,) = matching.suggestions_for(lecturer)

    assert entry.programme == social_work
    assert [s.offer.title for s in entry.suggestions] == ["Nog open"]


def test_a_user_who_teaches_no_programme_gets_no_suggestions(mila, cor, twente, social_work):
    offer_for(twente, cor, **in_semester(2))

    assert matching.suggestions_for(mila) == []


def test_a_network_editor_sees_suggestions_for_every_programme_that_takes_on_work(
    noor, social_work
):
    ProgrammeFactory(name="hbo Pauze", is_active=False)
    ProgrammeFactory(name="hbo Psychologie")

    names = [entry.programme.name for entry in matching.suggestions_for(noor)]

    assert names == ["hbo Psychologie", "hbo Social Work"]


# --- the page -------------------------------------------------------------------------------------


def test_a_lecturer_sees_the_suggestions_with_their_reasons_and_a_link_to_claim(
    client, cor, twente, social_work, lecturer
):
    named = offer_for(
        twente, cor, title="Voor Social Work", programmes=[social_work], **in_semester(2)
    )
    offer_for(twente, cor, title="Voor elke bachelor", **in_semester(2))
    offer_for(twente, cor, title="Buiten de periode", **in_semester(1))
    client.force_login(lecturer)

    body = client.get(FOR_ME).content.decode()

    assert "hbo Social Work" in body
    assert body.index("Voor Social Work") < body.index("Voor elke bachelor")
    assert "Buiten de periode" not in body
    assert "The offer names your programme hbo Social Work." in body
    assert "It overlaps your period “semester 2”." in body
    assert f'href="{named.get_absolute_url()}"' in body
    assert "Read and claim" in body


def test_a_visitor_reads_what_the_page_is_for_and_how_to_log_in(client, cor, twente, social_work):
    offer_for(twente, cor, title="Voor elke bachelor", **in_semester(2))

    response = client.get(FOR_ME)

    body = response.content.decode()
    assert response.status_code == 200
    assert "Log in</a> to see the suggestions for your programmes" in body
    assert "next=/en/onderwijs/voor-mijn-opleiding/" in body
    assert "Voor elke bachelor" not in body
    assert not response.cookies


def test_a_user_without_programmes_reads_how_to_get_listed_as_lecturer(client, mila, social_work):
    client.force_login(mila)

    body = client.get(FOR_ME).content.decode()

    assert "You are not listed as a lecturer of a programme yet" in body


def test_a_programme_without_coming_periods_says_so(client, lecturer, cor, twente):
    programme = ProgrammeFactory(name="hbo Zonder Periodes")
    programme.lecturers.add(lecturer)
    offer_for(twente, cor, **in_semester(2))
    client.force_login(lecturer)

    body = client.get(FOR_ME).content.decode()

    assert "No coming periods are entered for this programme" in body


def test_the_page_reads_a_constant_number_of_queries(
    client, cor, twente, social_work, lecturer, themes, django_assert_max_num_queries
):
    def make(count):
        for _ in range(count):
            offer_for(twente, cor, themes=themes, programmes=[social_work], **in_semester(2))
            other = ProgrammeFactory()
            other.lecturers.add(lecturer)
            ProgrammePeriod.objects.create(
                programme=other,
                name="semester 2",
                starts_on=semester(2).starts_on,
                ends_on=semester(2).ends_on,
            )

    client.force_login(lecturer)
    make(1)
    with django_assert_max_num_queries(30) as few:
        client.get(FOR_ME)
    make(6)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(FOR_ME)
