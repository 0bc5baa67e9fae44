"""Teaching cases: a coordinator derives one from a closed question of their werkplaats, in their
own words; the public sees published cases only, and never anything of the question behind them.
Pages are read in English (``/en/...``)."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from werkplaats.education.models import TeachingCase
from werkplaats.education.services.cases import derive_case, update_case
from werkplaats.network.models import Theme
from werkplaats.questions.constants import QuestionType, State
from werkplaats.questions.tests.factories import submit

pytestmark = pytest.mark.django_db

QUESTION_TEXT = (
    "Wij zien steeds meer ouderen die alleen thuis zitten en niemand meer spreken. "
    "Hoe vinden wij ze voordat het te laat is?"
)
PUBLIC_TITLE = "Ouderen buiten beeld PUBLIEKMERK"
SITUATION = (
    "In een dorp merkt een wijkteam dat een deel van de bewoners boven de tachtig nauwelijks "
    "nog buiten komt. Buren maken zich zorgen maar weten niet bij wie ze terecht kunnen."
)
DISCUSSION = "Wie is hier aan zet?\nHoe zou je als professional het eerste contact leggen?"


def en(name, **kwargs):
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)


def closed(workshop, **fields):
    values = {
        "question": QUESTION_TEXT,
        "submitter_name": "Sanne de Vries",
        "submitter_email": "sanne@example.org",
        "organisation_name": "Stichting Welzijn Oost",
    }
    values.update(fields)
    question, _token = submit(workshop=workshop, **values)
    question.state = State.CLOSED
    question.question_type = QuestionType.ACTION
    question.public_title = PUBLIC_TITLE
    question.save()
    question.themes.add(Theme.objects.get(slug="eenzaamheid"))
    return question


@pytest.fixture
def question(twente):
    return closed(twente)


def create_url(question):
    return en("education:case_create", slug=question.workshop.slug, uuid=question.uuid)


def case_data(**fields):
    data = {
        "title": "Niemand belt aan",
        "situation": SITUATION,
        "discussion": DISCUSSION,
        "levels": ["bachelor", "mbo4"],
        "publish": "publish",
    }
    data.update(fields)
    return data


@pytest.fixture
def as_cor(client, cor):
    client.force_login(cor)
    return client


def make_case(question, actor, publish=True, **fields):
    values = {"title": "Niemand belt aan", "situation": SITUATION, "discussion": DISCUSSION}
    values.update(fields)
    return derive_case(question, actor, publish=publish, **values)


# --- making a case --------------------------------------------------------------------------


def test_a_coordinator_makes_a_published_case_in_their_own_words(as_cor, question):
    response = as_cor.post(create_url(question), case_data())
    case = TeachingCase.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/onderwijs/casussen/{case.slug}/")
    assert case.is_published and case.published_at is not None
    assert case.workshop == question.workshop and case.source_question == question
    assert case.question_type == QuestionType.ACTION
    assert case.levels == "mbo4,bachelor"
    assert list(case.themes.values_list("slug", flat=True)) == ["eenzaamheid"]


def test_the_form_shows_the_public_title_but_never_the_submitters_words(as_cor, question):
    response = as_cor.get(create_url(question))
    text = response.content.decode()
    assert PUBLIC_TITLE in text
    assert "Action question on unexplored ground" in text
    assert "steeds meer ouderen" not in text
    assert "Sanne de Vries" not in text and "sanne@example.org" not in text
    form = response.context["form"]
    assert not any(form[name].value() for name in ("title", "situation", "discussion"))


@pytest.mark.parametrize(
    "field, text, trace",
    [
        ("situation", "Sanne de Vries vertelde over haar buurt.", "name"),
        ("discussion", "Wat zou je sanne@example.org adviseren?", "e-mail address"),
        ("situation", "Bij Stichting Welzijn Oost zagen ze het ook.", "organisation"),
        ("situation", "Men zei: ouderen die alleen thuis zitten en niemand meer.", "own words"),
        ("title", "Wij zien steeds meer ouderen die alleen", "own words"),
    ],
)
def test_a_case_carrying_the_submitters_traces_is_refused_and_nothing_is_saved(
    as_cor, question, field, text, trace
):
    response = as_cor.post(create_url(question), case_data(**{field: text}))
    page = response.content.decode()
    assert response.status_code == 400
    assert f"the submitter&#x27;s {trace}" in page
    assert "Write the case anew so nobody can be recognised" in page
    assert "Nothing was saved" in page
    assert not TeachingCase.objects.exists()


def test_five_words_of_the_question_in_a_row_are_the_coordinators_own(as_cor, question):
    situation = f"{SITUATION} Ouderen die alleen thuis zitten, vallen op."
    response = as_cor.post(create_url(question), case_data(situation=situation))
    assert response.status_code == 302
    assert TeachingCase.objects.get().situation == situation


def test_empty_texts_are_asked_for(as_cor, question):
    response = as_cor.post(create_url(question), case_data(title="", discussion=" "))
    page = response.content.decode()
    assert response.status_code == 400
    assert "Give the case a title." in page
    assert "Write at least one question for discussion in class." in page
    assert not TeachingCase.objects.exists()


def test_a_draft_stays_a_draft(as_cor, question):
    as_cor.post(create_url(question), case_data(publish="draft"))
    case = TeachingCase.objects.get()
    assert not case.is_published and case.published_at is None


def test_only_a_closed_question_becomes_a_case(as_cor, twente):
    question, _token = submit(workshop=twente)
    question.state = State.ANSWERED
    question.save()
    page = as_cor.get(create_url(question)).content.decode()
    assert "made from a closed question" in page
    assert 'name="situation"' not in page
    response = as_cor.post(create_url(question), case_data())
    assert response.status_code == 400
    assert "A teaching case is made from a closed question." in response.content.decode()
    assert not TeachingCase.objects.exists()


def test_a_coordinator_of_another_werkplaats_is_refused(client, otto, question):
    client.force_login(otto)
    assert client.get(create_url(question)).status_code == 403
    assert client.post(create_url(question), case_data()).status_code == 403
    assert not TeachingCase.objects.exists()


def test_a_question_of_another_werkplaats_is_not_found_under_ones_own(as_cor, zeeland):
    elsewhere = closed(zeeland)
    url = en("education:case_create", slug="twente", uuid=elsewhere.uuid)
    assert as_cor.get(url).status_code == 404


def test_a_visitor_is_sent_to_log_in(client, question):
    response = client.get(create_url(question))
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_a_network_editor_may_make_a_case(client, noor, question):
    client.force_login(noor)
    assert client.post(create_url(question), case_data()).status_code == 302


# --- the triage page --------------------------------------------------------------------------


def triage_url(question):
    return en("questions:detail", slug=question.workshop.slug, uuid=question.uuid)


def test_the_triage_page_of_a_closed_question_offers_to_make_a_case(as_cor, question, cor):
    make_case(question, cor, publish=False, title="Concept casus")
    page = as_cor.get(triage_url(question)).content.decode()
    assert "Make a teaching case" in page
    assert create_url(question) in page
    assert "Concept casus" in page and "Draft, not public" in page


def test_the_triage_page_of_an_open_question_does_not(as_cor, twente):
    question, _token = submit(workshop=twente)
    page = as_cor.get(triage_url(question)).content.decode()
    assert "Make a teaching case" not in page
    assert "Once the question is closed" in page


# --- editing ----------------------------------------------------------------------------------


def edit_url(case):
    return en("education:case_edit", slug=case.slug)


def test_a_coordinator_edits_and_publishes_a_draft(as_cor, question, cor):
    case = make_case(question, cor, publish=False)
    response = as_cor.post(
        edit_url(case), case_data(title="Niemand belt nog aan", levels=["master"], themes=[])
    )
    case.refresh_from_db()
    assert response.status_code == 302
    assert case.title == "Niemand belt nog aan" and case.is_published
    assert case.levels == "master"


def test_the_edit_form_shows_the_case_as_it_is(as_cor, question, cor):
    case = make_case(question, cor, publish=False)
    response = as_cor.get(edit_url(case))
    page = response.content.decode()
    assert "Niemand belt aan" in page and "nauwelijks" in page
    assert response.context["form"]["publish"].value() == "draft"


def test_an_edit_carrying_the_submitters_words_changes_nothing(as_cor, question, cor):
    case = make_case(question, cor)
    response = as_cor.post(
        edit_url(case), case_data(situation="Zij schreef: hoe vinden wij ze voordat het te laat")
    )
    case.refresh_from_db()
    assert response.status_code == 400
    assert "the submitter&#x27;s own words" in response.content.decode()
    assert case.situation == SITUATION


def test_a_case_whose_question_is_gone_still_needs_its_texts(question, cor):
    case = make_case(question, cor)
    question.delete()
    case.refresh_from_db()
    with translation.override("en"), pytest.raises(ValidationError, match="Give the case a"):
        update_case(case, title=" ", situation=SITUATION, discussion=DISCUSSION, publish=True)
    case.refresh_from_db()
    assert case.title == "Niemand belt aan"


def test_a_coordinator_of_another_werkplaats_may_not_edit(client, otto, question, cor):
    case = make_case(question, cor)
    client.force_login(otto)
    assert client.get(edit_url(case)).status_code == 403
    draft = make_case(question, cor, publish=False, title="Nog een")
    assert client.get(edit_url(draft)).status_code == 404


# --- the public pages -------------------------------------------------------------------------


def test_a_published_case_shows_its_texts_but_nothing_of_its_question(client, question, cor):
    case = make_case(question, cor, levels=["bachelor"])
    page = client.get(en("education:case", slug=case.slug)).content.decode()
    assert "Niemand belt aan" in page and "nauwelijks" in page
    assert "Wie is hier aan zet?" in page
    assert "Bachelor" in page and "Action question on unexplored ground" in page
    assert question.workshop.name in page
    for private in (PUBLIC_TITLE, str(question.uuid), question.reference, "Sanne", "twente/vragen"):
        assert private not in page


def test_drafts_are_invisible_to_visitors_and_other_coordinators(client, otto, question, cor):
    draft = make_case(question, cor, publish=False, title="Geheime concept casus")
    assert client.get(en("education:case", slug=draft.slug)).status_code == 404
    assert "Geheime concept casus" not in client.get(en("education:cases")).content.decode()
    client.force_login(otto)
    assert client.get(en("education:case", slug=draft.slug)).status_code == 404
    client.force_login(cor)
    assert client.get(en("education:case", slug=draft.slug)).status_code == 200
    assert "Geheime concept casus" in client.get(en("education:cases")).content.decode()


def test_the_list_filters_by_level_theme_type_and_werkplaats(client, question, cor, zeeland, otto):
    make_case(question, cor, title="Voor hbo", levels=["bachelor"])
    make_case(question, cor, title="Voor mbo", levels=["mbo3", "mbo4"])
    other = closed(zeeland)
    derive_case(
        other,
        otto,
        title="In Zeeland",
        situation=SITUATION,
        discussion=DISCUSSION,
        themes=[Theme.objects.get(slug="jeugd")],
        publish=True,
    )

    def titles(**query):
        page = client.get(en("education:cases"), query).content.decode()
        return {t for t in ("Voor hbo", "Voor mbo", "In Zeeland") if t in page}

    assert titles() == {"Voor hbo", "Voor mbo", "In Zeeland"}
    assert titles(level="mbo4") == {"Voor mbo"}
    assert titles(level="bachelor") == {"Voor hbo"}
    assert titles(theme="jeugd") == {"In Zeeland"}
    assert titles(werkplaats="twente") == {"Voor hbo", "Voor mbo"}
    assert titles(type="monitoring") == set()


def test_an_unknown_filter_is_explained(client, db):
    response = client.get(en("education:cases"), {"level": "phd", "theme": "nope"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "We do not know this level" in page and "We do not know this theme" in page


def test_the_list_runs_the_same_number_of_queries_with_more_cases(
    client, twente, cor, django_assert_max_num_queries
):
    question = closed(twente)
    make_case(question, cor, title="Eerste")
    with django_assert_max_num_queries(20) as few:
        client.get(en("education:cases"))
    for number in range(8):
        make_case(question, cor, title=f"Casus {number}", themes=Theme.objects.all()[:3])
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(en("education:cases"))
    assert "Casus 7" in response.content.decode()
