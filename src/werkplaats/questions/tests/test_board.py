"""The public question board: only what a coordinator published, under the words the coordinator
wrote; never the submitter's own text or identity, never an unpublished question."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from werkplaats.network.models import Theme
from werkplaats.questions.constants import QuestionType, State
from werkplaats.questions.services import workflow

from .factories import submit

pytestmark = pytest.mark.django_db

RAW_MARKER = "RUWETEKSTMARKER8K"
NAME_MARKER = "INDIENERMARKER3J"
MAIL_MARKER = "indienermarker5h@example.org"
HIDDEN_TITLE = "ONGEPUBLICEERDMARKER2Q"
MARKERS = [RAW_MARKER, NAME_MARKER, MAIL_MARKER, HIDDEN_TITLE]


def en(name, query="", **kwargs):
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None) + query


def published(workshop, actor, title="Ouderen in beeld", summary="Hoe vinden wijkteams ouderen?"):
    question, _ = submit(
        workshop=workshop,
        title=f"Eigen titel {RAW_MARKER}",
        question=f"Mijn eigen woorden {RAW_MARKER}",
        submitter_name=NAME_MARKER,
        submitter_email=MAIL_MARKER,
    )
    workflow.publish_question(question, actor, title, summary)
    return question


@pytest.fixture
def board(cor, otto, twente, zeeland):
    """Two published questions (Twente, Zeeland) and one that is not published."""
    first = published(twente, cor, "Ouderen in beeld", "Hoe vinden wijkteams ouderen?")
    workflow.start_intake(first, cor)
    workflow.confirm_classification(
        first, cor, QuestionType.MULTI_ACTOR, [Theme.objects.get(slug="eenzaamheid")]
    )
    second = published(
        zeeland, otto, "Schulden vroeg signaleren", "Wat werkt bij vroegsignalering?"
    )
    workflow.confirm_classification(
        second, otto, QuestionType.MONITORING, [Theme.objects.get(slug="armoede-en-schulden")]
    )
    hidden, _ = submit(workshop=twente, title=HIDDEN_TITLE, question=f"Tekst {HIDDEN_TITLE}")
    return {"twente": first, "zeeland": second, "hidden": hidden}


def assert_private_data_absent(page: str):
    for marker in MARKERS:
        assert marker.lower() not in page.lower(), f"{marker} is on a public page"


def test_the_board_shows_published_questions_under_their_public_title_only(client, board):
    page = client.get(en("questions:board")).content.decode()

    assert "Ouderen in beeld" in page
    assert "Schulden vroeg signaleren" in page
    assert "Werkplaats Sociaal Domein Zeeland" in page
    with translation.override("en"):
        assert str(QuestionType.MULTI_ACTOR.label) in page
        assert str(State.INTAKE.label) in page
        assert Theme.objects.get(slug="eenzaamheid").label in page
    assert_private_data_absent(page)


def test_a_published_question_shows_its_summary_state_and_werkplaats(client, board):
    response = client.get(en("questions:public_detail", uuid=board["twente"].uuid))

    assert response.status_code == 200
    page = response.content.decode()
    assert "Hoe vinden wijkteams ouderen?" in page
    assert "Werkplaats Sociaal Domein Twente" in page
    assert_private_data_absent(page)


def test_an_unpublished_question_is_not_found_and_its_title_appears_nowhere(client, board, cor):
    hidden = board["hidden"]
    assert client.get(en("questions:public_detail", uuid=hidden.uuid)).status_code == 404

    workflow.unpublish_question(board["twente"], cor)

    assert client.get(en("questions:public_detail", uuid=board["twente"].uuid)).status_code == 404
    page = client.get(en("questions:board")).content.decode()
    assert "Ouderen in beeld" not in page
    for address in (en("network:home"), en("network:workshop", slug="twente")):
        assert_private_data_absent(client.get(address).content.decode())


def test_a_logged_in_coordinator_sees_the_same_public_board(client, board, cor):
    client.force_login(cor)
    page = client.get(en("questions:board")).content.decode()
    assert "Ouderen in beeld" in page
    assert_private_data_absent(page)


def test_an_address_that_is_no_uuid_is_not_found(client):
    assert client.get("/en/vragen/12345/").status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?werkplaats=zeeland", {"Schulden vroeg signaleren"}),
        ("?type=multi_actor", {"Ouderen in beeld"}),
        ("?theme=armoede-en-schulden", {"Schulden vroeg signaleren"}),
        ("?state=intake", {"Ouderen in beeld"}),
        ("?state=closed", set()),
    ],
)
def test_the_board_filters_by_werkplaats_type_theme_and_state(client, board, query, expected):
    page = client.get(en("questions:board", query)).content.decode()

    titles = {"Ouderen in beeld", "Schulden vroeg signaleren"}
    assert {title for title in titles if title in page} == expected


@pytest.mark.parametrize("query", ["?werkplaats=atlantis", "?type=x", "?theme=nee", "?state=%00"])
def test_an_unknown_board_filter_gives_a_message(client, board, query):
    response = client.get(en("questions:board", query))

    assert response.status_code == 200
    assert "could not be used" in response.content.decode()


def test_the_board_and_a_published_question_invite_visitors_to_ask_their_own(client, board):
    for address in (
        en("questions:board"),
        en("questions:public_detail", uuid=board["twente"].uuid),
    ):
        page = client.get(address).content.decode()
        assert f'class="button" href="{en("questions:submit")}"' in page


def test_the_werkplaats_page_lists_its_published_questions_only(client, board):
    page = client.get(en("network:workshop", slug="twente")).content.decode()

    assert "Ouderen in beeld" in page
    assert "Schulden vroeg signaleren" not in page
    assert_private_data_absent(page)


def test_the_home_page_mentions_newly_published_questions(client, board):
    page = client.get(en("network:home")).content.decode()

    assert "Schulden vroeg signaleren" in page
    assert_private_data_absent(page)


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [("questions:board", {}), ("network:workshop", {"slug": "twente"}), ("network:home", {})],
)
def test_board_pages_make_the_same_number_of_queries_for_3_or_30_questions(
    client, cor, twente, django_assert_max_num_queries, name, kwargs
):
    theme = Theme.objects.get(slug="eenzaamheid")

    def grow(count):
        for n in range(count):
            question = published(twente, cor, f"Titel {n}", f"Samenvatting {n}")
            question.themes.add(theme)

    grow(3)
    with CaptureQueriesContext(connection) as few:
        assert client.get(en(name, **kwargs)).status_code == 200
    grow(27)
    with django_assert_max_num_queries(len(few)):
        client.get(en(name, **kwargs))
