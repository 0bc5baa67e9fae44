"""Question type and themes are suggested from the words, with the words as the reason."""

import json

import pytest
from django.utils import translation

from werkplaats.network.models import Municipality, Theme
from werkplaats.questions.constants import QuestionType
from werkplaats.questions.matching import classify_question
from werkplaats.questions.models import PracticeQuestion

pytestmark = pytest.mark.django_db


def _question(title, text="", **fields):
    return PracticeQuestion(
        title=title, question=text, municipality=Municipality.objects.get(code="GM0153"), **fields
    )


def _classify(title, text=""):
    with translation.override("en"):
        return classify_question(_question(title, text))


def test_it_returns_plain_json_with_type_alternatives_themes_and_method():
    result = _classify(
        "Eenzame ouderen",
        "Hoe gaan we om met eenzaamheid onder ouderen? En hoe meten we het effect?",
    )
    assert json.loads(json.dumps(result)) == result
    assert set(result) == {"question_type", "alternatives", "themes", "method"}
    assert set(result["question_type"]) == {"value", "score", "reasons"}
    assert result["method"] == "lexical"
    assert {a["value"] for a in result["alternatives"]} <= set(QuestionType.values)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hoe ga ik om met een cliënt die agressief wordt? Wat werkt bij deze groep?", "action"),
        (
            "Hoe versterken we eigen kracht en eigen regie in het keukentafelgesprek?",
            "process_client",
        ),
        (
            "Hoe verbeteren we de afstemming tussen wijkteam en huisarts en ketenpartners?",
            "multi_actor",
        ),
        ("Hoe meten we het effect en maken we resultaten zichtbaar met indicatoren?", "monitoring"),
    ],
)
def test_it_recognises_each_question_type_by_its_defining_words(text, expected):
    assert _classify("Vraag", text)["question_type"]["value"] == expected


def test_the_reason_names_the_words_that_were_matched():
    result = _classify("Ouderen", "Hoe bereiken we eenzame ouderen die in een isolement zitten?")
    themes = {t["slug"]: t for t in result["themes"]}
    assert themes["eenzaamheid"]["reasons"] == ["matched words: eenzame, isolement"]
    assert all(t["reasons"] for t in result["themes"])
    assert result["question_type"]["reasons"]


def test_the_reasons_are_translated_for_the_active_language():
    with translation.override("nl"):
        result = classify_question(_question("Eenzame ouderen"))
    with translation.override("en"):
        english = classify_question(_question("Eenzame ouderen"))
    assert english["themes"][0]["reasons"][0].startswith("matched words:")
    assert "eenzame" in result["themes"][0]["reasons"][0]


def test_without_any_type_words_it_falls_back_to_the_commonest_type_and_says_so():
    result = _classify("Vraag", "Graag advies.")
    assert result["question_type"]["value"] == "action"
    assert result["question_type"]["score"] == 0.0
    assert "no words of a particular type" in result["question_type"]["reasons"][0]
    assert result["alternatives"] == []
    assert result["themes"] == []


def test_a_theme_an_editor_adds_is_recognised_by_its_name():
    Theme.objects.create(slug="laaggeletterdheid-test", name="Voorleesprogramma")
    result = _classify("Vraag", "Werkt het voorleesprogramma voor gezinnen?")
    assert "laaggeletterdheid-test" in {t["slug"] for t in result["themes"]}


def test_an_inactive_theme_is_not_suggested():
    Theme.objects.filter(slug="eenzaamheid").update(is_active=False)
    result = _classify("Eenzaamheid", "eenzame mensen")
    assert "eenzaamheid" not in {t["slug"] for t in result["themes"]}


def test_it_suggests_at_most_three_themes():
    result = _classify(
        "Alles tegelijk",
        "Eenzaamheid, armoede en schulden, mantelzorg, jeugdhulp, Wmo, statushouders en werk.",
    )
    assert 1 <= len(result["themes"]) <= 3


def test_intake_stores_the_classification_with_the_question(twente):
    from werkplaats.questions.tests.factories import submit

    question, _token = submit(title="Schulden bij jongeren", question="Jongeren met schulden.")
    question.refresh_from_db()
    assert question.suggestion["themes"][0]["slug"] == "armoede-en-schulden"
    assert question.suggestion["method"] == "lexical"
