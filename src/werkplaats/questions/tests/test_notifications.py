"""E-mails about practice questions, sent through a real SMTP server (aiosmtpd on 127.0.0.1)."""

import email
import socket
import uuid
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller
from django.urls import reverse

from werkplaats.network.models import Municipality
from werkplaats.questions.models import PracticeQuestion
from werkplaats.questions.services import workflow
from werkplaats.questions.services.intake import submit_question, tracking_token_for
from werkplaats.questions.services.retention import erase_personal_data

from .factories import submit

pytestmark = pytest.mark.django_db


class Inbox:
    """Collects what the SMTP server receives, one parsed message per recipient."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=default_policy)
        for recipient in envelope.rcpt_tos:
            self.messages.append((recipient, message))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for recipient, message in self.messages if recipient == address]

    def body(self, message) -> str:
        return message.get_body(preferencelist=("plain",)).get_content()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    yield inbox
    controller.stop()


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Runs the workflow's after-commit hooks, as a committed transaction would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def question(twente, cor, on_commit):
    with on_commit():
        question, _token = submit(workshop=twente, title="Ouderen & <eenzaamheid>")
    return question


def test_the_submitter_gets_the_tracking_link_and_the_coordinators_a_notice(smtp, question, cor):
    tracking = smtp.to("sanne@example.org")
    notice = smtp.to("cor@example.org")

    assert len(tracking) == 1
    body = smtp.body(tracking[0])
    url = "http://127.0.0.1:8000" + reverse(
        "questions:track", kwargs={"token": tracking_token_for(question.submission_key)}
    )
    assert url in body
    assert question.reference in tracking[0]["Subject"]
    assert "Ouderen & <eenzaamheid>" in body  # plain text: no HTML entities
    assert len(notice) == 1
    notice_body = smtp.body(notice[0])
    assert question.reference in notice_body
    assert f"/werkplaatsen/twente/vragen/{question.uuid}/" in notice_body
    for private in ("sanne@example.org", "Sanne de Vries", question.question, url):
        assert private not in notice_body


def test_the_mails_are_in_dutch_unless_the_submitter_used_english(smtp, twente, on_commit, cor):
    with on_commit():
        submit(workshop=twente, submitter_email="nl@example.org")
        submit(workshop=twente, submitter_email="en@example.org", language="en")

    # Links follow the language: /vragen/... in Dutch, /en/vragen/... in English.
    assert "127.0.0.1:8000/vragen/volg/" in smtp.body(smtp.to("nl@example.org")[0])
    assert "127.0.0.1:8000/en/vragen/volg/" in smtp.body(smtp.to("en@example.org")[0])
    assert "Dear Sanne de Vries" in smtp.body(smtp.to("en@example.org")[0])


def test_every_state_change_reaches_the_submitter_with_its_text(smtp, question, cor, on_commit):
    with on_commit():
        workflow.start_intake(question, cor)
    with on_commit():
        workflow.advise_question(question, cor, "Neem contact op met het wijkteam in Hengelo.")

    mails = smtp.to("sanne@example.org")[1:]
    assert len(mails) == 2
    assert "Hengelo" in smtp.body(mails[1])
    assert "/vragen/volg/" in smtp.body(mails[1])


def test_a_message_from_the_werkplaats_reaches_the_submitter(smtp, question, cor, on_commit):
    with on_commit():
        workflow.send_message(question, cor, "Mogen we u bellen?")

    assert "Mogen we u bellen?" in smtp.body(smtp.to("sanne@example.org")[-1])


def test_internal_notes_send_nothing(smtp, question, cor, on_commit):
    before = len(smtp.messages)
    with on_commit():
        workflow.add_note(question, cor, "Alleen voor ons")

    assert len(smtp.messages) == before


def test_added_information_is_announced_to_the_coordinators_without_its_text(
    smtp, question, cor, on_commit
):
    with on_commit():
        workflow.add_submitter_information(question, "Het gaat om twee wijken.")

    notice = smtp.to("cor@example.org")[-1]
    assert question.reference in notice["Subject"]
    assert "Het gaat om twee wijken." not in smtp.body(notice)


def test_a_referral_reaches_the_new_werkplaats_and_the_submitter(
    smtp, question, cor, otto, zeeland, on_commit
):
    with on_commit():
        workflow.start_intake(question, cor)
    with on_commit():
        workflow.refer_question(question, cor, zeeland, "Dit speelt in Zeeland.")

    to_otto = smtp.to("otto@example.org")
    assert len(to_otto) == 1
    assert "Dit speelt in Zeeland." in smtp.body(to_otto[0])
    assert f"/werkplaatsen/zeeland/vragen/{question.uuid}/" in smtp.body(to_otto[0])
    assert zeeland.name in smtp.body(smtp.to("sanne@example.org")[-1])


def test_a_withdrawal_by_the_submitter_tells_the_coordinators(smtp, question, cor, on_commit):
    with on_commit():
        workflow.withdraw_question(question, by_submitter=True)

    assert question.reference in smtp.to("cor@example.org")[-1]["Subject"]


def test_no_mail_goes_to_an_erased_address(smtp, question, cor, on_commit):
    with on_commit():
        workflow.withdraw_question(question, by_submitter=True)
    erase_personal_data(question)
    before = len(smtp.to("sanne@example.org"))

    with on_commit():
        workflow.send_message(question, cor, "Nog een bericht")

    assert len(smtp.to("sanne@example.org")) == before
    assert not [m for m in smtp.messages if m[1]["To"] == ""]


def test_a_title_with_a_line_break_cannot_add_mail_headers(smtp, twente, on_commit, cor):
    with on_commit():
        submit(workshop=twente, title="Vraag\nBcc: spam@example.org")

    assert not smtp.to("spam@example.org")


def test_the_request_only_enqueues_a_task_that_carries_no_token_or_address(
    settings, twente, on_commit, cor
):
    from django_tasks import default_task_backend

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with on_commit():
        question, token = submit(workshop=twente)

    results = list(default_task_backend.results)
    assert [r.task.name for r in results] == ["send_question_mail"]
    assert results[0].args == ["new_question", question.pk]
    assert token not in repr(results[0].args) + repr(results[0].kwargs)


def test_a_repeated_submission_sends_the_tracking_mail_once(smtp, twente, on_commit):
    key = uuid.uuid4().hex
    fields = {
        "title": "Dubbel",
        "question": "Twee keer verstuurd",
        "submitter_name": "Piet",
        "submitter_email": "piet@example.org",
        "municipality": Municipality.objects.get(code="GM0153"),
    }
    with on_commit():
        submit_question(submission_key=key, **fields)
    with on_commit():
        submit_question(submission_key=key, **fields)

    assert PracticeQuestion.objects.filter(submission_key=key).count() == 1
    assert len(smtp.to("piet@example.org")) == 1


def test_a_question_with_a_token_from_elsewhere_gets_mail_without_a_dead_link(
    smtp, question, cor, on_commit
):
    PracticeQuestion.objects.filter(pk=question.pk).update(tracking_token_hash="0" * 64)

    with on_commit():
        workflow.send_message(question, cor, "Een bericht")

    body = smtp.body(smtp.to("sanne@example.org")[-1])
    assert "Een bericht" in body
    assert "/vragen/volg/" not in body
