"""What the content sources of suggestions share (projects, library products): a corpus of
profiles with a BM25 index over their words and an index by theme, the candidates for a question
scored on words and themes in common, and the reasons that name them.

A reason names only the question's own words and the names of themes, never words of an item
the user may not read.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .lexical import BM25Index
from .sources import MatchContext
from .text import content_stems

TEXT_WEIGHT = 2.0
THEME_WEIGHT = 0.6


def themes_by_owner(through, owner_field: str) -> dict[int, frozenset]:
    """``{owner pk: theme slugs}`` from a many-to-many ``themes`` through table."""
    themes: dict[int, set] = {}
    for owner, slug in through.objects.values_list(owner_field, "theme__slug"):
        themes.setdefault(owner, set()).add(slug)
    return {owner: frozenset(slugs) for owner, slugs in themes.items()}


@dataclass
class ContentSet:
    """Profiles (each with ``themes``), their words in a BM25 index, and who has which theme."""

    profiles: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    by_theme: dict = field(default_factory=dict)
    index: BM25Index | None = None

    def add(self, pk: int, profile, texts) -> None:
        self.profiles[pk] = profile
        self.documents[pk] = content_stems(" ".join(t for t in texts if t))
        for slug in profile.themes:
            self.by_theme.setdefault(slug, set()).add(pk)

    def indexed(self) -> "ContentSet":
        self.index = BM25Index(self.documents)
        self.documents = {}
        return self

    def candidates(
        self, context: MatchContext, visible: set
    ) -> Iterator[tuple[int, object, float]]:
        """``(pk, profile, score)`` of the visible items with words or themes in common."""
        text_scores = self.index.score(context.stems)
        text_max = self.index.max_score(context.stems)
        candidates = set(text_scores)
        for slug in context.theme_weights:
            candidates |= self.by_theme.get(slug, set())
        for pk in candidates & visible:
            profile = self.profiles.get(pk)
            if profile is None:
                continue
            text = min(1.0, text_scores.get(pk, 0.0) / text_max)
            themes = sum(
                THEME_WEIGHT * weight
                for slug, weight in context.theme_weights.items()
                if slug in profile.themes
            )
            if text <= 0.05 and not themes:
                continue  # neither words nor themes in common
            yield pk, profile, TEXT_WEIGHT * text + themes

    def reasons(self, context: MatchContext, pk: int) -> list[str]:
        """The question's words and the themes this item shares with it."""
        reasons = []
        words = self.index.shared(pk, context.stems)
        if words:
            reasons.append(
                _("words in common: %(words)s") % {"words": ", ".join(context.surface(words))}
            )
        themes = [s for s in context.theme_weights if s in self.profiles[pk].themes]
        if themes:
            reasons.append(
                _("same themes: %(themes)s")
                % {"themes": ", ".join(context.theme_names.get(s, s) for s in themes)}
            )
        return reasons
