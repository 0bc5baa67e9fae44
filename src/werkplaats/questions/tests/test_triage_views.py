"""The triage page of one question: who may open it, what it shows, every step through the UI.

A step the workflow does not allow, or one without its required text, is shown again with a message
and status 400, and changes nothing. Pages are read in English (``/en/...``).
"""

import re
from types import SimpleNamespace

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import translation

from werkplaats.network.models import Theme
from werkplaats.questions import matching
from werkplaats.questions.constants import EventKind, QuestionType, State
from werkplaats.questions.services import workflow

from .factories import submit

pytestmark = pytest.mark.django_db

RAW_TEXT = "Onze buurtteams missen de ouderen die nooit aanbellen. Wat werkt?"


def en(name, **kwargs):
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)


def detail_url(question, workshop=None):
    slug = (workshop or question.workshop).slug
    return en("questions:detail", slug=slug, uuid=question.uuid)


@pytest.fixture
def question(twente):
    question, _ = submit(
        workshop=twente,
        title="Eenzame ouderen bereiken",
        question=RAW_TEXT,
        submitter_name="Sanne de Vries",
        submitter_email="sanne@example.org",
    )
    return question


@pytest.fixture
def as_cor(client, cor):
    client.force_login(cor)
    return client


def act(client, question, action, **fields):
    data = {"action": action, **{f"{action}-{name}": value for name, value in fields.items()}}
    return client.post(detail_url(question), data)


def snapshot(question):
    question.refresh_from_db()
    return (
        question.state,
        question.workshop_id,
        question.is_published,
        question.question_type,
        question.events.count(),
    )


# --- who may open it ---------------------------------------------------------------------------


def test_a_visitor_is_sent_to_log_in(client, question):
    response = client.get(detail_url(question))
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


@pytest.mark.parametrize("user", ["mila", "otto"])
def test_a_member_and_a_coordinator_of_another_werkplaats_are_refused(
    client, question, user, request
):
    client.force_login(request.getfixturevalue(user))

    response = client.get(detail_url(question))

    assert response.status_code == 403
    assert RAW_TEXT not in response.content.decode()


def test_a_question_under_another_werkplaats_address_is_not_found(client, otto, zeeland, question):
    client.force_login(otto)
    assert client.get(detail_url(question, zeeland)).status_code == 404


def test_a_post_by_an_outsider_is_refused_and_changes_nothing(client, otto, question):
    client.force_login(otto)
    before = snapshot(question)

    assert act(client, question, State.INTAKE).status_code == 403
    assert snapshot(question) == before


@pytest.mark.parametrize("user", ["cor", "noor"])
def test_the_coordinator_and_a_network_editor_see_the_full_question_and_who_asked(
    client, question, user, request
):
    client.force_login(request.getfixturevalue(user))

    page = client.get(detail_url(question)).content.decode()

    assert RAW_TEXT in page
    assert "Sanne de Vries" in page
    assert "sanne@example.org" in page


# --- the classification suggestion ---------------------------------------------------------------


def test_the_suggested_type_and_themes_are_shown_with_their_reasons(as_cor, question):
    question.suggestion = {
        "question_type": {
            "value": "multi_actor",
            "score": 0.81,
            "reasons": ["noemt wijkteam en huisarts samen"],
        },
        "alternatives": [{"value": "action", "score": 0.2, "reasons": ["nieuw terrein"]}],
        "themes": [{"slug": "eenzaamheid", "score": 0.9, "reasons": ["het woord 'eenzaam'"]}],
        "method": "lexical",
    }
    question.save(update_fields=["suggestion"])

    page = as_cor.get(detail_url(question)).content.decode()

    with translation.override("en"):
        assert str(QuestionType.MULTI_ACTOR.label) in page
        assert Theme.objects.get(slug="eenzaamheid").label in page
    assert "noemt wijkteam en huisarts samen" in page
    assert "het woord &#x27;eenzaam&#x27;" in page
    assert "nieuw terrein" in page
    assert "0.81" in page
    # The form starts from the suggestion.
    assert re.search(r'value="multi_actor"[^>]*checked', page)
    assert re.search(r'value="eenzaamheid"[^>]*checked', page)


@pytest.mark.parametrize(
    "suggestion",
    [
        {},
        {"question_type": "onzin", "themes": "geen lijst"},
        {"question_type": {"value": "action", "score": "hoog", "reasons": "één reden"}},
        {"themes": [{"slug": "bestaat-niet"}, "eenzaamheid", {"score": 1}], "alternatives": [None]},
        ["geen", "dict"],
    ],
)
def test_a_missing_or_odd_suggestion_does_not_break_the_page(as_cor, question, suggestion):
    question.suggestion = suggestion
    question.save(update_fields=["suggestion"])

    assert as_cor.get(detail_url(question)).status_code == 200


def test_the_coordinator_confirms_or_changes_the_classification(as_cor, cor, question):
    response = act(
        as_cor, question, "classify", question_type="monitoring", themes=["armoede-en-schulden"]
    )

    assert response.status_code == 302
    question.refresh_from_db()
    assert question.question_type == QuestionType.MONITORING
    assert question.classification_confirmed
    assert [t.slug for t in question.themes.all()] == ["armoede-en-schulden"]
    assert question.events.last().kind == EventKind.CLASSIFIED
    assert question.events.last().actor == cor


def test_an_unknown_question_type_is_refused_with_a_message(as_cor, question):
    before = snapshot(question)

    response = act(as_cor, question, "classify", question_type="spam")

    assert response.status_code == 400
    assert "Choose one of the four question types." in response.content.decode()
    assert snapshot(question) == before


# --- transitions through the UI ------------------------------------------------------------------


def test_the_page_offers_only_the_steps_the_workflow_allows(as_cor, question):
    page = as_cor.get(detail_url(question)).content.decode()

    steps = set(re.findall(r'name="action" value="([a-z_]+)"', page))
    assert steps == {"intake", "withdrawn", "classify", "note", "message", "publish"}


def test_the_coordinator_walks_a_question_to_its_answer(client, as_cor, cor, question):
    assert act(as_cor, question, State.INTAKE).status_code == 302
    assert act(as_cor, question, State.ACCEPTED, text="We pakken dit op.").status_code == 302
    assert act(as_cor, question, State.IN_PROJECT).status_code == 302
    response = act(as_cor, question, State.ANSWERED, text="Zie de handreiking.")

    assert response.status_code == 302
    assert response["Location"] == detail_url(question)
    assert [str(m) for m in get_messages(response.wsgi_request)][-1] == "The answer is sent."
    question.refresh_from_db()
    assert question.state == State.ANSWERED
    changes = question.events.filter(kind=EventKind.STATE_CHANGED)
    assert [e.to_state for e in changes] == ["intake", "accepted", "in_project", "answered"]
    assert {e.actor for e in changes} == {cor}

    page = as_cor.get(detail_url(question)).content.decode()
    assert "Zie de handreiking." in page  # on the timeline
    assert "We pakken dit op." in page


@pytest.mark.parametrize(
    ("state", "message"),
    [
        (State.DECLINED, "Give the reason for declining"),
        (State.ADVISED, "Write the advice"),
    ],
)
def test_a_step_without_its_required_text_gets_a_message_and_changes_nothing(
    as_cor, cor, question, state, message
):
    workflow.start_intake(question, cor)
    before = snapshot(question)

    response = act(as_cor, question, state, text="   ")

    assert response.status_code == 400
    assert message in response.content.decode()
    assert snapshot(question) == before


def test_a_step_the_workflow_does_not_allow_gets_a_message_and_changes_nothing(as_cor, question):
    before = snapshot(question)

    response = act(as_cor, question, State.ANSWERED, text="Te vroeg")

    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was changed." in page
    assert "cannot become" in page
    assert snapshot(question) == before


def test_an_unknown_step_gets_a_message_and_changes_nothing(as_cor, question):
    before = snapshot(question)

    response = as_cor.post(detail_url(question), {"action": "delete"})

    assert response.status_code == 400
    assert "This step does not exist." in response.content.decode()
    assert snapshot(question) == before


def test_the_coordinator_withdraws_a_question_on_the_submitters_behalf(as_cor, question):
    act(as_cor, question, State.WITHDRAWN, text="Per telefoon ingetrokken")

    question.refresh_from_db()
    assert question.state == State.WITHDRAWN
    page = as_cor.get(detail_url(question)).content.decode()
    assert "no more steps are possible" in page


# --- referral ------------------------------------------------------------------------------------


def test_a_referred_question_leaves_this_inbox_and_lands_in_the_other_with_its_history(
    client, as_cor, cor, otto, twente, zeeland, question
):
    workflow.start_intake(question, cor)

    response = act(as_cor, question, State.REFERRED, workshop="zeeland", text="Past bij Zeeland.")

    assert response.status_code == 302
    assert response["Location"] == en("questions:inbox", slug="twente")
    question.refresh_from_db()
    assert question.workshop == zeeland
    assert question.state == State.REFERRED
    assert "Eenzame ouderen bereiken" not in as_cor.get(response["Location"]).content.decode()
    assert as_cor.get(detail_url(question, twente)).status_code == 404

    client.force_login(otto)
    assert (
        "Eenzame ouderen bereiken"
        in client.get(en("questions:inbox", slug="zeeland")).content.decode()
    )
    page = client.get(detail_url(question, zeeland)).content.decode()
    assert "Past bij Zeeland." in page
    assert "From Werkplaats Sociaal Domein Twente to Werkplaats Sociaal Domein Zeeland" in page
    assert question.events.filter(kind=EventKind.SUBMITTED).exists()  # the history stays


@pytest.mark.parametrize(
    ("workshop", "text", "message"),
    [
        ("", "Een notitie", "Choose the werkplaats you refer the question to."),
        ("twente", "Een notitie", "We do not know this werkplaats."),  # not among the choices
        ("atlantis", "Een notitie", "We do not know this werkplaats."),
        ("zeeland", "", "Write a note for the werkplaats you refer to."),
    ],
)
def test_a_referral_without_a_target_or_note_is_refused(
    as_cor, cor, zeeland, question, workshop, text, message
):
    workflow.start_intake(question, cor)
    before = snapshot(question)

    response = act(as_cor, question, State.REFERRED, workshop=workshop, text=text)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert snapshot(question) == before


# --- notes, messages and the board ---------------------------------------------------------------


def test_an_internal_note_is_kept_from_the_submitter_and_a_message_is_not(as_cor, question):
    act(as_cor, question, "note", text="Bellen met de wijkcoach.")
    act(as_cor, question, "message", text="We nemen contact op.")

    note, message = question.events.order_by("created_at", "pk")[1:]
    assert (note.kind, note.visible_to_submitter) == (EventKind.NOTE, False)
    assert (message.kind, message.visible_to_submitter) == (EventKind.MESSAGE, True)
    page = as_cor.get(detail_url(question)).content.decode()
    assert "Bellen met de wijkcoach." in page
    assert "We nemen contact op." in page


def test_an_empty_note_is_refused(as_cor, question):
    before = snapshot(question)
    assert act(as_cor, question, "note", text="").status_code == 400
    assert snapshot(question) == before


def test_the_publish_form_starts_empty_and_never_copies_the_submitters_text(as_cor, question):
    page = as_cor.get(detail_url(question)).content.decode()

    title = re.search(r'<input[^>]*name="publish-public_title"[^>]*>', page).group(0)
    summary = re.search(r'<textarea[^>]*name="publish-public_summary"[^>]*>([^<]*)<', page)
    assert "value=" not in title
    assert summary.group(1).strip() == ""
    assert "personal data" in page


def test_publishing_and_unpublishing_through_the_page(as_cor, question):
    response = act(
        as_cor,
        question,
        "publish",
        public_title="Ouderen in beeld in de wijk",
        public_summary="Hoe vinden wijkteams ouderen die zich niet melden?",
    )

    assert response.status_code == 302
    question.refresh_from_db()
    assert question.is_published
    visitor = Client()
    assert "Ouderen in beeld in de wijk" in visitor.get(en("questions:board")).content.decode()

    act(as_cor, question, "unpublish")
    question.refresh_from_db()
    assert not question.is_published


def test_publishing_without_a_summary_is_refused(as_cor, question):
    before = snapshot(question)

    response = act(as_cor, question, "publish", public_title="Titel", public_summary="")

    assert response.status_code == 400
    assert "Write a public summary." in response.content.decode()
    assert snapshot(question) == before


# --- timeline and matching suggestions -----------------------------------------------------------


def test_the_timeline_shows_who_did_what(as_cor, cor, question):
    cor.first_name, cor.last_name = "Cor", "Coördinator"
    cor.save()
    workflow.start_intake(question, cor)

    page = as_cor.get(detail_url(question)).content.decode()
    timeline = page[page.index('id="timeline"') :]

    assert "the submitter" in timeline
    assert "Cor Coördinator" in timeline
    assert "Submitted → In intake" in timeline


def test_the_matching_suggestions_are_shown_with_scores_and_reasons(
    as_cor, question, zeeland, monkeypatch
):
    item = SimpleNamespace(
        kind="workshop",
        obj=zeeland,
        score=0.75,
        reasons=["werkt aan eenzaamheid"],
        url=zeeland.get_absolute_url(),
    )
    group = SimpleNamespace(kind="workshop", title="Werkplaatsen", items=[item])
    monkeypatch.setattr(matching, "suggest", lambda q, user, limit=5: [group], raising=False)

    page = as_cor.get(detail_url(question)).content.decode()
    section = page[page.index('id="suggestions"') : page.index('id="communication"')]

    assert "Werkplaatsen" in section
    assert zeeland.name in section
    assert "werkt aan eenzaamheid" in section
    assert "0.75" in section


def test_the_page_works_without_a_matcher(as_cor, question, monkeypatch):
    monkeypatch.delattr(matching, "suggest", raising=False)

    response = as_cor.get(detail_url(question))

    assert response.status_code == 200
    assert "There are no suggestions for this question yet." in response.content.decode()


# --- the admin -----------------------------------------------------------------------------------


def admin_url(name, *args):
    with translation.override("en"):
        return reverse(f"admin:questions_practicequestion_{name}", args=args)


@pytest.mark.parametrize("user", ["noor", "ada"])
def test_network_editors_look_questions_up_in_the_admin_but_change_nothing(
    client, question, user, request
):
    client.force_login(request.getfixturevalue(user))

    assert question.reference in client.get(admin_url("changelist")).content.decode()
    page = client.get(admin_url("change", question.pk))
    assert page.status_code == 200
    assert RAW_TEXT in page.content.decode()
    assert client.get(admin_url("add")).status_code == 403
    before = snapshot(question)
    client.post(admin_url("change", question.pk), {"title": "Gewijzigd", "state": "closed"})
    assert snapshot(question) == before
    question.refresh_from_db()
    assert question.title == "Eenzame ouderen bereiken"


@pytest.mark.parametrize("user", ["mila", "cor"])
def test_members_and_coordinators_do_not_reach_questions_in_the_admin(
    client, question, user, request
):
    client.force_login(request.getfixturevalue(user))

    response = client.get(admin_url("change", question.pk))

    assert response.status_code in (302, 403)
    assert RAW_TEXT not in response.content.decode()
