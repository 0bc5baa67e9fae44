"""Making an offer and its page: who may make one, what the form starts from, what everyone sees
of an offer and what they never do, and the question's pages and the library product that show
its steps. Bad input changes nothing. Pages in English (``/en/``).
"""

import datetime
import uuid

import pytest
from django.utils import timezone

from werkplaats.education.constants import Level, OfferKind
from werkplaats.education.models import AssignmentOffer
from werkplaats.education.services import journey, returns
from werkplaats.network.models import Theme
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.questions.constants import EventKind as QuestionEventKind
from werkplaats.questions.tests.factories import submit

from .factories import offer_for
from .helpers import SUBMITTERS_WORDS, as_user, claimed, en, joined, page_of

pytestmark = pytest.mark.django_db


def create_url(question):
    return en("education:offer_create", slug=question.workshop.slug, uuid=question.uuid)


def offer_fields(**changes):
    today = timezone.localdate()
    fields = {
        "title": "Eenzame ouderen vinden in Enschede",
        "summary": "Onderzoek met het wijkteam hoe je ouderen bereikt die alleen zijn.",
        "kind": OfferKind.GRADUATION,
        "levels": [Level.BACHELOR],
        "starts_on": (today + datetime.timedelta(days=30)).isoformat(),
        "ends_on": (today + datetime.timedelta(days=150)).isoformat(),
        "students": "3",
        "expected_product": "Een adviesrapport",
    }
    fields.update(changes)
    return fields


# --- making an offer from a question ------------------------------------------------------------


def test_the_form_starts_from_the_public_title_never_from_the_submitters_words(
    client, cor, question
):
    body = as_user(client, cor).get(create_url(question)).content.decode()

    assert 'value="Eenzame ouderen vinden"' in body
    assert "Hoe vinden wijkteams ouderen die alleen zijn?" in body
    assert SUBMITTERS_WORDS not in body
    assert question.submitter_email not in body


def test_a_coordinator_offers_a_question_to_education(client, cor, question, lotte, programme):
    theme = Theme.objects.filter(is_active=True).first()
    response = as_user(client, cor).post(
        create_url(question),
        offer_fields(programmes=[programme.pk], themes=[theme.pk]),
    )

    offer = AssignmentOffer.objects.get()
    assert response.status_code == 302 and response["Location"] == page_of(offer)
    assert (offer.question, offer.workshop, offer.state) == (question, question.workshop, "offered")
    assert offer.level_values == [Level.BACHELOR]
    assert list(offer.programmes.all()) == [programme] and list(offer.themes.all()) == [theme]
    assert question.events.filter(kind=QuestionEventKind.EDUCATION).count() == 1


def test_an_offer_for_a_period_that_has_passed_is_refused_and_nothing_is_saved(
    client, cor, question
):
    past = timezone.localdate() - datetime.timedelta(days=10)
    response = as_user(client, cor).post(
        create_url(question),
        offer_fields(starts_on=(past - datetime.timedelta(days=60)).isoformat(), ends_on=past),
    )

    assert response.status_code == 400
    assert "This period has already passed" in response.content.decode()
    assert 'value="Eenzame ouderen vinden in Enschede"' in response.content.decode()
    assert not AssignmentOffer.objects.exists()
    assert not question.events.filter(kind=QuestionEventKind.EDUCATION).exists()


def test_a_form_without_title_or_levels_says_what_is_missing(client, cor, question):
    response = as_user(client, cor).post(create_url(question), offer_fields(title="", levels=[]))

    body = response.content.decode()
    assert response.status_code == 400
    assert "Give the offer a title students understand." in body
    assert "Choose at least one level of education" in body
    assert not AssignmentOffer.objects.exists()


@pytest.mark.parametrize("who", ["visitor", "member", "outsider", "lecturer"])
def test_only_the_werkplaats_may_offer_its_question(client, named_users, lotte, question, who):
    user = lotte if who == "lecturer" else named_users[who]
    response = as_user(client, user).get(create_url(question))
    posted = client.post(create_url(question), offer_fields())

    if who == "visitor":
        assert response.status_code == 302 and "/login/" in response["Location"]
    else:
        assert response.status_code == 403 and posted.status_code == 403
    assert not AssignmentOffer.objects.exists()


def test_whether_a_question_exists_is_told_only_to_those_who_may_offer_it(
    client, cor, otto, question
):
    unknown = en("education:offer_create", slug="twente", uuid=uuid.uuid4())

    assert as_user(client, otto).get(unknown).status_code == 403
    assert client.get(create_url(question)).status_code == 403
    assert as_user(client, cor).get(unknown).status_code == 404


def test_a_project_is_offered_by_those_who_may_edit_it(client, cor, otto, twente):
    project = ProjectFactory(lead_workshop=twente, title="Samen sterker in de wijk")
    url = en("education:offer_create_for_project", slug=project.slug)

    assert as_user(client, otto).get(url).status_code == 403
    form = as_user(client, cor).get(url)
    response = client.post(url, offer_fields())

    assert 'value="Samen sterker in de wijk"' in form.content.decode()
    offer = AssignmentOffer.objects.get()
    assert response.status_code == 302
    assert (offer.project, offer.workshop, offer.question) == (project, twente, None)
    manage = client.get(en("projects:manage", slug=project.slug)).content.decode()
    assert url in manage


# --- the offer's page ---------------------------------------------------------------------------


def test_the_public_sees_the_offer_but_nothing_private(client, cor, twente, question, supervisor):
    offer = offer_for(twente, cor, question=question, practice_supervisor=supervisor)

    body = client.get(page_of(offer)).content.decode()

    assert offer.title in body and offer.summary in body
    for private in (
        question.reference,
        question.title,
        SUBMITTERS_WORDS,
        "Fenna",  # the supervisor did not consent to be listed
        "Timeline",
    ):
        assert private not in body


def test_a_supervisor_who_consented_is_named_publicly(client, cor, twente, supervisor):
    supervisor.is_public = True
    supervisor.save()
    offer = offer_for(twente, cor, practice_supervisor=supervisor)

    assert "Fenna Wijkteam" in client.get(page_of(offer)).content.decode()


def test_those_who_run_it_see_the_question_and_the_timeline(client, cor, twente, question):
    offer = offer_for(twente, cor, question=question)

    body = as_user(client, cor).get(page_of(offer)).content.decode()

    assert question.reference in body
    assert "Timeline" in body and "Offered to education" in body
    assert "Withdraw the offer" in body


def test_students_are_named_publicly_only_with_their_consent(
    client, offer, lotte, programme, sem, django_user_model
):
    claimed(offer, lotte, programme)
    joined(offer, sem, "Sem Jansen", named_publicly=False)
    joined(offer, django_user_model.objects.create_user("noa"), "Noa de Boer", named_publicly=True)

    public = client.get(page_of(offer)).content.decode()
    own = as_user(client, sem).get(page_of(offer)).content.decode()

    assert "Noa de Boer" in public and "Sem Jansen" not in public
    assert "hbo Social Work" in public
    assert "Sem Jansen" in own and "Noa de Boer" in own


@pytest.mark.parametrize("who", ["visitor", "outsider"])
def test_a_withdrawn_offer_is_gone_for_everyone_not_involved(client, named_users, offer, cor, who):
    journey.withdraw_offer(offer, cor, "De vraag is al beantwoord.")

    assert as_user(client, named_users[who]).get(page_of(offer)).status_code == 404


def test_the_page_runs_a_constant_number_of_queries(
    client, cor, offer, lotte, programme, django_user_model, django_assert_max_num_queries
):
    claimed(offer, lotte, programme)
    offer.themes.set(Theme.objects.all()[:2])
    journey.join_group(offer.group, lotte, display_name="Lotte", named_publicly=True)
    as_user(client, cor)
    with django_assert_max_num_queries(20) as few:
        assert client.get(page_of(offer)).status_code == 200
    for n in range(8):
        student = django_user_model.objects.create_user(f"student{n}")
        journey.join_group(offer.group, student, display_name=f"Student {n}", named_publicly=True)
    offer.themes.set(Theme.objects.all()[:8])
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(page_of(offer)).status_code == 200


# --- the question's pages and the library -------------------------------------------------------


def test_the_triage_page_lists_the_offers_and_offers_the_button(client, cor, twente, question):
    offer = offer_for(twente, cor, question=question)
    journey.withdraw_offer(offer, cor, "Te vroeg.")

    body = (
        as_user(client, cor)
        .get(en("questions:detail", slug=twente.slug, uuid=question.uuid))
        .content.decode()
    )

    assert page_of(offer) in body
    assert "Withdrawn" in body
    assert create_url(question) in body
    assert "Your question was offered to education" in body  # the timeline
    assert "The student assignment for your question was withdrawn." in body


def test_the_submitters_tracking_page_tells_each_step(client, cor, twente, lotte, programme, sem):
    question, token = submit(workshop=twente)
    offer = offer_for(twente, cor, question=question)
    claimed(offer, lotte, programme)
    joined(offer, sem, "Sem Jansen", named_publicly=False)
    journey.start_work(offer, lotte)

    body = client.get(en("questions:track", token=token)).content.decode()

    assert body.count("Your question as a student assignment") == 3
    assert "Students of hbo Social Work started working on your question." in body
    assert "Sem Jansen" not in body


def test_the_library_shows_where_student_work_came_from(
    client, offer, lotte, programme, sem, django_user_model
):
    claimed(offer, lotte, programme)
    sem_member = joined(offer, sem, "Sem Jansen", named_publicly=False)
    noa = joined(
        offer, django_user_model.objects.create_user("noa"), "Noa de Boer", named_publicly=True
    )
    journey.start_work(offer, lotte)
    journey.deliver_work(offer, sem, title="Ouderen in beeld", summary="Wat werkt.")
    returns.agree_as_lecturer(offer, "CC-BY-4.0")
    returns.agree_as_student(sem_member)
    returns.agree_as_student(noa)
    offer.refresh_from_db()

    body = client.get(en("library:detail", slug=offer.product.slug)).content.decode()

    assert "Student work" in body
    assert "hbo Social Work" in body and page_of(offer) in body
    assert "Noa de Boer" in body and "Sem Jansen" not in body
