"""``werkplaats demo`` also loads about 300 realistic practice questions with their timelines.

Most tests read one demo loaded once for this module (inside a transaction rolled back at the
end); the tests that load a demo of their own come first and check that they start empty.
"""

import datetime
import hashlib
import io
import itertools
import re
from collections import Counter

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone, translation

from werkplaats.network.demo import load_demo
from werkplaats.network.models import Workshop
from werkplaats.questions import matching
from werkplaats.questions.constants import (
    FINAL_STATES,
    TRANSITIONS,
    UNTRIAGED_STATES,
    EventKind,
    QuestionType,
    State,
)
from werkplaats.questions.demo import load_demo_questions
from werkplaats.questions.models import PracticeQuestion, QuestionEvent
from werkplaats.questions.services.intake import find_by_token

NOW = timezone.make_aware(datetime.datetime(2026, 6, 15, 12, 0))
STATE_EVENTS = (EventKind.SUBMITTED, EventKind.STATE_CHANGED, EventKind.REFERRED)


def _run(*args) -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command("demo", *args, stdout=out, verbosity=1)
    return out.getvalue()


def _digest() -> str:
    lines = []
    for q in PracticeQuestion.objects.select_related("workshop", "municipality").order_by(
        "submission_key"
    ):
        lines.append(
            f"{q.submission_key}|{q.uuid}|{q.reference}|{q.title}|{q.question}|{q.submitter_name}"
            f"|{q.submitter_email}|{q.workshop.slug}|{q.municipality.code}|{q.state}"
            f"|{q.submitted_at.isoformat()}|{q.public_title}"
        )
    lines += [
        f"{e.question.submission_key}|{e.kind}|{e.to_state}|{e.created_at.isoformat()}|{e.text}"
        for e in QuestionEvent.objects.select_related("question").order_by(
            "question__submission_key", "created_at", "kind"
        )
    ]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _fresh_digest(**kwargs) -> str:
    with transaction.atomic():
        load_demo_questions(now=NOW, **kwargs)
        digest = _digest()
        transaction.set_rollback(True)
    return digest


# Tests with a demo of their own --------------------------------------------------------------


@pytest.mark.django_db
def test_the_command_loads_the_questions_once_and_prints_one_tracking_link():
    assert not PracticeQuestion.objects.exists()
    output = _run()
    assert re.search(r"Practice questions: 3\d\d created in 15 werkplaatsen, \d+ of them", output)
    links = re.findall(r"http://\S+/vragen/volg/(\S+)/", output)
    assert len(links) == 1
    question = find_by_token(links[0])
    assert question is not None
    assert question.workshop.slug == "friesland"
    assert question.municipality.province == "PV21"  # Fryslân
    count = PracticeQuestion.objects.count()

    again = _run()

    assert "Demo network already loaded: nothing changed." in again
    assert f"Practice questions: already loaded ({count})." in again
    assert "printed when the demo was first loaded" in again
    assert "/vragen/volg/" not in again
    assert PracticeQuestion.objects.count() == count


@pytest.mark.django_db
def test_the_demo_is_deterministic_and_sends_no_email(django_capture_on_commit_callbacks):
    assert not PracticeQuestion.objects.exists()
    load_demo()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        first = _fresh_digest()
    assert _fresh_digest() == first
    assert _fresh_digest(seed=7) != first
    assert callbacks == []
    assert mail.outbox == []


@pytest.mark.django_db
def test_scale_two_loads_twice_the_questions_and_fills_the_copies(monkeypatch):
    assert not PracticeQuestion.objects.exists()
    calls = []

    def classify(question):
        calls.append(question.municipality_id)
        return {"question_type": {"value": "action", "reasons": ["proef"]}}

    monkeypatch.setattr(matching, "classify_question", classify)
    load_demo()
    single = load_demo_questions(now=NOW).created
    assert len(calls) == single
    load_demo(scale=2)

    result = load_demo_questions(scale=2, now=NOW)

    assert result.created == single
    assert PracticeQuestion.objects.count() == 2 * single
    copy = Workshop.objects.get(slug="twente-s2")
    assert copy.questions.filter(state=State.SUBMITTED).exists()
    assert not PracticeQuestion.objects.filter(suggestion={}).exists()
    assert load_demo_questions(scale=2, now=NOW).created == 0


# Tests of the one demo of this module --------------------------------------------------------


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        result = load_demo_questions(now=NOW)
        yield result
        transaction.set_rollback(True)


@pytest.fixture
def questions(demo, db):
    return list(
        PracticeQuestion.objects.select_related("workshop").prefetch_related("events", "themes")
    )


def test_about_three_hundred_questions_spread_over_every_werkplaats_and_state(questions):
    assert 280 <= len(questions) <= 340
    per_workshop = Counter(q.workshop.slug for q in questions)
    assert set(per_workshop) == set(Workshop.objects.values_list("slug", flat=True))
    assert min(per_workshop.values()) >= 10
    for workshop in Workshop.objects.all():
        states = {q.state for q in questions if q.workshop_id == workshop.pk}
        assert len(states) >= 5, workshop.slug
    assert {q.state for q in questions} == set(State.values)
    assert {q.question_type for q in questions if q.question_type} == set(QuestionType.values)
    municipalities = {q.municipality_id for q in questions}
    assert len(municipalities) >= 80


def test_every_timeline_follows_the_workflow_and_ends_in_the_questions_state(questions):
    for q in questions:
        moves = [e for e in q.events.all() if e.kind in STATE_EVENTS]
        assert moves[0].kind == EventKind.SUBMITTED and moves[0].to_state == State.SUBMITTED
        for before, after in itertools.pairwise(moves):
            assert after.from_state == before.to_state, q.reference
            allowed = TRANSITIONS[before.to_state] | (
                {State.WITHDRAWN} if before.to_state not in FINAL_STATES else set()
            )
            assert after.to_state in allowed, (q.reference, before.to_state, after.to_state)
        assert moves[-1].to_state == q.state
        assert q.state_changed_at == moves[-1].created_at
        assert (q.closed_at is not None) == (q.state in FINAL_STATES)
        if q.closed_at:
            assert q.closed_at == moves[-1].created_at


def test_every_date_is_consistent_in_order_and_in_the_last_two_years(questions):
    two_years_ago = NOW - datetime.timedelta(days=731)
    for q in questions:
        events = list(q.events.all())
        times = [e.created_at for e in events]
        assert times == sorted(times)
        assert events[0].created_at == q.submitted_at == q.privacy_agreed_at
        assert two_years_ago < q.submitted_at
        assert all(t < NOW for t in times)
        if q.is_published:
            published = [e for e in events if e.kind == EventKind.PUBLISHED]
            assert [e.created_at for e in published] == [q.published_at]
    ages = sorted((NOW - q.submitted_at).days for q in questions)
    assert ages[0] < 14 and ages[-1] > 500


def test_decisions_carry_the_text_the_submitter_reads_and_referrals_move_the_question(questions):
    for q in questions:
        for event in q.events.all():
            if event.to_state in (State.ADVISED, State.DECLINED, State.ANSWERED):
                assert len(event.text) > 40, (q.reference, event.to_state)
                assert event.visible_to_submitter
            if event.kind == EventKind.REFERRED:
                assert event.text and event.from_workshop != event.to_workshop
            if event.kind == EventKind.NOTE:
                assert not event.visible_to_submitter
        referrals = [e for e in q.events.all() if e.kind == EventKind.REFERRED]
        if referrals:
            assert referrals[-1].to_workshop_id == q.workshop_id
    detours = [
        q
        for q in questions
        if q.state not in UNTRIAGED_STATES
        and any(e.kind == EventKind.REFERRED for e in q.events.all())
    ]
    assert detours, "some decided questions passed through another werkplaats first"


def test_triaged_questions_have_a_confirmed_classification(questions):
    for q in questions:
        decided = any(
            e.to_state in (State.ACCEPTED, State.ADVISED, State.DECLINED) for e in q.events.all()
        )
        if decided:
            assert q.classification_confirmed, q.reference
        if q.classification_confirmed:
            assert q.question_type in QuestionType.values
            assert q.themes.all()
            assert any(e.kind == EventKind.CLASSIFIED for e in q.events.all())
        else:
            assert q.question_type == "" and not q.themes.all()
    assert any(not q.classification_confirmed for q in questions)


def test_only_published_questions_have_public_texts_and_search_text(questions):
    published = [q for q in questions if q.is_published]
    assert 30 <= len(published) <= 120
    for q in published:
        assert q.public_title and q.public_summary and q.published_at
        assert q.public_title != q.title
        assert q.search_text and q.submitter_name.casefold() not in q.search_text
    for q in questions:
        if not q.is_published:
            assert q.search_text == "" and q.public_title == ""
    assert {q.state for q in published} <= {"accepted", "in_project", "answered", "closed"}


def test_the_demo_coordinators_inbox_has_untriaged_and_triaged_questions(questions):
    twente = [q for q in questions if q.workshop.slug == "twente"]
    untriaged = [q for q in twente if q.state in UNTRIAGED_STATES]
    assert len(twente) >= 28
    assert len(untriaged) >= 8
    assert len(twente) - len(untriaged) >= 12
    assert any(not q.classification_confirmed for q in untriaged)
    assert any(q.state == State.REFERRED for q in twente), "one was referred in from Zwolle"
    coordinator = Workshop.objects.get(slug="twente").coordinators.get()
    actors = {e.actor for q in twente for e in q.events.all() if e.kind == EventKind.CLASSIFIED}
    assert coordinator in actors


def test_submitters_are_fictional_and_every_identifier_is_well_formed(questions):
    for q in questions:
        assert re.fullmatch(r"[a-z.]+@([a-z-]+\.example|example\.org)", q.submitter_email)
        assert re.fullmatch(rf"PV-{q.submitted_at:%Y}-[0-9A-F]{{6}}", q.reference)
        assert q.submission_key.startswith("demo:")
        assert len(q.tracking_token_hash) == 64
        assert q.title and len(q.question) > 100 and q.context and q.actors and q.hoped_result
    assert len({q.reference for q in questions}) == len(questions)
    assert len({q.title for q in questions}) >= 45
    assert len({q.question for q in questions}) >= 0.9 * len(questions)
