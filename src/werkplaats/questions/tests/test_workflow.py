import pytest
from django.core.exceptions import ValidationError

from werkplaats.questions.constants import EventKind, State
from werkplaats.questions.services import workflow
from werkplaats.questions.services.intake import find_by_token

from .factories import submit

pytestmark = pytest.mark.django_db


def test_a_question_walks_the_whole_workflow_and_every_step_is_on_its_timeline(cor, twente):
    question, _ = submit(workshop=twente)
    workflow.start_intake(question, cor)
    workflow.accept_question(question, cor, "Wij pakken dit op.")
    workflow.mark_in_project(question, cor)
    workflow.answer_question(question, cor, "Zie het rapport.")
    workflow.close_question(question, cor)
    assert question.state == State.CLOSED
    assert question.closed_at is not None
    steps = [
        (e.from_state, e.to_state) for e in question.events.filter(kind=EventKind.STATE_CHANGED)
    ]
    assert steps == [
        ("submitted", "intake"),
        ("intake", "accepted"),
        ("accepted", "in_project"),
        ("in_project", "answered"),
        ("answered", "closed"),
    ]
    assert all(e.actor == cor for e in question.events.filter(kind=EventKind.STATE_CHANGED))


def test_it_refuses_a_transition_the_workflow_does_not_allow_and_changes_nothing(cor, twente):
    question, _ = submit(workshop=twente)
    with pytest.raises(workflow.TransitionNotAllowed):
        workflow.answer_question(question, cor, "Te vroeg")
    question.refresh_from_db()
    assert question.state == State.SUBMITTED
    assert question.events.count() == 1


@pytest.mark.parametrize("service", [workflow.decline_question, workflow.advise_question])
def test_declining_and_advising_require_a_text(service, cor, twente):
    question, _ = submit(workshop=twente)
    workflow.start_intake(question, cor)
    with pytest.raises(ValidationError):
        service(question, cor, "   ")
    question.refresh_from_db()
    assert question.state == State.INTAKE


def test_referral_moves_the_question_to_the_other_inbox_with_its_history(cor, twente, zeeland):
    question, _ = submit(workshop=twente)
    workflow.start_intake(question, cor)
    event = workflow.refer_question(question, cor, zeeland, "Past beter bij jullie agenda.")
    assert question.workshop == zeeland
    assert question.state == State.REFERRED
    assert (event.from_workshop, event.to_workshop) == (twente, zeeland)
    assert question.events.count() == 3


def test_referral_to_the_same_werkplaats_is_refused(cor, twente):
    question, _ = submit(workshop=twente)
    workflow.start_intake(question, cor)
    with pytest.raises(ValidationError):
        workflow.refer_question(question, cor, twente, "zelfde")


def test_the_submitter_can_withdraw_from_any_open_state_but_not_after_closing(cor, twente):
    question, _ = submit(workshop=twente)
    workflow.withdraw_question(question, by_submitter=True, reason="Opgelost")
    assert question.state == State.WITHDRAWN
    with pytest.raises(workflow.TransitionNotAllowed):
        workflow.withdraw_question(question, by_submitter=True)


def test_the_tracking_token_finds_its_question_and_a_forged_one_finds_nothing(twente):
    question, token = submit(workshop=twente)
    assert find_by_token(token) == question
    assert find_by_token(token + "x") is None
    assert find_by_token("") is None
    assert question.tracking_token_hash != token
