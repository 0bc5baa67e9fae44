"""Dutch text as the matcher reads it: stems, stopwords, compounds, phrases."""

import snowballstemmer

from werkplaats.questions.matching.lexical import BM25Index
from werkplaats.questions.matching.text import Term, analyse, content_stems, stem, term_matches


def test_it_gives_the_forms_of_one_word_the_same_dutch_porter_stem():
    assert stem("eenzaamheid") == stem("eenzame") == stem("eenzaam") == "eenzam"
    assert stem("mantelzorgers") == stem("mantelzorger")
    assert stem("wijkteams") == stem("wijkteam")


def test_it_agrees_with_snowballs_dutch_porter_stemmer():
    porter = snowballstemmer.stemmer("dutch_porter")
    for word in ("samenwerking", "schulden", "indicatoren", "jongeren", "verantwoorden"):
        assert stem(word) == porter.stemWord(word)


def test_it_folds_accents_and_case_before_stemming():
    assert content_stems("Cliënten") == content_stems("clienten")


def test_it_leaves_stopwords_out_of_the_content_stems():
    stems = content_stems("Hoe ga ik om met de eenzaamheid van ouderen?")
    assert set(stems) == {"eenzam", "ouder"}


def test_a_term_matches_another_form_of_the_word_and_names_the_word_in_the_text():
    assert term_matches(Term.parse("eenzaamheid"), analyse("Veel eenzame buren")) == "eenzame"


def test_a_long_term_matches_inside_a_dutch_compound():
    text = analyse("Zij krijgt schuldhulpverlening en er is ketensamenwerking")
    assert term_matches(Term.parse("schuldhulp"), text) == "schuldhulpverlening"
    assert term_matches(Term.parse("samenwerking"), text) == "ketensamenwerking"


def test_a_short_term_does_not_match_inside_another_word():
    assert term_matches(Term.parse("arm"), analyse("De armaturen in het buurthuis")) is None


def test_an_exact_term_keeps_the_elderly_apart_from_parents():
    elderly = Term.parse("=ouderen")
    assert term_matches(elderly, analyse("eenzame ouderen")) == "ouderen"
    assert term_matches(elderly, analyse("ouders van jonge kinderen")) is None


def test_a_phrase_matches_consecutive_words_stopwords_included():
    phrase = Term.parse("hoe ga ik om met")
    assert term_matches(phrase, analyse("Hoe ga ik om met agressie?")) == "hoe ga ik om met"
    assert term_matches(phrase, analyse("Ik ga hoe dan ook om met")) is None


def test_bm25_ranks_the_document_sharing_the_rarest_words_first():
    index = BM25Index(
        {
            "eenzaam": content_stems("eenzame ouderen in de wijk"),
            "schulden": content_stems("jongeren met schulden in de wijk"),
            "werk": content_stems("werk voor statushouders"),
        }
    )
    scores = index.score(content_stems("eenzaamheid onder ouderen"))
    assert max(scores, key=scores.get) == "eenzaam"
    assert "werk" not in scores
    assert index.shared("eenzaam", content_stems("eenzaamheid onder ouderen")) != []
