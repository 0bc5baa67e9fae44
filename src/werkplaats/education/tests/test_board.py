"""The public assignment board and the programmes: what a visitor sees, how each filter narrows,
which states show, and that nothing private reaches them."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from werkplaats.education.constants import Level, OfferKind, OfferState
from werkplaats.education.matching import Semester, academic_year
from werkplaats.education.models import AssignmentOffer, ProgrammePeriod
from werkplaats.education.services import journey, returns
from werkplaats.network.models import Theme
from werkplaats.network.tests.factories import PersonFactory
from werkplaats.questions.tests.factories import submit

from .factories import ProgrammeFactory, offer_for, roc

pytestmark = pytest.mark.django_db

BOARD = "/en/onderwijs/opdrachten/"
PROGRAMMES = "/en/onderwijs/opleidingen/"


def page(client, address, **query) -> str:
    response = client.get(address, query)
    assert response.status_code == 200
    return response.content.decode()


def next_year_semester(number: int) -> Semester:
    """A semester of next academic year: wholly in the future, whatever today is."""
    return Semester(academic_year(timezone.localdate()) + 1, number)


@pytest.fixture
def lecturer(django_user_model):
    return django_user_model.objects.create_user("lotte", "lotte@example.org")


@pytest.fixture
def social_work(lecturer):
    programme = ProgrammeFactory(name="hbo Social Work", slug="social-work-saxion")
    programme.lecturers.add(lecturer)
    return programme


def through_the_journey(offer, lecturer, programme, student, to_state):
    """Takes an offer from offered to ``to_state`` through the services."""
    group, _code = journey.claim_offer(offer, lecturer, programme)
    if to_state == OfferState.MATCHED:
        return group
    member = journey.join_group(
        group, student, display_name="Sem STUDENTMARKER", named_publicly=False
    )
    journey.start_work(offer, lecturer)
    if to_state == OfferState.RUNNING:
        return group
    journey.deliver_work(offer, student, title="Schulden de baas", summary="Wat werkt.")
    if to_state == OfferState.DELIVERED:
        return group
    journey.assess_work(offer, lecturer, "ASSESSMENTMARKER goed gedaan.")
    returns.agree_as_student(member)
    returns.agree_as_lecturer(offer, "CC-BY-4.0")
    return group


# --- what the board shows -------------------------------------------------------------------------


def test_a_card_shows_the_offers_public_facts(client, cor, twente):
    theme = Theme.objects.order_by("position", "name").first()
    supervisor = PersonFactory(given_name="Ilse", family_name="Open", is_public=True)
    offer_for(
        twente,
        cor,
        title="Wat helpt jongeren met schulden?",
        kind=OfferKind.RESEARCH,
        levels=[Level.BACHELOR, Level.MASTER],
        students=4,
        expected_product="Een adviesrapport",
        themes=[theme],
        practice_supervisor=supervisor,
    )

    body = page(client, BOARD)

    for text in (
        "Wat helpt jongeren met schulden?",
        "Practice-based research",
        "Bachelor, Master",
        "Every programme of these levels",
        "<dd>4</dd>",
        "Een adviesrapport",
        twente.name,
        theme.label,
        "State: Offered",
        "Ilse Open",
    ):
        assert text in body, text


def test_a_card_names_the_programmes_an_offer_names(client, cor, twente, social_work):
    offer_for(twente, cor, programmes=[social_work])

    body = page(client, BOARD)

    assert "hbo Social Work</a> (Saxion)" in body
    assert "Every programme of these levels" not in body


def test_a_practice_supervisor_who_did_not_consent_is_not_named(client, cor, twente):
    hidden = PersonFactory(given_name="Verborgen", family_name="HIDDENMARKER", is_public=False)
    offer_for(twente, cor, practice_supervisor=hidden)

    body = page(client, BOARD, state="all")

    assert "HIDDENMARKER" not in body
    assert "Practice supervisor" not in body


def test_the_board_links_its_feeds_with_the_same_filters(client, cor, twente):
    offer_for(twente, cor)

    body = page(client, BOARD, level="bachelor", q="", page="1")

    assert '<link rel="alternate" type="application/rss+xml"' in body
    assert '<link rel="alternate" type="text/calendar"' in body
    assert 'href="/en/onderwijs/opdrachten/rss/?level=bachelor"' in body
    assert 'href="/en/onderwijs/opdrachten/agenda.ics?level=bachelor"' in body


def test_the_main_navigation_leads_to_the_board(client, db):
    body = page(client, "/en/")

    assert f'href="{BOARD}">Education</a>' in body


def test_a_visitors_board_sets_no_cookie_and_holds_no_csrf_token(client, cor, twente):
    offer_for(twente, cor)

    response = client.get(BOARD)

    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()


# --- filters ---------------------------------------------------------------------------------------


@pytest.fixture
def two_offers(cor, twente, zeeland, social_work):
    """A Twentse bachelor offer in next year's first semester and a Zeeuwse mbo one in the second,
    differing in every filter."""
    first, second = next_year_semester(1), next_year_semester(2)
    themes = list(Theme.objects.order_by("position", "name")[:2])
    mbo = ProgrammeFactory(name="mbo Maatschappelijke Zorg", institution=roc(), level=Level.MBO_4)
    twentse = offer_for(
        twente,
        cor,
        title="Twentse opdracht",
        summary="Buurtkamers in Enschede.",
        kind=OfferKind.GRADUATION,
        levels=[Level.BACHELOR],
        programmes=[social_work],
        themes=[themes[0]],
        starts_on=first.starts_on,
        ends_on=first.ends_on - datetime.timedelta(days=10),
    )
    zeeuwse = offer_for(
        zeeland,
        cor,
        title="Zeeuwse opdracht",
        summary="Mantelzorg op de eilanden.",
        kind=OfferKind.INTERNSHIP,
        levels=[Level.MBO_4],
        programmes=[mbo],
        themes=[themes[1]],
        starts_on=second.starts_on + datetime.timedelta(days=10),
        ends_on=second.ends_on,
    )
    return {"twentse": twentse, "zeeuwse": zeeuwse, "themes": themes, "mbo": mbo}


@pytest.mark.parametrize(
    "name, value, kept",
    [
        ("level", "bachelor", "Twentse opdracht"),
        ("level", "mbo4", "Zeeuwse opdracht"),
        ("programme", "social-work-saxion", "Twentse opdracht"),
        ("kind", "internship", "Zeeuwse opdracht"),
        ("werkplaats", "twente", "Twentse opdracht"),
        ("werkplaats", "zeeland", "Zeeuwse opdracht"),
        ("theme", 0, "Twentse opdracht"),
        ("theme", 1, "Zeeuwse opdracht"),
        ("period", 1, "Twentse opdracht"),
        ("period", 2, "Zeeuwse opdracht"),
        ("q", "mantelzorg", "Zeeuwse opdracht"),
    ],
)
def test_each_filter_narrows_the_board(client, two_offers, name, value, kept):
    if name == "theme":
        value = two_offers["themes"][value].slug
    if name == "period":
        value = next_year_semester(value).value
    body = page(client, BOARD)
    assert "Twentse opdracht" in body and "Zeeuwse opdracht" in body

    body = page(client, BOARD, **{name: value})

    left_out = ({"Twentse opdracht", "Zeeuwse opdracht"} - {kept}).pop()
    assert kept in body
    assert left_out not in body
    assert "1 assignment" in body


def test_the_programme_filter_takes_offers_that_name_it_or_name_none_at_its_level(
    client, cor, twente, social_work
):
    other = ProgrammeFactory(name="hbo Toegepaste Psychologie")
    offer_for(twente, cor, title="Named for Social Work", programmes=[social_work])
    offer_for(twente, cor, title="For every bachelor", levels=[Level.BACHELOR])
    offer_for(twente, cor, title="Named for Psychology", programmes=[other])
    offer_for(twente, cor, title="For mbo only", levels=[Level.MBO_3])

    body = page(client, BOARD, programme=social_work.slug)

    assert "Named for Social Work" in body and "For every bachelor" in body
    assert "Named for Psychology" not in body and "For mbo only" not in body


@pytest.mark.parametrize(
    "starts, ends, listed",
    [
        # (days relative to the semester's first day, days relative to its last day)
        ((-60, "start"), (0, "start"), True),  # ends on the first day
        ((0, "end"), (40, "end"), True),  # starts on the last day
        ((-60, "start"), (-1, "start"), False),  # ends the day before
        ((1, "end"), (40, "end"), False),  # starts the day after
        ((-60, "start"), (60, "end"), True),  # spans the whole semester
    ],
)
def test_an_offer_is_in_a_period_when_their_dates_overlap_to_the_day(
    client, cor, twente, starts, ends, listed
):
    semester = next_year_semester(1)
    anchor = {"start": semester.starts_on, "end": semester.ends_on}
    offer_for(
        twente,
        cor,
        title="Randgeval",
        starts_on=anchor[starts[1]] + datetime.timedelta(days=starts[0]),
        ends_on=anchor[ends[1]] + datetime.timedelta(days=ends[0]),
    )

    body = page(client, BOARD, period=semester.value)

    assert ("Randgeval" in body) is listed


def test_a_saved_address_with_an_older_semester_still_filters(client, cor, twente):
    offer_for(twente, cor, title="Nu open")

    body = page(client, BOARD, period="2015-2016-1")

    assert "Nu open" not in body
    assert "2015-2016 semester 1" in body


def test_an_unknown_filter_value_is_a_message_and_leaves_the_list_unfiltered(client, cor, twente):
    offer_for(twente, cor, title="Nog steeds zichtbaar")

    body = page(client, BOARD, level="phd", period="2026-2027-3", werkplaats="atlantis")

    assert "Some filters could not be used" in body
    assert "We do not know this level" in body
    assert "We do not know this period" in body
    assert "Nog steeds zichtbaar" in body


# --- states ---------------------------------------------------------------------------------------


@pytest.fixture
def in_every_state(cor, twente, lecturer, social_work, django_user_model):
    offers = {}
    for state in (
        OfferState.OFFERED,
        OfferState.MATCHED,
        OfferState.RUNNING,
        OfferState.DELIVERED,
        OfferState.ASSESSED,
        OfferState.WITHDRAWN,
    ):
        offer = offer_for(twente, cor, title=f"Opdracht {state}")
        if state == OfferState.WITHDRAWN:
            journey.withdraw_offer(offer, cor, "Geen begeleider meer.")
        elif state != OfferState.OFFERED:
            student = django_user_model.objects.create_user(f"student-{state}")
            through_the_journey(offer, lecturer, social_work, student, state)
        offers[state] = offer
    return offers


@pytest.mark.parametrize(
    "shown, listed",
    [
        ("", {"offered"}),
        ("matched", {"matched"}),
        ("running", {"running"}),
        ("delivered", {"delivered", "assessed"}),
        ("all", {"offered", "matched", "running", "delivered", "assessed"}),
    ],
)
def test_the_board_shows_open_offers_unless_asked_for_others(client, in_every_state, shown, listed):
    body = page(client, BOARD, state=shown)

    for state in in_every_state:
        assert (f"Opdracht {state}<" in body) is (state in listed), state


def test_all_offers_come_open_ones_first(client, in_every_state):
    body = page(client, BOARD, state="all")

    assert body.index("Opdracht offered<") < min(
        body.index(f"Opdracht {state}<") for state in ("matched", "running", "delivered")
    )


@pytest.mark.parametrize("who", ["visitor", "coordinator", "network_editor"])
def test_a_withdrawn_offer_is_never_on_the_board(client, named_users, in_every_state, who):
    if named_users[who]:
        client.force_login(named_users[who])

    for shown in ("", "all", "matched", "delivered"):
        assert "Opdracht withdrawn" not in page(client, BOARD, state=shown)


def test_an_offer_past_its_end_is_no_longer_open(client, cor, twente):
    offer = offer_for(twente, cor, title="Verlopen aanbod")
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    AssignmentOffer.objects.filter(pk=offer.pk).update(
        starts_on=yesterday - datetime.timedelta(days=90), ends_on=yesterday
    )

    assert "Verlopen aanbod" not in page(client, BOARD)
    assert "Verlopen aanbod" in page(client, BOARD, state="all")


# --- privacy --------------------------------------------------------------------------------------


@pytest.fixture
def from_a_private_question(cor, twente, lecturer, social_work, django_user_model):
    """An offer from a question whose private text and submitter carry marker words, taken by
    a group whose student did not consent to be named."""
    question, _token = submit(
        workshop=twente,
        title="QUESTIONTITLEMARKER",
        question="Onze cliënt QUESTIONTEXTMARKER woont in de wijk.",
        submitter_name="Sanne SUBMITTERMARKER",
        submitter_email="sanne@submittermarker.example",
    )
    offer = offer_for(twente, cor, title="Opdracht uit een vraag", question=question)
    student = django_user_model.objects.create_user("sem")
    through_the_journey(offer, lecturer, social_work, student, OfferState.ASSESSED)
    return offer


PRIVATE = [
    "QUESTIONTITLEMARKER",
    "QUESTIONTEXTMARKER",
    "SUBMITTERMARKER",
    "submittermarker.example",
    "STUDENTMARKER",
    "ASSESSMENTMARKER",
]


def test_the_board_and_programme_pages_carry_nothing_of_the_question_or_the_group(
    client, from_a_private_question, social_work
):
    bodies = [
        page(client, BOARD, state="all"),
        page(client, BOARD, state="delivered", q="opdracht"),
        page(client, PROGRAMMES),
        page(client, social_work.get_absolute_url()),
    ]

    assert "Opdracht uit een vraag" in bodies[0]
    for body in bodies:
        for marker in PRIVATE:
            assert marker not in body


# --- programmes -----------------------------------------------------------------------------------


def test_the_programmes_are_grouped_by_institution_and_filtered_by_hbo_or_mbo(client, db):
    ProgrammeFactory(name="hbo Social Work")
    ProgrammeFactory(name="hbo Toegepaste Psychologie")
    ProgrammeFactory(name="mbo Maatschappelijke Zorg", institution=roc(), level=Level.MBO_4)

    body = page(client, PROGRAMMES)
    assert body.count("<h3") == 2
    assert body.index("ROC van Twente") < body.index("mbo Maatschappelijke Zorg")
    assert body.index("Saxion") < body.index("hbo Social Work")

    mbo = page(client, PROGRAMMES, sector="mbo")
    assert "mbo Maatschappelijke Zorg" in mbo and "hbo Social Work" not in mbo

    hbo = page(client, PROGRAMMES, sector="hbo")
    assert "hbo Social Work" in hbo and "mbo Maatschappelijke Zorg" not in hbo

    by_level = page(client, PROGRAMMES, level="mbo4")
    assert "mbo Maatschappelijke Zorg" in by_level and "hbo Social Work" not in by_level


def test_the_programmes_list_counts_the_open_offers_that_suit_each(
    client, cor, twente, social_work
):
    offer_for(twente, cor, levels=[Level.BACHELOR])
    offer_for(twente, cor, programmes=[social_work])
    offer_for(twente, cor, levels=[Level.MBO_2])

    body = page(client, PROGRAMMES)

    assert f'href="/en/onderwijs/opdrachten/?programme={social_work.slug}">2</a>' in body


def test_a_programme_page_shows_its_facts_periods_offers_and_work_in_the_library(
    client, cor, twente, lecturer, social_work, django_user_model
):
    social_work.contact_lecturer = PersonFactory(
        given_name="Docent", family_name="Open", is_public=True
    )
    social_work.save()
    ProgrammePeriod.objects.create(
        programme=social_work,
        name="semester 2",
        starts_on=next_year_semester(2).starts_on,
        ends_on=next_year_semester(2).ends_on,
    )
    offer_for(twente, cor, title="Open voor bachelors")
    offer_for(twente, cor, title="Alleen voor mbo", levels=[Level.MBO_3])
    done = offer_for(twente, cor, title="Afgerond werk")
    through_the_journey(
        done, lecturer, social_work, django_user_model.objects.create_user("sem"), "assessed"
    )

    body = page(client, social_work.get_absolute_url())

    for text in ("hbo Social Work", "Saxion", "Bachelor", "Enschede", "Docent Open", "semester 2"):
        assert text in body, text
    assert "Open voor bachelors" in body and "Alleen voor mbo" not in body
    assert "Schulden de baas" in body  # the product in the library
    assert "Afgerond werk" in body  # the assignment it came from


def test_a_contact_lecturer_who_did_not_consent_is_not_named(client, social_work):
    social_work.contact_lecturer = PersonFactory(family_name="HIDDENLECTURER", is_public=False)
    social_work.save()

    body = page(client, social_work.get_absolute_url())

    assert "HIDDENLECTURER" not in body
    assert "Contact lecturer" not in body


def test_an_unknown_programme_is_not_found(client, db):
    assert (
        client.get(reverse("education:programme", kwargs={"slug": "onbekend"})).status_code == 404
    )


# --- queries --------------------------------------------------------------------------------------


def _many_offers(cor, twente, count, start=0, named=True):
    """Offers with every relation a card shows; ``named`` ones name a programme of their own."""
    themes = list(Theme.objects.order_by("position", "name")[:3])
    for number in range(start, start + count):
        programmes = [ProgrammeFactory(name=f"Programma {number}")] if named else []
        offer_for(
            twente,
            cor,
            title=f"Opdracht {number}",
            levels=[Level.BACHELOR, Level.MASTER],
            programmes=programmes,
            themes=themes,
            practice_supervisor=PersonFactory(is_public=True),
        )


@pytest.mark.parametrize("address", [BOARD, f"{BOARD}?state=all&level=bachelor", PROGRAMMES])
def test_the_board_and_the_programmes_list_read_a_constant_number_of_queries(
    client, cor, twente, address, django_assert_max_num_queries
):
    _many_offers(cor, twente, 2)
    with django_assert_max_num_queries(20) as few:
        client.get(address)

    _many_offers(cor, twente, 12, start=2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(address)


def test_a_programme_page_reads_a_constant_number_of_queries(
    client, cor, twente, social_work, django_assert_max_num_queries
):
    _many_offers(cor, twente, 1, named=False)
    with django_assert_max_num_queries(20) as few:
        body = client.get(social_work.get_absolute_url()).content.decode()
    assert "Opdracht 0" in body

    _many_offers(cor, twente, 8, start=1, named=False)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(social_work.get_absolute_url())
