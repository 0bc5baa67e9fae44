"""Mails of an offer's journey, sent through a real SMTP server (aiosmtpd on 127.0.0.1): the
submitter of the question and the practice supervisor hear when the work starts and when it is
delivered; a group hears when its offer is withdrawn. No student is named, no submitter's data
reaches anyone else, and nothing reaches a submitter whose personal data was erased."""

import pytest

from werkplaats.education.services import journey
from werkplaats.questions.services.retention import erase_personal_data
from werkplaats.questions.tests.factories import submit

from .factories import offer_for

pytestmark = pytest.mark.django_db

SUBMITTER = "sanne@example.org"
SUPERVISOR = "fenna@example.org"


@pytest.fixture
def question(twente):
    question, _token = submit(workshop=twente, submitter_email=SUBMITTER)
    return question


@pytest.fixture
def matched(question, twente, cor, supervisor, lotte, programme, sem, on_commit):
    """An offer from the question, claimed by Lotte's group, which Sem joined (not named)."""
    with on_commit():
        offer = offer_for(twente, cor, question=question, practice_supervisor=supervisor)
    with on_commit():
        group, _code = journey.claim_offer(offer, lotte, programme)
    journey.join_group(group, sem, display_name="Sem Jansen", named_publicly=False)
    return offer


def run_and_deliver(offer, lotte, sem, on_commit):
    with on_commit():
        journey.start_work(offer, lotte)
    with on_commit():
        journey.deliver_work(
            offer, sem, title="Ouderen in beeld", summary="Wat werkt.", link="https://example.org/r"
        )


def test_submitter_and_supervisor_hear_when_work_starts_and_is_delivered(
    smtp,
    matched,
    question,
    lotte,
    sem,
    on_commit,
):
    assert smtp.to(SUBMITTER) == [] and smtp.to(SUPERVISOR) == []  # offered, matched: no mail
    type(question).objects.filter(pk=question.pk).update(language="en")  # they wrote in English

    run_and_deliver(matched, lotte, sem, on_commit)

    to_submitter = [smtp.body(m) for m in smtp.to(SUBMITTER)]
    to_supervisor = [smtp.body(m) for m in smtp.to(SUPERVISOR)]
    assert len(to_submitter) == 2 and len(to_supervisor) == 2
    assert "started working on your question" in to_submitter[0]
    assert "delivered their work on your question" in to_submitter[1]
    assert question.reference in smtp.to(SUBMITTER)[0]["Subject"]
    assert "/vragen/volg/" in to_submitter[0]  # their tracking link
    assert f"/onderwijs/opdrachten/{matched.slug}/" in to_submitter[0]
    assert "hbo Social Work" in to_supervisor[0]
    assert "Ouderen in beeld" in to_supervisor[1] and "https://example.org/r" in to_supervisor[1]
    for body in to_submitter + to_supervisor:
        assert "Sem Jansen" not in body and "Sem" not in body.split()
    for body in to_supervisor:
        for private in (SUBMITTER, question.submitter_name, question.question, "/vragen/volg/"):
            assert private not in body


def test_no_mail_reaches_a_submitter_whose_data_was_erased(
    smtp,
    matched,
    question,
    lotte,
    sem,
    on_commit,
):
    erase_personal_data(question)

    run_and_deliver(matched, lotte, sem, on_commit)

    assert smtp.to(SUBMITTER) == []
    assert len(smtp.to(SUPERVISOR)) == 2  # practice still hears


def test_an_english_submitter_reads_english(smtp, twente, cor, lotte, programme, sem, on_commit):
    question, _token = submit(workshop=twente, submitter_email="en@example.org", language="en")
    offer = offer_for(twente, cor, question=question)
    group, _code = journey.claim_offer(offer, lotte, programme)
    journey.join_group(group, sem, display_name="Sem Jansen", named_publicly=False)
    with on_commit():
        journey.start_work(offer, lotte)

    (mail,) = smtp.to("en@example.org")
    assert "Students of hbo Social Work (Saxion) started working on your question" in smtp.body(
        mail
    )
    assert "/en/vragen/volg/" in smtp.body(mail)


def test_a_group_hears_why_its_offer_was_withdrawn(smtp, matched, cor, on_commit):
    with on_commit():
        journey.withdraw_offer(matched, cor, "De gemeente stopt met het wijkteam.")

    for address in ("lotte@example.org", "sem@example.org"):
        (mail,) = smtp.to(address)
        assert "De gemeente stopt met het wijkteam." in smtp.body(mail)
        assert matched.title in mail["Subject"]
    assert smtp.to(SUBMITTER) == [] and smtp.to(SUPERVISOR) == []
