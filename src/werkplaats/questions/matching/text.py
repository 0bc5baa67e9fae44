"""Dutch text as the matcher sees it: folded words, stopwords set aside, Snowball stems.

Stems come from ``snowballstemmer``'s ``dutch_porter``, which agrees with PostgreSQL's ``dutch``
text-search configuration, so "eenzaamheid", "eenzame" and "eenzaam" all become ``eenzam``.
Dutch glues words together ("schuldhulpverlening", "buurtteam"), so a lexicon term of six letters
or more also matches inside a longer word (see :func:`term_matches`).
"""

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from werkplaats.utils.text import fold

WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

#: Function words that say nothing about a question's subject (folded, without diacritics).
STOPWORDS = frozenset(
    """
    aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door
    dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand
    iets ik in is ja je jij jou jouw kan kon kunnen kunt maar me meer men met mij mijn moet moeten
    na naar niet niets nog nu of om omdat onder ons onze ook op over reeds te tegen toch toen tot u
    uit uw van veel voor waren was wat we wel werd wezen wie wij wil willen worden wordt zal ze zelf
    zich zij zijn zo zonder zou zouden zeer zoals die dan welke waar wanneer waarom hoe daarbij
    daarom daarna ervan erin erop hierbij hiervoor zodat terwijl binnen tussen via per vanuit
    steeds graag vaak soms echt goed goede gaan gaat ga krijgen krijgt komen komt gebeurt
    """.split()  # noqa: SIM905 - a word list reads better as one string
)

_stemmer = snowballstemmer.stemmer("dutch_porter")

#: Below this length a term only matches a word with the same stem (or its surface form).
COMPOUND_MIN = 6


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The Snowball (``dutch_porter``) stem of one folded word."""
    return _stemmer.stemWord(word)


def words(text: str) -> list[str]:
    """Every folded word of the text, in order, stopwords included."""
    return WORD.findall(fold(text))


@dataclass(frozen=True)
class Token:
    surface: str  # the folded word as written
    stem: str
    is_stopword: bool


class Analysis:
    """A text split into tokens, indexed for fast lexicon lookups; built once per text."""

    def __init__(self, tokens: tuple[Token, ...]):
        self.tokens = tokens
        self.content = tuple(t for t in tokens if not t.is_stopword and len(t.surface) > 1)
        self.content_stems = frozenset(t.stem for t in self.content)
        self.content_surfaces = frozenset(t.surface for t in self.content)
        # One string of all content words, to rule a compound match out with one ``in``.
        self.joined = " ".join(t.surface for t in self.content)
        self.positions: dict[str, list[int]] = {}
        for index, token in enumerate(tokens):
            self.positions.setdefault(token.stem, []).append(index)
            if token.surface != token.stem:
                self.positions.setdefault(token.surface, []).append(index)

    def stem_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for token in self.content:
            counts[token.stem] = counts.get(token.stem, 0) + 1
        return counts

    def surface_of(self, stem_: str) -> str:
        """The first word in the text with this stem, to name it in a reason."""
        for token in self.tokens:
            if token.stem == stem_:
                return token.surface
        return stem_


@lru_cache(maxsize=2048)
def analyse(text: str) -> Analysis:
    return Analysis(tuple(Token(w, stem(w), w in STOPWORDS) for w in words(text)))


def content_stems(text: str) -> dict[str, int]:
    """Stem → count for the content words of a text (what BM25 scores)."""
    return analyse(text).stem_counts()


@dataclass(frozen=True)
class Term:
    """One lexicon entry prepared for matching: a word or a phrase, with its weight.

    Written in the lexicon as plain Dutch ("eigen regie", "eenzaamheid"). A leading ``=`` asks for
    the exact word, unstemmed: ``=ouderen`` (the elderly) must not match ``ouders`` (parents), which
    share the stem ``ouder``.
    """

    text: str
    weight: float
    stems: tuple[str, ...]
    exact: bool

    @classmethod
    def parse(cls, text: str, weight: float = 1.0) -> "Term":
        exact = text.startswith("=")
        raw = text.lstrip("=")
        parts = words(raw)
        stems = tuple(parts) if exact else tuple(stem(p) for p in parts)
        return cls(raw, weight, stems, exact)


def _single_match(term_stem: str, analysis: Analysis, exact: bool) -> str | None:
    if exact:
        return term_stem if term_stem in analysis.content_surfaces else None
    if term_stem in analysis.content_stems or term_stem in analysis.content_surfaces:
        for token in analysis.content:
            if token.stem == term_stem or token.surface == term_stem:
                return token.surface
    # Compounds: "schuldhulpverlening" holds "schuldhulp", "ketensamenwerking" holds "samenwerk".
    if len(term_stem) >= COMPOUND_MIN and term_stem in analysis.joined:
        for token in analysis.content:
            if term_stem in token.surface:
                return token.surface
    return None


def term_matches(term: Term, analysis: Analysis) -> str | None:
    """The words of the text that matched the term (for the reason), or None.

    A one-word term is looked for among the content words; a phrase ("hoe ga ik om met") as a run
    of consecutive words, stopwords included, each word by its stem (or exactly, for ``=``).
    """
    if not term.stems:
        return None
    if len(term.stems) == 1:
        return _single_match(term.stems[0], analysis, term.exact)
    tokens = analysis.tokens
    size = len(term.stems)
    for start in analysis.positions.get(term.stems[0], ()):
        window = tokens[start : start + size]
        if len(window) == size and all(
            _phrase_word(s, t, term.exact) for s, t in zip(term.stems, window, strict=True)
        ):
            return " ".join(t.surface for t in window)
    return None


def _phrase_word(term_stem: str, token: Token, exact: bool) -> bool:
    # Inside a phrase, stopwords count too ("om", "met"), and only the word itself matches.
    if exact:
        return token.surface == term_stem
    return token.stem == term_stem or token.surface == term_stem
