"""A werkplaats's inbox: who may open it, what a row shows, filters, order, bulk steps, queries.

Pages are read in English (``/en/...``) so the tests do not depend on the Dutch translation.
"""

import datetime
import uuid

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from werkplaats.network.models import Theme
from werkplaats.questions.constants import QuestionType, State
from werkplaats.questions.services import workflow

from .factories import submit

pytestmark = pytest.mark.django_db


def en(name, **kwargs):
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)


def inbox_url(workshop, query=""):
    return en("questions:inbox", slug=workshop.slug) + query


def aged(question, days):
    """Makes a question look ``days`` old."""
    moment = timezone.now() - datetime.timedelta(days=days, hours=1)
    type(question).objects.filter(pk=question.pk).update(
        submitted_at=moment, state_changed_at=moment
    )
    question.refresh_from_db()
    return question


def texts(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def as_cor(client, cor):
    client.force_login(cor)
    return client


# --- who may open it ---------------------------------------------------------------------------


def test_a_visitor_is_sent_to_log_in(client, twente):
    response = client.get(inbox_url(twente))
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


@pytest.mark.parametrize("user", ["mila", "otto"])
def test_a_member_and_a_coordinator_of_another_werkplaats_are_refused(
    client, twente, user, request
):
    client.force_login(request.getfixturevalue(user))
    submit(workshop=twente, title="Geheime vraag uit Twente")

    response = client.get(inbox_url(twente))

    assert response.status_code == 403
    assert "Geheime vraag uit Twente" not in response.content.decode()


def test_the_coordinator_sees_the_questions_of_their_own_werkplaats_only(as_cor, twente, zeeland):
    submit(workshop=twente, title="Vraag uit Twente", municipality="GM0153")
    submit(workshop=zeeland, title="Vraag uit Zeeland", municipality="GM0687")

    page = as_cor.get(inbox_url(twente)).content.decode()

    assert "Vraag uit Twente" in page
    assert "Enschede" in page
    assert "Vraag uit Zeeland" not in page


def test_a_network_editor_opens_the_inbox_of_any_werkplaats(client, noor, zeeland):
    submit(workshop=zeeland, title="Vraag uit Zeeland")
    client.force_login(noor)

    response = client.get(inbox_url(zeeland))

    assert response.status_code == 200
    assert "Vraag uit Zeeland" in response.content.decode()


def test_an_unknown_werkplaats_is_not_found(as_cor):
    assert as_cor.get(en("questions:inbox", slug="bestaat-niet")).status_code == 404


# --- rows, ages and order ----------------------------------------------------------------------


def test_questions_waiting_for_triage_show_their_days_waiting_and_the_longest_waiting_come_first(
    as_cor, cor, twente
):
    submit(workshop=twente, title="Recente vraag")
    old, _ = submit(workshop=twente, title="Oude vraag")
    aged(old, 12)
    handled, _ = submit(workshop=twente, title="Afgehandelde vraag")
    aged(handled, 40)
    workflow.start_intake(handled, cor)
    workflow.accept_question(handled, cor)

    page = as_cor.get(inbox_url(twente)).content.decode()

    assert page.index("Oude vraag") < page.index("Recente vraag") < page.index("Afgehandelde vraag")
    assert "waiting 12 days" in page
    assert "waiting 0 days" in page
    assert "40 days" in page
    assert "waiting 40 days" not in page  # accepted: triaged, so not highlighted


def test_a_row_shows_reference_type_themes_and_state(as_cor, cor, twente):
    question, _ = submit(workshop=twente, title="Vraag met thema")
    theme = Theme.objects.get(slug="eenzaamheid")
    workflow.confirm_classification(question, cor, QuestionType.MONITORING, [theme])

    page = as_cor.get(inbox_url(twente)).content.decode()

    assert question.reference in page
    assert en("questions:detail", slug="twente", uuid=question.uuid) in page
    with translation.override("en"):
        assert str(QuestionType.MONITORING.label) in page
        assert theme.label in page
        assert str(State.SUBMITTED.label) in page


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?state=intake", {"In intake"}),
        ("?state=untriaged", {"In intake", "Nieuw", "Oud"}),
        ("?state=open", {"In intake", "Nieuw", "Oud", "Monitoring"}),
        ("?state=closed", {"Gesloten"}),
        ("?type=monitoring", {"Monitoring"}),
        ("?type=unclassified", {"In intake", "Nieuw", "Oud", "Gesloten"}),
        ("?theme=armoede-en-schulden", {"Monitoring"}),
        ("?municipality=enschede", {"Nieuw"}),
        ("?age=30", {"Oud"}),
        ("?state=untriaged&age=7", {"Oud"}),
    ],
)
def test_the_filters_narrow_the_inbox(as_cor, cor, twente, query, expected):
    submit(workshop=twente, title="Vraag Nieuw", municipality="GM0153")
    aged(submit(workshop=twente, title="Vraag Oud")[0], 31)
    intake, _ = submit(workshop=twente, title="Vraag In intake")
    workflow.start_intake(intake, cor)
    monitoring, _ = submit(workshop=twente, title="Vraag Monitoring")
    workflow.start_intake(monitoring, cor)
    workflow.accept_question(monitoring, cor)
    workflow.confirm_classification(
        monitoring, cor, QuestionType.MONITORING, [Theme.objects.get(slug="armoede-en-schulden")]
    )
    closed, _ = submit(workshop=twente, title="Vraag Gesloten")
    workflow.start_intake(closed, cor)
    workflow.decline_question(closed, cor, "Past niet")
    workflow.close_question(closed, cor)

    page = as_cor.get(inbox_url(twente, query)).content.decode()

    shown = {name for name in ("Nieuw", "Oud", "In intake", "Monitoring", "Gesloten")}
    shown = {name for name in shown if f"Vraag {name}" in page}
    assert shown == expected


@pytest.mark.parametrize(
    "query",
    [
        "?state=verzonnen",
        "?type=anders",
        "?theme=bestaat-niet",
        "?municipality=atlantis",
        "?age=5",
        "?sort=random",
        "?page=abc",
        "?page=999",
        "?state=%00",
    ],
)
def test_an_unknown_filter_value_gives_a_message_and_still_shows_the_inbox(as_cor, twente, query):
    submit(workshop=twente, title="Vraag die blijft staan")

    response = as_cor.get(inbox_url(twente, query))

    assert response.status_code == 200
    page = response.content.decode()
    assert "Vraag die blijft staan" in page
    if "page" not in query:
        assert "could not be used" in page


def test_the_inbox_has_pages_of_25(as_cor, twente):
    for n in range(27):
        submit(workshop=twente, title=f"Pagina vraag {n:02d}")

    first = as_cor.get(inbox_url(twente)).content.decode()
    second = as_cor.get(inbox_url(twente, "?page=2")).content.decode()

    assert first.count('name="questions"') == 25
    assert second.count('name="questions"') == 2
    assert "Page 1 of 2" in first


def test_the_inbox_makes_the_same_number_of_queries_for_3_or_30_rows(
    as_cor, cor, twente, django_assert_max_num_queries
):
    theme = Theme.objects.get(slug="eenzaamheid")

    def grow(count):
        for n in range(count):
            question, _ = submit(workshop=twente, title=f"Groei {n}", municipality="GM0153")
            question.themes.add(theme)

    grow(3)
    with CaptureQueriesContext(connection) as few:
        assert as_cor.get(inbox_url(twente, "?theme=eenzaamheid")).status_code == 200
    grow(27)
    with django_assert_max_num_queries(len(few)):
        as_cor.get(inbox_url(twente, "?theme=eenzaamheid"))


# --- bulk steps --------------------------------------------------------------------------------


def bulk(client, workshop, action, questions, query=""):
    return client.post(
        en("questions:bulk", slug=workshop.slug),
        {"action": action, "questions": [str(q.uuid) for q in questions], "query": query},
    )


def test_bulk_start_intake_moves_the_questions_it_fits_and_names_those_it_skips(
    as_cor, cor, twente
):
    first, _ = submit(workshop=twente)
    second, _ = submit(workshop=twente)
    accepted, _ = submit(workshop=twente)
    workflow.start_intake(accepted, cor)
    workflow.accept_question(accepted, cor)

    response = bulk(as_cor, twente, "start_intake", [first, second, accepted], "state=open")

    assert response.status_code == 302
    assert response["Location"].endswith("?state=open")
    for question in (first, second):
        question.refresh_from_db()
        assert question.state == State.INTAKE
        assert question.events.last().actor == cor
    accepted.refresh_from_db()
    assert accepted.state == State.ACCEPTED
    messages = texts(response)
    assert "2 questions done." in messages
    assert any("1 question skipped" in m and accepted.reference in m for m in messages)


def test_bulk_close_closes_finished_questions_only(as_cor, cor, twente):
    declined, _ = submit(workshop=twente)
    workflow.start_intake(declined, cor)
    workflow.decline_question(declined, cor, "Buiten ons terrein")
    fresh, _ = submit(workshop=twente)

    response = bulk(as_cor, twente, "close", [declined, fresh])

    declined.refresh_from_db()
    fresh.refresh_from_db()
    assert (declined.state, fresh.state) == (State.CLOSED, State.SUBMITTED)
    assert "1 question done." in texts(response)


def test_bulk_leaves_questions_of_another_werkplaats_alone(as_cor, twente, zeeland):
    foreign, _ = submit(workshop=zeeland)

    response = bulk(as_cor, twente, "start_intake", [foreign])

    foreign.refresh_from_db()
    assert foreign.state == State.SUBMITTED
    assert any("no longer in this inbox" in m for m in texts(response))


def test_bulk_by_an_outsider_is_refused_and_changes_nothing(client, otto, twente):
    question, _ = submit(workshop=twente)
    client.force_login(otto)

    assert bulk(client, twente, "start_intake", [question]).status_code == 403
    question.refresh_from_db()
    assert question.state == State.SUBMITTED


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"action": "start_intake"}, "Select at least one question."),
        ({"action": "start_intake", "questions": ["geen-uuid"]}, "is not valid"),
        ({"action": "delete", "questions": [str(uuid.uuid4())]}, "Choose one of the actions"),
    ],
)
def test_bulk_with_bad_input_says_what_to_do_and_changes_nothing(as_cor, twente, data, message):
    question, _ = submit(workshop=twente)

    response = as_cor.post(en("questions:bulk", slug=twente.slug), data)

    assert response.status_code == 302
    assert any(message in m for m in texts(response))
    question.refresh_from_db()
    assert question.state == State.SUBMITTED


def test_bulk_only_answers_a_post(as_cor, twente):
    assert as_cor.get(en("questions:bulk", slug=twente.slug)).status_code == 405
