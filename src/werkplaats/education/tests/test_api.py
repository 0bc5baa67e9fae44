"""/api/v1/programmes/ and /api/v1/assignments/: public fields for anyone, ``for_roles`` only for
who follows an offer, the same privacy as the pages, filters that refuse nonsense, and a fixed
number of queries however many rows."""

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from werkplaats.education.constants import Level, OfferKind, OfferState
from werkplaats.education.models import AssignmentOffer, ProgrammePeriod
from werkplaats.education.permissions import can_follow, offers_followed_by
from werkplaats.education.services import journey, returns
from werkplaats.network.models import Theme
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory
from werkplaats.questions.tests.factories import submit

from .factories import ProgrammeFactory, offer_for, roc

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
_numbers = itertools.count()


def days(n: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=n)


def make_user(django_user_model, name):
    return django_user_model.objects.create_user(name, f"{name}@example.org")


def offered(workshop, actor, slug, **fields):
    """An offer through the service, at an address the test chooses."""
    offer = offer_for(workshop, actor, **fields)
    AssignmentOffer.objects.filter(pk=offer.pk).update(slug=slug)
    offer.slug = slug
    return offer


@pytest.fixture
def lotte(django_user_model):
    return make_user(django_user_model, "lotte")


@pytest.fixture
def programme(lotte):
    programme = ProgrammeFactory(slug="social-work-saxion")
    programme.lecturers.add(lotte)
    return programme


def claimed(offer, programme, lecturer, students=()):
    """The offer claimed by ``lecturer`` for ``programme``, with ``students`` [(user, name,
    consents)] joined."""
    group, _code = journey.claim_offer(offer, lecturer, programme)
    for user, name, consents in students:
        journey.join_group(group, user, display_name=name, named_publicly=consents)
    return group


def get(client, address, status=200):
    response = client.get(address)
    assert response.status_code == status, response.content
    return response.json()


# Programmes --------------------------------------------------------------------------------------


def test_a_programme_shows_its_institution_level_periods_and_public_contact_lecturer(client):
    contact = PersonFactory(given_name="Hanna", family_name="Smit", slug="hanna-smit")
    programme = ProgrammeFactory(slug="sw-saxion", contact_lecturer=contact, location="Deventer")
    programme.themes.add(Theme.objects.order_by("slug").first())
    ProgrammePeriod.objects.create(
        programme=programme, name="Semester 2", starts_on=days(10), ends_on=days(150)
    )

    body = get(client, "/api/v1/programmes/sw-saxion/")

    assert body["name"] == "hbo Social Work"
    assert body["institution"] == {"slug": "saxion", "name": "Saxion", "kind": "hogeschool"}
    assert (body["level"], body["sector"], body["location"]) == ("bachelor", "hbo", "Deventer")
    assert body["periods"] == [
        {"name": "Semester 2", "starts_on": str(days(10)), "ends_on": str(days(150))}
    ]
    assert body["contact_lecturer"]["name"] == "Hanna Smit"
    assert body["contact_lecturer"]["page"].endswith("/hanna-smit/")
    assert body["page"].endswith("/onderwijs/opleidingen/sw-saxion/")


def test_a_contact_lecturer_without_consent_is_not_named(client):
    hidden = PersonFactory(given_name="VERBORGENDOCENT", slug="verborgen-docent", is_public=False)
    ProgrammeFactory(slug="sw-saxion", contact_lecturer=hidden)

    body = client.get("/api/v1/programmes/sw-saxion/").content.decode()

    assert '"contact_lecturer":null' in body
    assert "VERBORGENDOCENT" not in body and "verborgen-docent" not in body


def test_programmes_are_filtered_by_level_sector_and_institution(client):
    ProgrammeFactory(slug="sw-saxion")
    ProgrammeFactory(
        slug="mz-roc", institution=roc(), name="mbo Maatschappelijke Zorg", level="mbo4"
    )
    ProgrammeFactory(slug="psy-master", level=Level.MASTER, name="Master Psychologie")

    def slugs(query):
        return sorted(p["slug"] for p in get(client, f"/api/v1/programmes/?{query}")["results"])

    assert slugs("level=mbo4") == ["mz-roc"]
    assert slugs("sector=mbo") == ["mz-roc"]
    assert slugs("sector=hbo") == ["psy-master", "sw-saxion"]
    assert slugs("institution=roc-van-twente") == ["mz-roc"]
    assert slugs("institution=saxion&level=master") == ["psy-master"]


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("level=mbo9", "level"),
        ("sector=wo", "sector"),
        ("institution=nergens", "institution"),
    ],
)
def test_bad_programme_filters_are_refused_with_400_naming_the_parameter(client, query, parameter):
    ProgrammeFactory()

    body = get(client, f"/api/v1/programmes/?{query}", status=400)

    assert body["detail"] and list(body["errors"]) == [parameter]


def test_an_unknown_programme_is_a_404_in_json(client):
    assert get(client, "/api/v1/programmes/bestaat-niet/", status=404)["detail"]


# Assignments: what anyone sees -------------------------------------------------------------------


@pytest.fixture
def sem(django_user_model):
    return make_user(django_user_model, "sem")


@pytest.fixture
def ilse(django_user_model):
    return make_user(django_user_model, "ilse")


@pytest.fixture
def piet(django_user_model):
    return make_user(django_user_model, "piet")


@pytest.fixture
def journey_offer(twente, cor, programme, lotte, sem, ilse, piet):
    """A question of Twente offered, claimed by Lotte's group of two students (only Sem consents
    to be named), started, delivered and published in the library."""
    question, _ = submit(
        workshop=twente,
        municipality="GM0153",
        title="VRAAGTITELMARKER over schulden",
        question="VRAAGTEKSTMARKER: hoe bereiken we jongeren met schulden?",
        submitter_name="INDIENERMARKER",
    )
    supervisor = PersonFactory(
        given_name="Piet", family_name="Praktijk", slug="piet-praktijk", user=piet
    )
    offer = offered(
        twente,
        cor,
        "schulden",
        title="Jongeren met schulden bereiken",
        question=question,
        programmes=[programme],
        themes=[Theme.objects.order_by("slug").first()],
        practice_organisation=OrganisationFactory(slug="wijkteam-zuid", name="Wijkteam Zuid"),
        practice_supervisor=supervisor,
    )
    group = claimed(
        offer, programme, lotte, [(sem, "Sem Jansen", True), (ilse, "STILLESTUDENT", False)]
    )
    journey.start_work(offer, lotte)
    journey.deliver_work(offer, sem, title="Schulden de baas", summary="Wat werkt bij jongeren.")
    journey.assess_work(offer, lotte, "BEOORDELINGMARKER")
    for member in group.members.all():
        returns.agree_as_student(member)
    returns.agree_as_lecturer(offer, "CC-BY-4.0")
    offer.refresh_from_db()
    return offer


MARKERS = ["VRAAGTITELMARKER", "VRAAGTEKSTMARKER", "INDIENERMARKER", "STILLESTUDENT"]


def test_a_visitor_reads_an_offers_public_record_and_nothing_private(client, journey_offer):
    response = client.get("/api/v1/assignments/schulden/")
    body = response.json()

    assert body["title"] == "Jongeren met schulden bereiken"
    assert body["kind"] == OfferKind.GRADUATION and body["levels"] == [Level.BACHELOR]
    assert body["programmes"] == ["social-work-saxion"]
    assert (body["workshop"], body["municipality"]) == ("twente", "GM0153")
    assert body["state"] == OfferState.ASSESSED
    assert body["practice_organisation"]["slug"] == "wijkteam-zuid"
    assert body["practice_supervisor"]["name"] == "Piet Praktijk"
    assert body["product"]["title"] == "Schulden de baas"
    assert body["product"]["url"].endswith(f"/api/v1/products/{body['product']['slug']}/")
    assert body["students_named"] == ["Sem Jansen"]
    assert "for_roles" not in body
    text = response.content.decode()
    assert not [m for m in [*MARKERS, "BEOORDELINGMARKER", "lotte"] if m in text]


def test_a_supervisor_without_consent_is_not_named(client, twente, cor):
    hidden = PersonFactory(given_name="STILLEBEGELEIDER", slug="stille-begeleider", is_public=False)
    offered(twente, cor, "stil", practice_supervisor=hidden)

    body = client.get("/api/v1/assignments/stil/").content.decode()

    assert '"practice_supervisor":null' in body
    assert "STILLEBEGELEIDER" not in body and "stille-begeleider" not in body


def test_the_product_is_shown_only_once_it_is_published(client, journey_offer):
    journey_offer.product.is_published = False
    journey_offer.product.save()

    assert get(client, "/api/v1/assignments/schulden/")["product"] is None


def test_feedback_from_practice_counts_as_an_adoption_without_its_comment(
    client, cor, journey_offer
):
    returns.give_feedback(journey_offer, cor, usefulness=4, comment="COMMENTAARMARKER", in_use=True)

    response = client.get(f"/api/v1/products/{journey_offer.product.slug}/")

    assert [a["organisation"] for a in response.json()["adoptions"]] == ["wijkteam-zuid"]
    assert "COMMENTAARMARKER" not in response.content.decode()


@pytest.mark.parametrize("who", ["visitor", "otto", "mila"])
def test_a_withdrawn_offer_is_gone_for_who_does_not_run_it(client, twente, cor, otto, mila, who):
    offer = offered(twente, cor, "ingetrokken", title="INGETROKKENMARKER")
    journey.withdraw_offer(offer, cor, "REDENMARKER")
    offered(twente, cor, "open")
    if who != "visitor":
        client.force_login({"otto": otto, "mila": mila}[who])

    listed = client.get("/api/v1/assignments/?page_size=200").content.decode()

    assert client.get("/api/v1/assignments/ingetrokken/").status_code == 404
    assert "INGETROKKENMARKER" not in listed and "REDENMARKER" not in listed
    assert '"slug":"open"' in listed


def test_who_runs_a_withdrawn_offer_still_reads_it_and_why(client, twente, cor):
    offer = offered(twente, cor, "ingetrokken")
    journey.withdraw_offer(offer, cor, "Geen begeleider meer.")
    client.force_login(cor)

    body = get(client, "/api/v1/assignments/ingetrokken/")

    assert body["state"] == OfferState.WITHDRAWN
    assert body["for_roles"]["events"][-1]["text"] == "Geen begeleider meer."


# Assignments: what those who follow an offer see -------------------------------------------------


def test_the_coordinator_follows_the_offer_with_its_question_group_timeline_and_work(
    client, cor, journey_offer
):
    client.force_login(cor)

    response = client.get("/api/v1/assignments/schulden/")
    roles = response.json()["for_roles"]

    assert roles["question"] == journey_offer.question.reference
    assert roles["group"]["programme"] == "social-work-saxion"
    assert (roles["group"]["lecturer"], roles["group"]["size"]) == ("lotte", 2)
    assert [e["to_state"] for e in roles["events"] if e["to_state"]] == [
        OfferState.OFFERED,
        OfferState.MATCHED,
        OfferState.RUNNING,
        OfferState.DELIVERED,
        OfferState.ASSESSED,
    ]
    assert roles["work"]["title"] == "Schulden de baas"
    # The question's words, its submitter, a student without consent and the assessment: never.
    text = response.content.decode()
    assert not [m for m in [*MARKERS, "BEOORDELINGMARKER", "sanne@example.org"] if m in text]


@pytest.mark.parametrize("who", ["lotte", "sem", "ilse", "piet", "noor"])
def test_the_group_its_supervisor_and_network_editors_follow_the_offer(
    client, journey_offer, lotte, sem, ilse, piet, noor, who
):
    user = {"lotte": lotte, "sem": sem, "ilse": ilse, "piet": piet, "noor": noor}[who]
    client.force_login(user)

    body = get(client, "/api/v1/assignments/schulden/")

    assert body["for_roles"]["group"]["size"] == 2


@pytest.mark.parametrize("who", ["otto", "mila"])
def test_others_do_not_follow_the_offer(client, journey_offer, otto, mila, who):
    client.force_login({"otto": otto, "mila": mila}[who])

    body = get(client, "/api/v1/assignments/schulden/")

    assert "for_roles" not in body
    assert journey_offer.question.reference not in str(body)


def test_before_a_claim_the_follower_sees_no_group_and_no_work(client, twente, cor):
    offered(twente, cor, "nieuw")
    client.force_login(cor)

    roles = get(client, "/api/v1/assignments/nieuw/")["for_roles"]

    assert roles["question"] is None and roles["group"] is None and roles["work"] is None
    assert [e["kind"] for e in roles["events"]] == ["offered"]


def test_the_list_follows_exactly_the_offers_can_follow_allows(
    journey_offer, named_users, lotte, sem, ilse, piet, zeeland, otto
):
    offered(zeeland, otto, "zeeuws")
    offers = list(AssignmentOffer.objects.all())
    users = [u for u in named_users.values() if u is not None] + [lotte, sem, ilse, piet]

    for user in users:
        followed = offers_followed_by(user)
        assert {o.pk for o in offers if o.pk in followed} == {
            o.pk for o in offers if can_follow(user, o)
        }, user.username


# Assignments: filters ----------------------------------------------------------------------------


@pytest.fixture
def board(twente, zeeland, cor, otto, programme):
    """Four offers of different levels, kinds, places, themes, periods and states."""
    themes = list(Theme.objects.order_by("slug")[:2])
    mbo = ProgrammeFactory(slug="mz-roc", institution=roc(), level=Level.MBO_4)
    offered(twente, cor, "bachelor-afstuderen", themes=[themes[0]])
    offered(
        twente,
        cor,
        "mbo-stage",
        kind=OfferKind.INTERNSHIP,
        levels=[Level.MBO_4],
        starts_on=days(200),
        ends_on=days(300),
        themes=[themes[1]],
    )
    offered(zeeland, otto, "zeeuws-onderzoek", kind=OfferKind.RESEARCH, programmes=[mbo])
    claimed(offered(twente, cor, "al-gekoppeld"), programme, programme.lecturers.get())
    return themes


def slugs(client, query):
    return sorted(o["slug"] for o in get(client, f"/api/v1/assignments/?{query}")["results"])


def test_assignments_are_filtered_like_the_board(client, board):
    assert slugs(client, "level=mbo4") == ["mbo-stage"]
    assert slugs(client, "kind=research") == ["zeeuws-onderzoek"]
    assert slugs(client, "workshop=zeeland") == ["zeeuws-onderzoek"]
    assert slugs(client, f"theme={board[1].slug}") == ["mbo-stage"]
    assert slugs(client, "state=matched") == ["al-gekoppeld"]
    assert slugs(client, "state=offered&workshop=twente") == ["bachelor-afstuderen", "mbo-stage"]


def test_the_programme_filter_finds_offers_that_name_it_or_suit_its_level(client, board):
    # The bachelor programme: every offer for bachelors that names no programme.
    assert slugs(client, "programme=social-work-saxion") == [
        "al-gekoppeld",
        "bachelor-afstuderen",
    ]
    # The mbo programme: the offer that names it, and the mbo offer that names none.
    assert slugs(client, "programme=mz-roc") == ["mbo-stage", "zeeuws-onderzoek"]


def test_the_period_filters_find_offers_that_overlap_a_period(client, board):
    soon = f"ends_after={days(0)}&starts_before={days(60)}"
    later = f"ends_after={days(250)}&starts_before={days(400)}"

    assert "mbo-stage" not in slugs(client, soon)
    assert len(slugs(client, soon)) == 3
    assert slugs(client, later) == ["mbo-stage"]
    assert slugs(client, f"starts_before={days(-1)}") == []


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("level=hbo9", "level"),
        ("programme=bestaat-niet", "programme"),
        ("kind=vakantie", "kind"),
        ("workshop=atlantis", "workshop"),
        ("theme=geen-thema", "theme"),
        ("state=vergeten", "state"),
        ("starts_before=morgen", "starts_before"),
        ("ends_after=2026-13-45", "ends_after"),
        ("search=" + "x" * 201, "search"),
    ],
)
def test_bad_assignment_filters_are_refused_with_400_naming_the_parameter(
    client, board, query, parameter
):
    body = get(client, f"/api/v1/assignments/?{query}", status=400)

    assert body["detail"] and list(body["errors"]) == [parameter]


def test_assignments_are_found_by_words_of_their_public_text(client, twente, cor):
    offered(twente, cor, "eenzaam", title="Eenzaamheid onder ouderen in Hengelo")
    offered(twente, cor, "schulden")

    assert slugs(client, "search=HENGELO") == ["eenzaam"]


# A fixed number of queries, however many rows ----------------------------------------------------


def grow(twente, cor, programme, lecturer, django_user_model, size):
    """``size`` offers from questions, each claimed by a group of two (one consenting), run,
    delivered and in the library."""
    theme = Theme.objects.order_by("slug").first()
    for _ in range(size):
        n = next(_numbers)
        question, _ = submit(workshop=twente)
        offer = offered(
            twente,
            cor,
            f"rij-{n}",
            question=question,
            programmes=[programme],
            themes=[theme],
            practice_organisation=OrganisationFactory(slug=f"partner-{n}"),
            practice_supervisor=PersonFactory(slug=f"begeleider-{n}"),
        )
        students = [
            (make_user(django_user_model, f"student-{n}-{i}"), f"Student {i}", i == 0)
            for i in range(2)
        ]
        group = claimed(offer, programme, lecturer, students)
        journey.start_work(offer, lecturer)
        journey.deliver_work(offer, lecturer, title=f"Werk {n}", summary="Samenvatting.")
        for member in group.members.all():
            returns.agree_as_student(member)
        returns.agree_as_lecturer(offer, "CC-BY-4.0")
        ProgrammeFactory(
            slug=f"opleiding-{n}", contact_lecturer=PersonFactory(slug=f"docent-{n}")
        ).themes.add(theme)
        ProgrammePeriod.objects.create(
            programme=programme, name=f"Blok {n}", starts_on=days(1), ends_on=days(60)
        )


def count_queries(client, address) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    return len(queries)


@pytest.mark.parametrize("who", ["visitor", "cor"])
@pytest.mark.parametrize("address", ["/api/v1/assignments/", "/api/v1/programmes/"])
def test_the_lists_make_the_same_number_of_queries_for_2_or_8_rows(
    client, twente, cor, programme, lotte, django_user_model, django_assert_max_num_queries,
    who, address,
):  # fmt: skip
    if who == "cor":
        client.force_login(cor)
    grow(twente, cor, programme, lotte, django_user_model, 2)
    few = count_queries(client, address)
    grow(twente, cor, programme, lotte, django_user_model, 6)

    with django_assert_max_num_queries(few):
        body = client.get(address).json()

    assert body["count"] >= 8
    if address == "/api/v1/assignments/":
        assert ("for_roles" in body["results"][0]) == (who == "cor")
