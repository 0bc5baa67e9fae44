"""Suggest a question's type and themes from its words, and say which words led there.

The result is what intake stores in ``PracticeQuestion.suggestion`` and what the coordinator sees
before confirming or changing it: plain JSON, reasons in the active language.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import gettext as _

from werkplaats.network.models import Theme

from ..constants import QuestionType
from . import embeddings
from .lexicons import DEFAULT_TYPE, THEME_TERMS, TYPE_TERMS
from .text import Analysis, Term, analyse, term_matches

#: A theme is suggested from this much evidence on (one decisive word, or a few cues)...
THEME_MIN_SCORE = 1.5
#: ...when it is at least this share of the best theme's evidence...
THEME_RELATIVE = 0.34
#: ...and at most this many.
THEME_MAX = 3
#: What semantic similarity may add to a type's evidence when embeddings are on.
SEMANTIC_WEIGHT = 1.0


def question_text(question) -> str:
    """Everything the submitter wrote about the subject (not their name or e-mail)."""
    parts = (
        getattr(question, field, "") or ""
        for field in ("title", "question", "context", "actors", "hoped_result")
    )
    return "\n".join(p for p in parts if p)


@dataclass(frozen=True)
class Evidence:
    """How strongly a text points to one label, and the words that did it."""

    key: str
    score: float
    words: tuple[str, ...]


def _compile(lexicon: dict[str, float]) -> tuple[Term, ...]:
    return tuple(Term.parse(text, weight) for text, weight in lexicon.items())


@lru_cache(maxsize=1)
def type_terms() -> dict[str, tuple[Term, ...]]:
    return {str(kind): _compile(terms) for kind, terms in TYPE_TERMS.items()}


@lru_cache(maxsize=8)
def _theme_terms(vocabulary: tuple[tuple[str, str], ...]) -> dict[str, tuple[Term, ...]]:
    compiled = {}
    for slug, name in vocabulary:
        lexicon = {name.lower(): 2.0, **THEME_TERMS.get(slug, {})}
        compiled[slug] = _compile(lexicon)
    return compiled


def theme_terms(vocabulary=None) -> dict[str, tuple[Term, ...]]:
    """Terms per active theme: its Dutch name plus the synonyms in ``lexicons.THEME_TERMS``."""
    if vocabulary is None:
        vocabulary = theme_vocabulary()
    return _theme_terms(tuple(vocabulary))


def theme_vocabulary() -> list[tuple[str, str]]:
    """(slug, Dutch name) of every theme in use: one query."""
    return list(Theme.objects.filter(is_active=True).values_list("slug", "name"))


def evidence(analysis: Analysis, terms: dict[str, tuple[Term, ...]]) -> list[Evidence]:
    """Per label, the summed weight of its terms found in the text, strongest first."""
    found = []
    for key, label_terms in terms.items():
        # The same words found by two terms ("eenzaamheid" the name, "eenzaam" the synonym) count
        # once, with the larger weight.
        matched: dict[str, float] = {}
        for term in label_terms:
            words = term_matches(term, analysis)
            if words is not None:
                matched[words] = max(matched.get(words, 0.0), term.weight)
        if matched:
            found.append(Evidence(key, sum(matched.values()), tuple(matched)))
    order = {key: position for position, key in enumerate(terms)}
    return sorted(found, key=lambda e: (-e.score, order[e.key]))


def matched_words_reason(words) -> str:
    return _("matched words: %(words)s") % {"words": ", ".join(words)}


def _type_entry(value: str, score: float, reasons: list[str]) -> dict:
    return {"value": value, "score": round(score, 3), "reasons": reasons}


def classify_types(analysis: Analysis, text: str = "") -> list[dict]:
    """Every type with a score (share of the evidence, 0..1) and reasons, best first."""
    found = evidence(analysis, type_terms())
    semantic = embeddings.type_similarities(text) if text and embeddings.enabled() else {}
    if semantic:
        found = _blend_semantic(found, semantic)
    total = sum(e.score for e in found)
    if not total:
        return [
            _type_entry(
                str(DEFAULT_TYPE),
                0.0,
                [
                    _(
                        "no words of a particular type found; most practice questions are of this kind"
                    )
                ],
            )
        ]
    entries = []
    for item in found:
        reasons = [matched_words_reason(item.words)] if item.words else []
        if item.key in semantic:
            reasons.append(
                _("close in meaning to the description of this type (%(similarity).2f)")
                % {"similarity": semantic[item.key]}
            )
        entries.append(_type_entry(item.key, item.score / total, reasons))
    return entries


def _blend_semantic(found: list[Evidence], semantic: dict[str, float]) -> list[Evidence]:
    # The type closest in meaning gains up to SEMANTIC_WEIGHT (one clear word's worth); the others
    # in proportion to how close they come, so words still decide when they are clear.
    by_key = {e.key: e for e in found}
    low, high = min(semantic.values()), max(semantic.values())
    spread = (high - low) or 1.0
    order = list(type_terms())
    blended = []
    for key in order:
        base = by_key.get(key, Evidence(key, 0.0, ()))
        score = base.score + SEMANTIC_WEIGHT * (semantic.get(key, low) - low) / spread
        if score > 0:
            blended.append(Evidence(key, score, base.words))
    return sorted(blended, key=lambda e: (-e.score, order.index(e.key)))


def classify_themes(analysis: Analysis, vocabulary=None) -> list[dict]:
    """Suggested themes: slug, score (0..1) and the matched words, best first."""
    found = evidence(analysis, theme_terms(vocabulary))
    if not found:
        return []
    best = found[0].score
    themes = [e for e in found if e.score >= THEME_MIN_SCORE and e.score >= THEME_RELATIVE * best][
        :THEME_MAX
    ]
    return [
        {
            "slug": e.key,
            "score": round(min(1.0, e.score / 4.0), 3),
            "reasons": [matched_words_reason(e.words)],
        }
        for e in themes
    ]


def classify_text(text: str, vocabulary=None) -> dict:
    """The classification of a piece of text; see :func:`classify_question`."""
    analysis = analyse(text)
    types = classify_types(analysis, text)
    return {
        "question_type": types[0],
        "alternatives": types[1:],
        "themes": classify_themes(analysis, vocabulary),
        "method": "lexical+embeddings" if embeddings.enabled() else "lexical",
    }


def classify_question(question) -> dict:
    """Suggested question type and themes for a (possibly unsaved) question, with reasons.

    ``{"question_type": {"value", "score", "reasons"}, "alternatives": [...],
    "themes": [{"slug", "score", "reasons"}], "method": "lexical"}``: JSON-serialisable. The
    types are the four of :class:`~werkplaats.questions.constants.QuestionType`.
    """
    return classify_text(question_text(question))


def valid_types() -> set[str]:
    return set(QuestionType.values)
