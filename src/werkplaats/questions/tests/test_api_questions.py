"""``/api/v1/questions/``: published questions for anyone, own questions for coordinators, and
intake from partner websites with the site's validation and rate limit."""

import json
import uuid

import pytest

from werkplaats.conftest import PASSWORD
from werkplaats.network.models import Municipality, Theme
from werkplaats.questions.constants import QuestionType
from werkplaats.questions.models import PracticeQuestion
from werkplaats.questions.services import workflow

from .factories import submit

pytestmark = pytest.mark.django_db

LIST = "/api/v1/questions/"
PRIVATE = ["MARKER-NAAM-91c", "marker-91c@example.org", "MARKER-TEKST-91c"]


def private_question(workshop, **fields):
    question, _ = submit(
        workshop=workshop,
        submitter_name="MARKER-NAAM-91c",
        submitter_email="marker-91c@example.org",
        question="MARKER-TEKST-91c",
        **fields,
    )
    return question


def published(workshop, cor, title="Eenzaamheid in de wijk", **fields):
    question = private_question(workshop, **fields)
    workflow.publish_question(question, cor, title, "Samenvatting voor iedereen.")
    return question


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


def submission(**overrides):
    data = {
        "title": "Schulden bij jongeren",
        "question": "Hoe herkennen we schulden vroeg?",
        "municipality": "Enschede",
        "submitter_name": "Piet Partner",
        "submitter_email": "piet@example.org",
        "privacy_agreed": True,
        "submission_key": uuid.uuid4().hex,
    }
    data.update(overrides)
    return data


def post(client, data, **extra):
    return client.post(LIST, json.dumps(data), content_type="application/json", **extra)


def test_a_visitor_sees_only_published_questions_and_only_their_public_fields(client, twente, cor):
    shown = published(twente, cor)
    private_question(twente)

    response = client.get(LIST)

    body = response.json()
    assert response.status_code == 200
    assert body["count"] == 1
    row = body["results"][0]
    assert row["uuid"] == str(shown.uuid)
    assert row["public_title"] == "Eenzaamheid in de wijk"
    assert row["workshop"] == "twente"
    assert row["municipality"] == "GM1900"
    assert row["handling"] is None
    for marker in PRIVATE:
        assert marker not in response.content.decode()


def test_a_coordinator_also_sees_their_own_questions_with_handling_but_no_contact_data(
    client, twente, zeeland, cor
):
    own = private_question(twente)
    private_question(zeeland)
    other_published = published(zeeland, cor, title="Zeeuwse vraag")

    response = login(client, cor).get(LIST)

    rows = {row["uuid"]: row for row in response.json()["results"]}
    assert set(rows) == {str(own.uuid), str(other_published.uuid)}
    assert rows[str(own.uuid)]["handling"]["question"] == "MARKER-TEKST-91c"
    assert rows[str(own.uuid)]["handling"]["reference"] == own.reference
    assert rows[str(other_published.uuid)]["handling"] is None
    assert "MARKER-NAAM-91c" not in response.content.decode()
    assert "marker-91c@example.org" not in response.content.decode()


def test_a_network_editor_handles_every_question(client, twente, zeeland, noor):
    private_question(twente)
    private_question(zeeland)

    rows = login(client, noor).get(LIST).json()["results"]

    assert len(rows) == 2
    assert all(row["handling"] for row in rows)


def test_an_unpublished_question_is_not_found_by_anyone_else(client, twente, cor, otto):
    question = private_question(twente)
    url = f"{LIST}{question.uuid}/"

    assert client.get(url).status_code == 404
    assert login(client, otto).get(url).status_code == 404
    client.logout()
    assert login(client, cor).get(url).status_code == 200


def test_the_filters_narrow_the_list(client, twente, zeeland, cor):
    theme = Theme.objects.get(slug="eenzaamheid")
    match = published(twente, cor)
    workflow.confirm_classification(match, cor, QuestionType.MULTI_ACTOR, [theme])
    published(zeeland, cor, title="Andere vraag")

    for query in [
        "workshop=twente",
        "theme=eenzaamheid",
        "question_type=multi_actor",
        "state=submitted&workshop=twente",
    ]:
        rows = client.get(f"{LIST}?{query}").json()["results"]
        assert [row["uuid"] for row in rows] == [str(match.uuid)], query


@pytest.mark.parametrize(
    "query,parameter",
    [
        ("workshop=atlantis", "workshop"),
        ("state=lost", "state"),
        ("question_type=other", "question_type"),
        ("theme=nothing", "theme"),
    ],
)
def test_an_unknown_filter_value_is_refused_with_400_naming_it(client, query, parameter):
    response = client.get(f"{LIST}?{query}")

    assert response.status_code == 400
    assert parameter in response.json()["errors"]


@pytest.mark.parametrize("rows", [2, 30])
def test_the_list_takes_the_same_number_of_queries_for_few_or_many_rows(
    client, django_assert_max_num_queries, twente, cor, rows
):
    theme = Theme.objects.get(slug="eenzaamheid")
    for n in range(rows):
        question = published(twente, cor, title=f"Vraag {n}")
        question.themes.add(theme)
        private_question(twente)

    with django_assert_max_num_queries(4):
        assert client.get(LIST).json()["count"] == rows
    login(client, cor)
    with django_assert_max_num_queries(8):
        assert client.get(LIST).json()["count"] == 2 * rows


def test_a_partner_submits_a_question_and_gets_its_werkplaats_and_tracking_link(
    client, twente, cor, mailoutbox, django_capture_on_commit_callbacks
):
    twente.municipalities.add(Municipality.objects.get(code="GM0153"))

    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, submission())

    body = response.json()
    question = PracticeQuestion.objects.get()
    assert response.status_code == 201
    assert set(body) == {"uuid", "reference", "state", "workshop", "tracking_url"}
    assert body["workshop"] == "twente"
    assert body["reference"] == question.reference
    assert body["state"] == "submitted"
    assert body["tracking_url"].startswith("http://127.0.0.1:8000/vragen/volg/")
    assert client.get(body["tracking_url"].removeprefix("http://127.0.0.1:8000")).status_code == 200
    assert [m.to for m in mailoutbox if body["tracking_url"] in m.body] == [["piet@example.org"]]


def test_a_repeated_submission_returns_the_same_answer_with_200(client, twente):
    data = submission()

    first = post(client, data)
    second = post(client, data)

    assert first.status_code == 201
    assert second.status_code == 200
    assert first.json() == second.json()
    assert PracticeQuestion.objects.count() == 1


def test_a_reused_key_for_another_question_is_a_conflict_without_a_link(client, twente):
    data = submission()
    post(client, data)

    response = post(client, {**data, "title": "Iets anders", "submitter_email": "x@example.org"})

    assert response.status_code == 409
    assert "tracking_url" not in response.json()
    assert PracticeQuestion.objects.count() == 1


def test_bad_input_names_every_field_and_changes_nothing(client):
    response = post(client, {"privacy_agreed": False, "submission_key": "kort"})

    errors = response.json()["errors"]
    assert response.status_code == 400
    for field in [
        "title",
        "question",
        "municipality",
        "submitter_name",
        "submitter_email",
        "privacy_agreed",
        "submission_key",
    ]:
        assert field in errors, field
    assert not PracticeQuestion.objects.exists()


@pytest.mark.parametrize(
    "overrides,field",
    [
        ({"question": "x" * 100_000}, "question"),
        ({"municipality": "Atlantis"}, "municipality"),
        ({"submitter_role": "astronaut"}, "submitter_role"),
        ({"time_frame": "gisteren"}, "time_frame"),
        ({"title": {"nested": "object"}}, "title"),
        ({"title": "nul\x00byte"}, "title"),
    ],
)
def test_bad_values_get_400_on_their_field(client, twente, overrides, field):
    response = post(client, submission(**overrides))

    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not PracticeQuestion.objects.exists()


def test_a_body_that_is_not_an_object_is_refused(client):
    response = post(client, ["een", "lijst"])

    assert response.status_code == 400


def test_script_in_a_submission_is_stored_as_plain_text(client, twente):
    post(client, submission(title="<script>alert(1)</script>"))

    assert PracticeQuestion.objects.get().title == "<script>alert(1)</script>"


def test_the_rate_limit_applies_per_address_with_a_429_message(client, twente, settings):
    settings.QUESTION_INTAKE_LIMIT_PER_HOUR = 1
    assert post(client, submission(), REMOTE_ADDR="192.0.2.50").status_code == 201

    refused = post(client, submission(), REMOTE_ADDR="192.0.2.50")

    assert refused.status_code == 429
    assert refused.json()["detail"]
    assert refused["Retry-After"] == "3600"
    assert PracticeQuestion.objects.count() == 1
