"""Ranked suggestions for one question and one user, from every registered source, with reasons."""

from django.contrib.auth.models import AnonymousUser

from werkplaats.network.models import Competence, Workshop

from .builtin_sources import rank_workshop_profiles
from .classify import classify_text, evidence, question_text, theme_vocabulary
from .lexicons import COMPETENCE_TERMS, TYPE_COMPETENCES
from .sources import MatchContext, SuggestionGroup, registered_sources
from .text import Term, analyse

#: The weight of the competences that fit a question type, in their order of fit.
TYPE_COMPETENCE_WEIGHTS = (1.0, 0.8, 0.6, 0.5, 0.4)


def _competence_terms(vocabulary) -> dict[str, tuple[Term, ...]]:
    terms = {}
    for slug, name in vocabulary:
        lexicon = {name.lower(): 2.0, **COMPETENCE_TERMS.get(slug, {})}
        terms[slug] = tuple(Term.parse(text, weight) for text, weight in lexicon.items())
    return terms


def competence_weights(analysis, question_type: str, vocabulary) -> dict[str, float]:
    """Competences that fit the question: by its type, and by words of the text."""
    known = {slug for slug, _name in vocabulary}
    weights: dict[str, float] = {}
    for position, slug in enumerate(TYPE_COMPETENCES.get(question_type, ())):
        if slug in known:
            weights[slug] = TYPE_COMPETENCE_WEIGHTS[min(position, len(TYPE_COMPETENCE_WEIGHTS) - 1)]
    for item in evidence(analysis, _competence_terms(vocabulary)):
        weights[item.key] = max(weights.get(item.key, 0.0), min(1.0, item.score / 2.0))
    return weights


def build_context(question, user=None) -> MatchContext:
    """What every source needs to know about the question, in a fixed number of queries."""
    user = user or AnonymousUser()
    text = question_text(question)
    analysis = analyse(text)
    themes = theme_vocabulary()
    competences = list(Competence.objects.filter(is_active=True).values_list("slug", "name"))
    classification = classify_text(text, themes)
    question_type = (
        getattr(question, "question_type", "") or (classification["question_type"]["value"])
    )
    if getattr(question, "pk", None) and question.classification_confirmed:
        # The coordinator's confirmed themes weigh fully; the suggestion is no longer needed.
        theme_weights = {slug: 1.0 for slug in question.themes.values_list("slug", flat=True)}
    else:
        theme_weights = {t["slug"]: t["score"] for t in classification["themes"]}
    return MatchContext(
        question=question,
        user=user,
        text=text,
        analysis=analysis,
        stems=analysis.stem_counts(),
        question_type=question_type,
        theme_weights=theme_weights,
        theme_names=dict(themes),
        competence_weights=competence_weights(analysis, question_type, competences),
        competence_names=dict(competences),
    )


def suggest(question, user=None, limit: int = 5) -> list[SuggestionGroup]:
    """Ranked suggestions, one group per registered source, every item with its reasons.

    Only what ``user`` may see: people through ``people_visible_to``, earlier questions the user
    handles or that are published. The number of queries does not grow with the number of people,
    organisations or questions: profiles are precomputed (see ``profiles``).
    """
    context = build_context(question, user)
    return [
        SuggestionGroup(source.kind, source.title, source.suggest(context, limit))
        for source in registered_sources()
    ]


def suggestions_as_dict(groups: list[SuggestionGroup]) -> list[dict]:
    return [group.as_dict() for group in groups]


def rank_workshops(question) -> list[tuple[Workshop, list[str]]]:
    """Every werkplaats for the question, best first (region first), with the reasons."""
    ranked = rank_workshop_profiles(build_context(question))
    objects = Workshop.objects.in_bulk([pk for pk, _score, _reasons in ranked])
    return [(objects[pk], reasons) for pk, _score, reasons in ranked if pk in objects]
