"""The registry of suggestion sources: each kind of content plugs into the matcher here.

A source answers "what of my kind fits this question, and why?" for one user. The built-in
sources are werkplaatsen, people, organisations and earlier questions (``builtin_sources``).
Projects and products (later issues) plug in the same way, from their app's ``ready()``::

    from werkplaats.questions.matching import MatchContext, Suggestion, SuggestionSource, \
        register_source

    class ProjectSource(SuggestionSource):
        kind = "projects"
        title = _("Projects")
        order = 50   # groups are shown by ascending order; built-ins use 10..40

        def suggest(self, context: MatchContext, limit: int) -> list[Suggestion]:
            # Only what context.user may see. Score with context.stems (BM25, see lexical.py),
            # context.theme_weights and context.type; give every item at least one reason.
            ...

    register_source(ProjectSource())

Rules for a source: filter by the user's permissions before scoring; never put words of content
the user may not see into a reason; keep the number of queries independent of the number of rows
(precompute profiles with ``index.corpus``).
"""

from dataclasses import dataclass, field
from typing import Any

from .text import Analysis


@dataclass
class Suggestion:
    """One suggested item with the reasons it was suggested."""

    kind: str
    obj: Any
    score: float
    reasons: list[str]
    url: str = ""
    title: str = ""

    def as_dict(self) -> dict:
        """JSON-ready, addressed by slug or UUID, never by database id."""
        identity = {}
        for attribute in ("slug", "uuid"):
            value = getattr(self.obj, attribute, None)
            if value:
                identity[attribute] = str(value)
        return {
            "kind": self.kind,
            "title": self.title or str(self.obj),
            **identity,
            "score": round(self.score, 3),
            "reasons": [str(r) for r in self.reasons],
            "url": self.url,
        }


@dataclass
class SuggestionGroup:
    kind: str
    title: str
    items: list[Suggestion] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "title": str(self.title),
            "items": [i.as_dict() for i in self.items],
        }


@dataclass
class MatchContext:
    """Everything sources need about the question, computed once per ``suggest`` call."""

    question: Any
    user: Any
    text: str
    analysis: Analysis
    stems: dict[str, int]
    question_type: str
    #: theme slug → weight 0..1 (confirmed themes weigh 1; suggested ones their evidence)
    theme_weights: dict[str, float]
    theme_names: dict[str, str]
    #: competence slug → (weight 0..1), from the type and from words in the text
    competence_weights: dict[str, float]
    competence_names: dict[str, str]
    extra: dict = field(default_factory=dict)

    def surface(self, stems) -> list[str]:
        """The question's own words for these stems (safe to show: the user is reading it)."""
        return list(dict.fromkeys(self.analysis.surface_of(s) for s in stems))


class SuggestionSource:
    """Base class of a source; subclass and register an instance."""

    kind: str = ""
    title: str = ""
    order: int = 100

    def suggest(self, context: MatchContext, limit: int) -> list[Suggestion]:
        raise NotImplementedError


_registry: dict[str, SuggestionSource] = {}


def register_source(source: SuggestionSource, *, replace: bool = False) -> SuggestionSource:
    """Add a source. Registering a kind twice is an error unless ``replace=True``."""
    if not source.kind:
        raise ValueError("A suggestion source needs a kind.")
    if source.kind in _registry and not replace:
        raise ValueError(f"A suggestion source of kind {source.kind!r} is already registered.")
    _registry[source.kind] = source
    return source


def unregister_source(kind: str) -> None:
    _registry.pop(kind, None)


def registered_sources() -> list[SuggestionSource]:
    return sorted(_registry.values(), key=lambda s: (s.order, s.kind))
