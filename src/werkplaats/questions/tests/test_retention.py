"""Retention: the submitter's personal data goes; the question stays for monitoring."""

from datetime import datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from werkplaats.network.models import ParticipantRole, Theme
from werkplaats.questions.constants import EventKind, QuestionType, State
from werkplaats.questions.models import PracticeQuestion
from werkplaats.questions.services import workflow
from werkplaats.questions.services.intake import find_by_token
from werkplaats.questions.services.retention import (
    erase_expired_personal_data,
    erase_personal_data,
    months_before,
)
from werkplaats.questions.tasks import erase_expired_personal_data as erase_task

from .factories import submit

pytestmark = pytest.mark.django_db

MARKERS = {
    "title": "MARKER-TITEL-7f3",
    "question": "MARKER-VRAAG-7f3",
    "context": "MARKER-CONTEXT-7f3",
    "actors": "MARKER-ACTOREN-7f3",
    "hoped_result": "MARKER-RESULTAAT-7f3",
    "submitter_name": "MARKER-NAAM-7f3",
    "submitter_email": "marker-7f3@example.org",
    "organisation_name": "MARKER-ORGANISATIE-7f3",
}
AMS = ZoneInfo("Europe/Amsterdam")


def closed(question, cor, months_ago, days=0):
    """Walks the question to closed and dates the closing ``months_ago`` months back."""
    workflow.start_intake(question, cor)
    workflow.advise_question(question, cor, "Advies: neem contact op met het wijkteam.")
    workflow.close_question(question, cor)
    when = months_before(timezone.now(), months_ago) - timedelta(days=days)
    PracticeQuestion.objects.filter(pk=question.pk).update(closed_at=when)
    question.refresh_from_db()
    return question


@pytest.fixture
def planted(twente, cor):
    question, token = submit(
        workshop=twente,
        submitter_role=ParticipantRole.objects.get(slug="sociaal-professional"),
        time_frame="months",
        **MARKERS,
    )
    workflow.confirm_classification(
        question, cor, QuestionType.MULTI_ACTOR, Theme.objects.filter(slug="eenzaamheid")
    )
    workflow.add_submitter_information(question, "MARKER-AANVULLING-7f3")
    workflow.send_message(question, cor, "Beste MARKER-NAAM-7f3, mogen we bellen?")
    workflow.add_note(question, cor, "Gebeld met MARKER-NAAM-7f3")
    PracticeQuestion.objects.filter(pk=question.pk).update(suggestion={"reasons": ["MARKER"]})
    return question, token


@pytest.mark.parametrize(
    "moment,months,expected",
    [
        (datetime(2026, 3, 31, 12, tzinfo=AMS), 1, datetime(2026, 2, 28, 12, tzinfo=AMS)),
        (datetime(2028, 3, 31, 12, tzinfo=AMS), 1, datetime(2028, 2, 29, 12, tzinfo=AMS)),
        (datetime(2026, 1, 15, 8, tzinfo=AMS), 24, datetime(2024, 1, 15, 8, tzinfo=AMS)),
        (datetime(2026, 1, 15, 8, tzinfo=AMS), 13, datetime(2024, 12, 15, 8, tzinfo=AMS)),
    ],
)
def test_months_are_counted_on_the_calendar(moment, months, expected):
    assert months_before(moment, months) == expected


def test_a_question_closed_longer_than_the_retention_period_loses_all_personal_data(planted, cor):
    question, token = planted
    closed(question, cor, months_ago=24, days=1)

    assert erase_expired_personal_data() == 1

    question.refresh_from_db()
    assert question.personal_data_erased_at is not None
    assert question.title == question.reference
    assert question.submitter_name == question.submitter_email == question.organisation_name == ""
    assert question.suggestion == {}
    assert not question.submission_key.startswith("test-submission")
    row = {
        field.attname: getattr(question, field.attname)
        for field in PracticeQuestion._meta.concrete_fields
    }
    event_texts = list(question.events.values_list("text", flat=True))
    for marker in [*MARKERS.values(), "MARKER-AANVULLING-7f3", "MARKER"]:
        assert not [k for k, v in row.items() if isinstance(v, str) and marker in v], marker
        assert not [t for t in event_texts if marker in t], marker
    assert find_by_token(token) is None


def test_what_monitoring_needs_stays(planted, cor):
    question, _token = planted
    closed(question, cor, months_ago=25)
    before_events = question.events.count()

    erase_personal_data(question)

    question.refresh_from_db()
    assert question.municipality.code == "GM1900"
    assert question.workshop.slug == "twente"
    assert question.state == State.CLOSED
    assert question.question_type == QuestionType.MULTI_ACTOR
    assert list(question.themes.values_list("slug", flat=True)) == ["eenzaamheid"]
    assert question.submitter_role.slug == "sociaal-professional"
    assert question.time_frame == "months"
    assert question.events.count() == before_events + 1
    assert question.events.last().kind == EventKind.PERSONAL_DATA_ERASED
    advice = question.events.get(to_state=State.ADVISED)
    assert advice.text == "Advies: neem contact op met het wijkteam."


def test_the_tracking_link_stops_working(client, planted, cor):
    question, token = planted
    closed(question, cor, months_ago=30)

    erase_personal_data(question)

    response = client.get(reverse("questions:track", kwargs={"token": token}))
    assert response.status_code == 404


def test_questions_within_the_period_or_still_open_keep_their_data(twente, cor):
    recent, _ = submit(workshop=twente)
    closed(recent, cor, months_ago=23)
    still_open, _ = submit(workshop=twente)
    PracticeQuestion.objects.filter(pk=still_open.pk).update(
        submitted_at=timezone.now() - timedelta(days=5 * 365)
    )

    assert erase_expired_personal_data() == 0
    assert not PracticeQuestion.objects.filter(personal_data_erased_at__isnull=False).exists()


def test_a_withdrawn_question_counts_from_its_withdrawal(twente):
    question, _ = submit(workshop=twente)
    workflow.withdraw_question(question, by_submitter=True, reason="Opgelost, groet Sanne")
    PracticeQuestion.objects.filter(pk=question.pk).update(
        closed_at=months_before(timezone.now(), 24) - timedelta(hours=1)
    )

    assert erase_expired_personal_data() == 1
    assert not question.events.filter(text__contains="Sanne").exists()


def test_the_retention_period_comes_from_the_settings(twente, cor, settings):
    settings.QUESTION_RETENTION_MONTHS = 3
    question, _ = submit(workshop=twente)
    closed(question, cor, months_ago=4)

    assert erase_expired_personal_data() == 1


def test_erasing_twice_changes_nothing_more(planted, cor):
    question, _ = planted
    closed(question, cor, months_ago=25)

    assert erase_personal_data(question) is True
    assert erase_personal_data(question) is False
    assert erase_expired_personal_data() == 0
    assert question.events.filter(kind=EventKind.PERSONAL_DATA_ERASED).count() == 1


def test_a_published_question_keeps_what_the_coordinator_wrote_for_the_board(planted, cor):
    question, _ = planted
    workflow.publish_question(question, cor, "Eenzaamheid in de wijk", "Een werkplaats zoekt...")
    closed(question, cor, months_ago=25)

    erase_personal_data(question)

    question.refresh_from_db()
    assert question.is_published
    assert question.public_title == "Eenzaamheid in de wijk"


def test_the_command_reports_what_is_due_and_erases_it(planted, cor):
    question, _ = planted
    closed(question, cor, months_ago=26)
    out = StringIO()

    call_command("erase_expired_personal_data", "--dry-run", stdout=out)
    question.refresh_from_db()
    assert "1 question(s)" in out.getvalue()
    assert question.personal_data_erased_at is None

    call_command("erase_expired_personal_data", stdout=out)
    question.refresh_from_db()
    assert "Erased the personal data of 1 question(s)" in out.getvalue()
    assert question.personal_data_erased_at is not None


def test_the_daily_task_erases_what_is_due(planted, cor):
    question, _ = planted
    closed(question, cor, months_ago=26)

    result = erase_task.enqueue()

    assert result.return_value == 1
