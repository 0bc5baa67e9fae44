import pytest
from django.utils import translation

from werkplaats.library.readability import flesch_douma, syllables


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("huis", 1),
        ("buurt", 1),
        ("eenzaamheid", 3),
        ("vrijwilliger", 4),
        ("ideeën", 3),
        ("geëvalueerd", 4),
        ("zorg", 1),
        ("kinderen", 3),
    ],
)
def test_it_counts_dutch_vowel_groups_as_syllables(word, count):
    assert syllables(word) == count


def test_simple_dutch_reads_as_b1_or_easier():
    text = "Je woont alleen. Je voelt je soms eenzaam. Een buur komt op de koffie. Dat helpt."
    result = flesch_douma(text)
    assert result.score >= 60
    assert not result.above_b1


def test_complex_dutch_gets_a_warning_above_b1():
    text = (
        "De implementatie van integrale wijkgerichte ondersteuningsarrangementen vereist "
        "interprofessionele samenwerking tussen gemeentelijke beleidsmedewerkers, "
        "maatschappelijke organisaties en ervaringsdeskundigen binnen de transformatieopgave."
    )
    result = flesch_douma(text)
    assert result.score < 30
    assert result.above_b1
    with translation.override("en"):
        assert result.label == "very difficult"


def test_a_text_without_words_has_no_score():
    assert flesch_douma("") is None
    assert flesch_douma("123 !!") is None
