"""The submitter's tracking page: their question only, through the private link only."""

import logging

import pytest
from django.urls import reverse

from werkplaats.questions.constants import EventKind, State
from werkplaats.questions.services import workflow
from werkplaats.questions.services.retention import erase_personal_data

from .factories import submit

pytestmark = pytest.mark.django_db


def track_url(token, name="questions:track"):
    return reverse(name, kwargs={"token": token})


@pytest.fixture
def submitted(twente):
    return submit(workshop=twente, title="Eenzaamheid in Oldenzaal", question="Wat werkt?")


def assert_private_headers(response):
    # Never to another site; "no-referrer" would make the page's own forms fail CSRF checks.
    assert response["Referrer-Policy"] == "same-origin"
    assert "no-store" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]


def test_the_page_shows_reference_title_state_werkplaats_and_what_the_submitter_may_see(
    client, submitted, cor
):
    question, token = submitted
    workflow.start_intake(question, cor)
    workflow.add_note(question, cor, "Intern: bellen met de wijkcoach")
    workflow.send_message(question, cor, "Kunt u het wijkteam noemen?")

    response = client.get(track_url(token))

    html = response.content.decode()
    assert response.status_code == 200
    assert question.reference in html
    assert "Eenzaamheid in Oldenzaal" in html
    assert "Wat werkt?" in html
    assert question.workshop.name in html
    assert "Een coördinator bekijkt je vraag" in html  # the state, explained
    assert "Kunt u het wijkteam noemen?" in html
    assert "Intern: bellen" not in html
    assert "sanne@example.org" not in html
    assert_private_headers(response)


def test_it_never_shows_another_question(client, submitted, twente):
    _question, token = submitted
    submit(workshop=twente, title="Een vraag van iemand anders", question="Geheim")

    html = client.get(track_url(token)).content.decode()

    assert "Een vraag van iemand anders" not in html
    assert "Geheim" not in html


@pytest.mark.parametrize("token", ["vervalst", "x" * 43, "x" * 500, "%00", "%3Cscript%3E"])
def test_a_forged_token_gets_a_helpful_404_with_the_same_headers(client, submitted, token):
    response = client.get(f"/vragen/volg/{token}/")

    assert response.status_code == 404
    assert b"Deze link werkt niet" in response.content
    assert_private_headers(response)


def test_an_erased_question_looks_exactly_like_a_forged_link(client, submitted):
    question, token = submitted
    workflow.withdraw_question(question, by_submitter=True)
    erase_personal_data(question)
    forged = "f" * len(token)

    erased_page = client.get(track_url(token))
    forged_page = client.get(track_url(forged))

    assert erased_page.status_code == forged_page.status_code == 404
    erased_html = erased_page.content.decode().replace(token, "<token>")
    forged_html = forged_page.content.decode().replace(forged, "<token>")
    strip = [line for line in erased_html.splitlines() if "csrfmiddlewaretoken" not in line]
    assert strip == [line for line in forged_html.splitlines() if "csrfmiddlewaretoken" not in line]


def test_the_submitter_adds_information_and_the_page_confirms_it(client, submitted):
    question, token = submitted

    response = client.post(track_url(token), {"information": "Het gaat om <b>twee</b> wijken."})

    assert response.status_code == 302
    event = question.events.get(kind=EventKind.INFORMATION_ADDED)
    assert event.by_submitter and event.visible_to_submitter
    assert event.text == "Het gaat om <b>twee</b> wijken."
    page = client.get(response["Location"])
    assert b"Je informatie is aan de vraag toegevoegd" in page.content
    assert b"Het gaat om &lt;b&gt;twee&lt;/b&gt; wijken." in page.content


@pytest.mark.parametrize("text", ["", "   ", "x" * 100_000, "nul\x00"])
def test_empty_or_overlong_information_is_refused_and_changes_nothing(client, submitted, text):
    question, token = submitted

    response = client.post(track_url(token), {"information": text})

    assert response.status_code == 400
    assert response.context["form"].errors["information"]
    assert not question.events.filter(kind=EventKind.INFORMATION_ADDED).exists()


def test_a_closed_question_takes_no_more_information(client, submitted, cor):
    question, token = submitted
    workflow.withdraw_question(question, by_submitter=True)

    page = client.get(track_url(token))
    response = client.post(track_url(token), {"information": "Nog iets"})

    assert b'name="information"' not in page.content
    assert response.status_code == 400
    assert b"je kunt geen informatie meer toevoegen" in response.content
    assert not question.events.filter(kind=EventKind.INFORMATION_ADDED).exists()


def test_withdrawing_asks_for_confirmation_first(client, submitted):
    question, token = submitted

    page = client.get(track_url(token, "questions:withdraw"))
    unconfirmed = client.post(track_url(token, "questions:withdraw"), {"reason": "Opgelost"})

    assert page.status_code == 200
    assert_private_headers(page)
    assert unconfirmed.status_code == 400
    question.refresh_from_db()
    assert question.state == State.SUBMITTED


def test_the_submitter_withdraws_their_question(client, submitted):
    question, token = submitted

    response = client.post(
        track_url(token, "questions:withdraw"), {"reason": "Al opgelost", "confirm": "on"}
    )

    question.refresh_from_db()
    assert response.status_code == 302
    assert question.state == State.WITHDRAWN
    event = question.events.get(to_state=State.WITHDRAWN)
    assert event.by_submitter and event.text == "Al opgelost"
    page = client.get(response["Location"])
    assert b"Je hebt je vraag ingetrokken" in page.content
    assert b"Withdraw my question" not in page.content
    # Withdrawing twice is no error: the page simply shows the question.
    again = client.post(track_url(token, "questions:withdraw"), {"confirm": "on"})
    assert again.status_code == 302


def test_the_request_log_records_the_route_not_the_token(client, submitted, caplog):
    _question, token = submitted

    with caplog.at_level(logging.INFO, logger="werkplaats.request"):
        client.get(track_url(token))
        client.get(track_url("vervalst-token-123"))

    paths = [record.path for record in caplog.records if record.name == "werkplaats.request"]
    assert paths == ["/vragen/volg/<token>/", "/vragen/volg/<token>/"]
    assert token not in caplog.text


def test_a_referred_question_shows_its_new_werkplaats(client, submitted, cor, zeeland):
    question, token = submitted
    workflow.start_intake(question, cor)
    workflow.refer_question(question, cor, zeeland, "Past beter in Zeeland.")

    html = client.get(track_url(token)).content.decode()

    assert "Doorgestuurd naar Werkplaats Sociaal Domein Zeeland" in html
    assert "Je vraag past beter bij een andere werkplaats" in html
    assert f'href="/werkplaatsen/{zeeland.slug}/"' in html
