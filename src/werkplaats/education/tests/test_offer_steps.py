"""The steps on an offer's page, as each role takes them: claiming (the join link shown once),
starting, delivering, assessing, agreeing to publish, feedback and withdrawing. A step this user
may not take is refused; a step the journey does not allow shows its reason and changes nothing.
Pages in English (``/en/``).
"""

import re

import pytest

from werkplaats.education.constants import EventKind, Level, OfferState
from werkplaats.education.models import StudentGroup
from werkplaats.education.services import journey, returns
from werkplaats.library.models import Adoption
from werkplaats.questions.constants import EventKind as QuestionEventKind

from .factories import offer_for
from .helpers import act, as_user, claimed, joined, page_of

pytestmark = pytest.mark.django_db


ROLES = ["visitor", "member", "student", "lecturer", "other_lecturer", "coordinator", "outsider"]
INVOLVED = {"student", "lecturer", "coordinator"}


@pytest.fixture
def running_roles(named_users, offer, lotte, programme, sem, ties):
    """Every role, on an offer whose group (Lotte's, with Sem) has just been matched."""
    claimed(offer, lotte, programme)
    joined(offer, sem)
    return {**named_users, "student": sem, "lecturer": lotte, "other_lecturer": ties}


@pytest.mark.parametrize("who", ROLES)
def test_everyone_reads_the_offer_and_only_those_involved_follow_it(
    client, running_roles, offer, who
):
    response = as_user(client, running_roles[who]).get(page_of(offer))

    body = response.content.decode()
    assert response.status_code == 200 and offer.title in body
    assert ("Timeline" in body) == (who in INVOLVED)
    assert ("Sem Jansen" in body) == (who in INVOLVED)  # Sem did not consent to be named


@pytest.mark.parametrize("who", ROLES)
def test_the_work_is_started_by_its_lecturer_or_the_werkplaats_only(
    client, running_roles, offer, who
):
    response = act(as_user(client, running_roles[who]), offer, "start")

    offer.refresh_from_db()
    if who in {"lecturer", "coordinator"}:
        assert response.status_code == 302 and offer.state == OfferState.RUNNING
    else:
        assert response.status_code == (302 if who == "visitor" else 403)
        assert offer.state == OfferState.MATCHED


# --- claiming -----------------------------------------------------------------------------------


def test_a_lecturer_claims_and_sees_the_join_link_once(client, offer, lotte, programme):
    response = act(as_user(client, lotte), offer, "claim", programme=programme.pk)

    body = response.content.decode()
    assert response.status_code == 200
    assert "Pass this link to your students" in body
    assert "no-store" in response["Cache-Control"]
    code = re.search(r"/onderwijs/aansluiten/([^/\"]+)/", body).group(1)
    group = journey.group_for_code(code)
    assert group.offer == offer and group.lecturer == lotte and group.programme == programme
    assert code not in client.get(page_of(offer)).content.decode()


def test_a_claim_on_a_matched_offer_is_refused_and_changes_nothing(
    client, offer, lotte, programme, ties, other_programme
):
    claimed(offer, lotte, programme)

    response = act(as_user(client, ties), offer, "claim", programme=other_programme.pk)

    assert response.status_code == 400
    assert "Another group has just taken this offer" in response.content.decode()
    assert StudentGroup.objects.get(offer=offer).lecturer == lotte
    assert offer.events.filter(to_state=OfferState.MATCHED).count() == 1


def test_a_lecturer_who_lost_the_link_makes_a_new_one_and_the_old_one_stops(
    client, offer, lotte, programme
):
    old = claimed(offer, lotte, programme)

    response = act(as_user(client, lotte), offer, "renew")

    body = response.content.decode()
    assert response.status_code == 200 and "A new join link" in body
    code = re.search(r"/onderwijs/aansluiten/([^/\"]+)/", body).group(1)
    assert code != old
    assert journey.group_for_code(code) == offer.group
    assert journey.group_for_code(old) is None


@pytest.mark.parametrize("who", ["student", "coordinator", "other_lecturer"])
def test_only_the_groups_lecturer_makes_a_new_join_link(client, running_roles, offer, who):
    before = StudentGroup.objects.get(offer=offer).join_code_hash

    response = act(as_user(client, running_roles[who]), offer, "renew")

    assert response.status_code == 403
    assert StudentGroup.objects.get(offer=offer).join_code_hash == before


def test_no_new_join_link_once_the_work_is_delivered(offer, lotte, programme, sem):
    claimed(offer, lotte, programme)
    joined(offer, sem)
    journey.start_work(offer, lotte)
    journey.deliver_work(offer, sem, title="Ons werk", summary="Wat we vonden.")

    with pytest.raises(journey.StepNotAllowed):
        journey.renew_join_code(offer.group)


def test_a_lecturer_sees_only_the_claim_for_programmes_that_suit(client, cor, twente, lotte):
    offer = offer_for(twente, cor, levels=[Level.MBO_4])

    body = as_user(client, lotte).get(page_of(offer)).content.decode()

    assert "Claim for my group" not in body


def test_a_programme_that_does_not_suit_gets_the_reason(client, cor, twente, lotte, programme):
    offer = offer_for(twente, cor, levels=[Level.MBO_4])

    response = act(as_user(client, lotte), offer, "claim", programme=programme.pk)

    assert response.status_code == 400
    assert "This offer is not for hbo Social Work" in response.content.decode()
    assert not StudentGroup.objects.exists()


@pytest.mark.parametrize("who", ["member", "outsider", "coordinator_without_programme"])
def test_only_lecturers_claim(client, named_users, offer, programme, who):
    user = named_users["coordinator" if who.startswith("coordinator") else who]

    response = act(as_user(client, user), offer, "claim", programme=programme.pk)

    assert response.status_code == 403
    assert not StudentGroup.objects.exists()


def test_a_visitor_who_posts_a_step_is_asked_to_log_in(client, offer, programme):
    response = act(client, offer, "claim", programme=programme.pk)

    assert response.status_code == 302 and "/login/" in response["Location"]


# --- the steps ----------------------------------------------------------------------------------


def test_a_step_that_is_not_allowed_is_refused_and_changes_nothing(
    client, offer, lotte, programme, sem
):
    claimed(offer, lotte, programme)
    joined(offer, sem)

    response = act(as_user(client, lotte), offer, "assess", assessment="Goed.")

    assert response.status_code == 400
    assert "cannot become" in response.content.decode()
    offer.refresh_from_db()
    assert offer.state == OfferState.MATCHED
    assert not StudentGroup.objects.get(offer=offer).assessed_at


def test_work_starts_only_once_a_student_joined(client, offer, lotte, programme):
    claimed(offer, lotte, programme)

    response = act(as_user(client, lotte), offer, "start")

    assert response.status_code == 400
    assert "No student has joined yet" in response.content.decode()
    offer.refresh_from_db()
    assert offer.state == OfferState.MATCHED


def test_a_step_without_its_text_says_what_is_missing(client, cor, offer):
    response = act(as_user(client, cor), offer, "withdraw", reason="")

    assert response.status_code == 400
    assert "Give the reason for withdrawing" in response.content.decode()
    offer.refresh_from_db()
    assert offer.state == OfferState.OFFERED


def test_an_unknown_step_is_refused(client, cor, offer):
    response = act(as_user(client, cor), offer, "publish-everything")

    assert response.status_code == 400
    assert "This step does not exist" in response.content.decode()


@pytest.mark.parametrize("who", ["student", "outsider", "other_lecturer"])
def test_those_who_do_not_run_the_offer_cannot_withdraw_it(
    client, named_users, offer, lotte, programme, sem, ties, who
):
    claimed(offer, lotte, programme)
    joined(offer, sem)
    user = {"student": sem, "other_lecturer": ties}.get(who) or named_users[who]

    response = act(as_user(client, user), offer, "withdraw", reason="Weg ermee.")

    assert response.status_code == 403
    offer.refresh_from_db()
    assert offer.state == OfferState.MATCHED


def test_another_lecturer_cannot_start_the_work(client, offer, lotte, programme, sem, ties):
    claimed(offer, lotte, programme)
    joined(offer, sem)

    assert act(as_user(client, ties), offer, "start").status_code == 403
    offer.refresh_from_db()
    assert offer.state == OfferState.MATCHED


def test_the_whole_journey_through_the_page(
    client, cor, twente, question, lotte, programme, sem, supervisor
):
    offer = offer_for(twente, cor, question=question, practice_supervisor=supervisor)
    claimed(offer, lotte, programme)
    joined(offer, sem, "Sem Jansen", named_publicly=True)

    as_user(client, lotte)
    assert act(client, offer, "start").status_code == 302
    as_user(client, sem)
    assert "Deliver the work" in client.get(page_of(offer)).content.decode()
    response = act(
        client,
        offer,
        "deliver",
        title="Ouderen in beeld",
        summary="Wat wijkteams kunnen doen.",
        link="https://example.org/rapport.pdf",
    )
    assert response.status_code == 302
    as_user(client, lotte)
    assert act(client, offer, "assess", assessment="Sterk onderbouwd.").status_code == 302
    assert act(client, offer, "agree_lecturer", licence="CC-BY-4.0").status_code == 302
    as_user(client, sem)
    assert "Sterk onderbouwd." in client.get(page_of(offer)).content.decode()
    assert act(client, offer, "agree").status_code == 302

    offer.refresh_from_db()
    assert offer.state == OfferState.ASSESSED
    assert offer.product.is_published and offer.product.title == "Ouderen in beeld"
    client.logout()
    public = client.get(page_of(offer)).content.decode()
    assert offer.product.get_absolute_url() in public
    assert "Sem Jansen" in public  # consented
    assert "Sterk onderbouwd." not in public  # the assessment stays with those involved
    told = question.events.filter(kind=QuestionEventKind.EDUCATION).order_by("created_at", "pk")
    assert told.count() == 5
    assert "started working on your question" in told[2].text


def test_the_practice_supervisor_gives_feedback_that_counts_as_use(
    client, offer, lotte, programme, sem, supervisor, cor
):
    from werkplaats.network.tests.factories import OrganisationFactory

    offer.practice_organisation = OrganisationFactory()
    offer.save()
    claimed(offer, lotte, programme)
    member = joined(offer, sem)
    journey.start_work(offer, lotte)
    journey.deliver_work(offer, sem, title="Ouderen in beeld", summary="Wat werkt.")
    returns.agree_as_lecturer(offer, "CC-BY-4.0")
    returns.agree_as_student(member)

    as_user(client, supervisor.user)
    body = client.get(page_of(offer)).content.decode()
    assert "How useful is the work for practice?" in body
    assert "Record the assessment" not in body
    response = act(
        client, offer, "feedback", usefulness="4", comment="Direct bruikbaar.", in_use="on"
    )

    assert response.status_code == 302
    assert offer.events.filter(kind=EventKind.FEEDBACK).count() == 1
    adoption = Adoption.objects.get()
    offer.refresh_from_db()
    assert adoption.product_id == offer.product_id
    assert adoption.organisation == offer.practice_organisation
    client.logout()
    assert "Direct bruikbaar." not in client.get(page_of(offer)).content.decode()


def test_feedback_without_usefulness_is_refused(client, offer, lotte, programme, sem, supervisor):
    claimed(offer, lotte, programme)
    joined(offer, sem)
    journey.start_work(offer, lotte)
    journey.deliver_work(offer, sem, title="Ouderen in beeld", summary="Wat werkt.")

    response = act(as_user(client, supervisor.user), offer, "feedback", comment="Mooi.")

    assert response.status_code == 400
    assert "Say how useful the work is." in response.content.decode()
    assert not offer.events.filter(kind=EventKind.FEEDBACK).exists()
