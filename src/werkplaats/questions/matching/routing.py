"""Which werkplaats handles a question: the one whose region holds its municipality.

Regions overlap where a werkplaats names a municipality outside its own COROP regions as a partner
(Hoorn, Rhenen, ...), and at ``demo --scale`` synthetic copies share a region. Then the fit of the
question's words with each werkplaats's themes and agenda decides; then whether the werkplaats has
the municipality itself as a partner; then the slug, so the answer is always the same.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.translation import gettext as _

from werkplaats.network.models import Partnership, Workshop

from .classify import classify_themes, question_text, theme_vocabulary
from .text import Analysis, Term, analyse, term_matches

#: What one matched agenda wording adds; a shared theme adds that theme's evidence (capped).
AGENDA_WEIGHT = 1.0
THEME_CAP = 2.0
PARTNER_WEIGHT = 0.25


@dataclass
class Fit:
    """How well a werkplaats fits a question; the reasons are worded only when asked for."""

    score: float = 0.0
    themes: list[str] = field(default_factory=list)  # theme names in common
    agenda: list[str] = field(default_factory=list)  # agenda wordings the text matched

    def reasons(self) -> list[str]:
        reasons = []
        if self.themes:
            reasons.append(_("themes in common: %(themes)s") % {"themes": ", ".join(self.themes)})
        if self.agenda:
            reasons.append(_("on its agenda: %(agenda)s") % {"agenda": ", ".join(self.agenda)})
        return reasons


@lru_cache(maxsize=4096)
def _agenda_term(wording: str) -> Term:
    return Term.parse(wording.lower(), AGENDA_WEIGHT)


def workshop_fit(
    analysis: Analysis,
    theme_scores: dict[str, float],
    theme_names: dict[str, str],
    workshop_theme_slugs,
    agenda,
    memo: dict | None = None,
) -> Fit:
    """The fit of a question (its analysis and theme evidence) with one werkplaats's profile.

    ``memo`` remembers agenda wordings already matched against this analysis: werkplaatsen share
    wordings (and at ``--scale`` whole agendas).
    """
    fit = Fit()
    for slug in workshop_theme_slugs:
        if slug in theme_scores:
            fit.score += min(THEME_CAP, theme_scores[slug])
            fit.themes.append(theme_names.get(slug, slug))
    memo = {} if memo is None else memo
    for wording in agenda or ():
        if wording not in memo:
            memo[wording] = term_matches(_agenda_term(wording), analysis) is not None
        if memo[wording]:
            fit.score += AGENDA_WEIGHT
            fit.agenda.append(wording)
    return fit


def theme_evidence(analysis: Analysis, vocabulary) -> dict[str, float]:
    """Theme slug → evidence (0..1 scaled as in the classification) for the suggested themes."""
    return {t["slug"]: t["score"] * 4.0 for t in classify_themes(analysis, vocabulary)}


def route_question(question) -> Workshop:
    """The werkplaats that handles a new (possibly unsaved) question. Deterministic.

    One werkplaats holds the municipality in its region: that one. Several: the best fit of the
    question's text with their themes and agenda, then a partnership with the municipality, then
    the slug. None (a municipality outside every region, which the reference data rules out): the
    best fit over all werkplaatsen.
    """
    municipality = question.municipality if question.municipality_id else None
    workshops = Workshop.objects.prefetch_related("themes").order_by("slug")
    candidates = list(workshops.filter(municipalities=municipality)) if municipality else []
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        candidates = list(workshops)
        if not candidates:
            return None
    analysis = analyse(question_text(question))
    vocabulary = theme_vocabulary()
    scores = theme_evidence(analysis, vocabulary)
    names = dict(vocabulary)
    partners = set()
    if municipality is not None:
        partners = set(
            Partnership.objects.filter(
                workshop__in=candidates, organisation__municipality_code=municipality.code
            ).values_list("workshop_id", flat=True)
        )

    memo = {}

    def rank(workshop):
        fit = workshop_fit(
            analysis, scores, names, [t.slug for t in workshop.themes.all()], workshop.agenda, memo
        )
        bonus = PARTNER_WEIGHT if workshop.pk in partners else 0.0
        return (-(fit.score + bonus), workshop.slug)

    return min(candidates, key=rank)
