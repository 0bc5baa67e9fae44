"""Related work for a product: similar products, projects and practice questions, preferably
from other werkplaatsen, each with the reason it was suggested.

A simple scorer: two points per shared theme, one per shared content stem of the title and
summary (Snowball ``dutch_porter`` stems from ``questions.matching.text``). Candidates are the
items the viewer may see that share a theme or the product's kind, read in a fixed number of
queries.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, Q
from django.utils.translation import gettext as _

from werkplaats.projects.permissions import projects_visible_to
from werkplaats.questions.matching.text import analyse
from werkplaats.questions.permissions import public_questions

from .permissions import products_visible_to
from .queries import ORDERED_THEMES

CANDIDATES = 200
SHOWN = 6


@dataclass
class Related:
    kind: str
    title: str
    url: str
    reason: str
    score: float


def _stems(*texts: str) -> dict[str, str]:
    analysis = analyse(" ".join(text for text in texts if text))
    return {token.stem: token.surface for token in analysis.content if len(token.stem) > 3}


def _reason(shared_themes: list[str], shared_words: list[str], other_region: bool) -> str:
    parts = []
    if shared_themes:
        parts.append(_("same theme: %(themes)s") % {"themes": ", ".join(shared_themes)})
    if shared_words:
        parts.append(_("also about: %(words)s") % {"words": ", ".join(shared_words[:3])})
    if other_region:
        parts.append(_("from another werkplaats"))
    return "; ".join(parts)


def related_work(product, user, limit: int = SHOWN) -> list[Related]:
    themes = {theme.pk: theme.label for theme in product.themes.all()}
    own_workshops = {workshop.pk for workshop in product.workshops.all()}
    stems = _stems(product.title, product.summary)
    linked = {link.source_id for link in product.builds_on.all()} | {
        link.product_id for link in product.built_upon_by.all()
    }
    prefetch_themes = Prefetch("themes", queryset=ORDERED_THEMES)
    near = Q(themes__in=list(themes)) if themes else Q(pk__in=[])

    candidates = []
    products = (
        products_visible_to(user)
        .filter(near | Q(kind_id=product.kind_id))
        .exclude(pk__in=[product.pk, *linked])
        .distinct()
        .prefetch_related(prefetch_themes, "workshops")
        .order_by("-date", "pk")[:CANDIDATES]
    )
    for item in products:
        workshops = {w.pk for w in item.workshops.all()}
        candidates.append((_("Product"), item, item.title, item.summary, workshops))
    projects = (
        projects_visible_to(user)
        .filter(near)
        .distinct()
        .prefetch_related(prefetch_themes, "workshops")
        .order_by("-start_date", "pk")[:CANDIDATES]
    )
    for item in projects:
        workshops = {item.lead_workshop_id} | {w.pk for w in item.workshops.all()}
        candidates.append((_("Project"), item, item.title, item.goal, workshops))
    questions = (
        public_questions()
        .filter(near)
        .distinct()
        .prefetch_related(prefetch_themes)
        .order_by("-pk")[:CANDIDATES]
    )
    for item in questions:
        candidates.append(
            (
                _("Practice question"),
                item,
                item.public_title,
                item.public_summary,
                {item.workshop_id},
            )
        )

    found = []
    for label, item, title, body, workshops in candidates:
        shared_themes = [themes[t.pk] for t in item.themes.all() if t.pk in themes]
        other = _stems(title, body)
        shared_words = [stems[s] for s in stems if s in other]
        score = 2 * len(shared_themes) + len(shared_words)
        if not score:
            continue
        other_region = bool(workshops) and not (workshops & own_workshops)
        score += 0.5 if other_region else 0
        reason = _reason(shared_themes, shared_words, other_region)
        found.append(Related(str(label), title, item.get_absolute_url(), reason, score))
    found.sort(key=lambda r: (-r.score, r.title))
    return found[:limit]
