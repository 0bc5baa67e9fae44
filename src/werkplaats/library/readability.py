"""How easy a Dutch text is to read: the Flesch-Douma score.

Flesch-Douma (Douma 1960) adapts Flesch's reading ease to Dutch::

    206.835 − 0.93 × (words / sentences) − 77 × (syllables / words)

Syllables are counted as groups of vowels, so the Dutch double vowels and diphthongs ("aa",
"ee", "oo", "uu", "ie", "oe", "eu", "ui", "ou", "au", "ei", "ij") are one syllable each; a
diaeresis ("ideeën", "geëvalueerd") starts a new one. Scores below 60 are harder than B1, the
level of plain language that the public summaries are written for.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

#: Below this score a text is harder than language level B1.
B1_THRESHOLD = 60

VOWELS = frozenset("aeiouy")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?:;]+(?=\s|$)")

LABELS = [
    (80, _("very easy")),
    (70, _("easy")),
    (60, _("fairly easy (B1)")),
    (50, _("fairly difficult")),
    (30, _("difficult")),
    (float("-inf"), _("very difficult")),
]


def syllables(word: str) -> int:
    """Vowel groups in one Dutch word; at least one."""
    count = 0
    previous_vowel = False
    previous = ""
    for char in word.lower():
        decomposed = unicodedata.normalize("NFD", char)
        base = decomposed[0]
        diaeresis = "\u0308" in decomposed
        is_vowel = base in VOWELS or (base == "j" and previous == "i")
        if is_vowel and (not previous_vowel or diaeresis):
            count += 1
        previous_vowel = is_vowel
        previous = base
    return max(count, 1)


def sentences(text: str) -> int:
    parts = [part for part in SENTENCE_END.split(text) if WORD.search(part)]
    return max(len(parts), 1)


@dataclass(frozen=True)
class Readability:
    score: float
    words: int
    sentences: int
    syllables: int

    @property
    def label(self) -> str:
        for floor, label in LABELS:
            if self.score >= floor:
                return str(label)
        return str(LABELS[-1][1])  # pragma: no cover

    @property
    def above_b1(self) -> bool:
        """Harder to read than language level B1."""
        return self.score < B1_THRESHOLD


def flesch_douma(text: str) -> Readability | None:
    """The Flesch-Douma score of a Dutch text, or None when it has no words."""
    found = WORD.findall(text or "")
    if not found:
        return None
    sentence_count = sentences(text)
    syllable_count = sum(syllables(word) for word in found)
    score = 206.835 - 0.93 * (len(found) / sentence_count) - 77 * (syllable_count / len(found))
    return Readability(round(score, 1), len(found), sentence_count, syllable_count)
