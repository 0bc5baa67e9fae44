"""Library products as a source of related-work suggestions for practice questions
(``questions.matching``).

A coordinator triaging a question sees methods, guides and other products that fit it: by words
of the question in a product's title, summary and method fields (BM25 over Dutch stems) and by
shared themes; a method with a recognition level says so. Only products the user may see are
scored; a reason names only the question's own words and the names of themes, never words of a
product the user may not read.
"""

import heapq
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkplaats.questions.matching import (
    MatchContext,
    Suggestion,
    SuggestionSource,
    register_source,
)
from werkplaats.questions.matching.index import Watch, corpus
from werkplaats.questions.matching.lexical import BM25Index
from werkplaats.questions.matching.text import content_stems

from .constants import RecognitionLevel
from .models import Product
from .permissions import products_visible_to

TEXT_WEIGHT = 2.0
THEME_WEIGHT = 0.6
#: A method whose effect is substantiated weighs a little more than an untested idea.
RECOGNISED_WEIGHT = 0.2
RECOGNISED = {
    RecognitionLevel.WELL_SUBSTANTIATED,
    RecognitionLevel.EFFECTIVE_FIRST,
    RecognitionLevel.EFFECTIVE_GOOD,
    RecognitionLevel.EFFECTIVE_STRONG,
}


@dataclass(frozen=True)
class ProductProfile:
    pk: int
    themes: frozenset
    recognised: bool


@dataclass
class ProductSet:
    profiles: dict
    index: BM25Index
    by_theme: dict


def _watches():
    return [Watch(Product, "updated_at"), Watch(Product.themes.through)]


@corpus("products", _watches)
def product_profiles() -> ProductSet:
    themes: dict[int, set] = {}
    for product_id, slug in Product.themes.through.objects.values_list("product_id", "theme__slug"):
        themes.setdefault(product_id, set()).add(slug)
    profiles, documents, by_theme = {}, {}, {}
    rows = Product.objects.values_list(
        "pk", "title", "summary", "goal", "approach", "working_elements", "recognition_level"
    )
    for pk, title, summary, goal, approach, elements, level in rows.iterator(chunk_size=2000):
        own = frozenset(themes.get(pk, ()))
        profiles[pk] = ProductProfile(pk, own, level in RECOGNISED)
        documents[pk] = content_stems(
            " ".join(p for p in (title, summary, goal, approach, elements) if p)
        )
        for slug in own:
            by_theme.setdefault(slug, set()).add(pk)
    return ProductSet(profiles, BM25Index(documents), by_theme)


class ProductSource(SuggestionSource):
    kind = "products"
    title = gettext_lazy("Products from the library")
    order = 55

    def suggest(self, context: MatchContext, limit: int) -> list[Suggestion]:
        product_set = product_profiles.get()
        visible = set(products_visible_to(context.user).values_list("pk", flat=True))
        text_scores = product_set.index.score(context.stems)
        text_max = product_set.index.max_score(context.stems)
        candidates = set(text_scores)
        for slug in context.theme_weights:
            candidates |= product_set.by_theme.get(slug, set())
        scored = []
        for pk in candidates & visible:
            profile = product_set.profiles.get(pk)
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
            score = TEXT_WEIGHT * text + themes
            if profile.recognised:
                score += RECOGNISED_WEIGHT
            scored.append((score, pk))
        top = heapq.nsmallest(limit, scored, key=lambda item: (-item[0], item[1]))
        objects = Product.objects.select_related("kind").in_bulk([pk for _s, pk in top])
        suggestions = []
        for score, pk in top:
            product = objects.get(pk)
            if product is None:
                continue
            suggestions.append(
                Suggestion(
                    self.kind,
                    product,
                    score,
                    self._reasons(context, product_set.profiles[pk], product_set.index, product),
                    product.get_absolute_url(),
                    f"{product.title} ({product.kind.label})",
                )
            )
        return suggestions

    @staticmethod
    def _reasons(context, profile, index, product) -> list[str]:
        reasons = []
        words = index.shared(profile.pk, context.stems)
        if words:
            reasons.append(
                _("words in common: %(words)s") % {"words": ", ".join(context.surface(words))}
            )
        themes = [s for s in context.theme_weights if s in profile.themes]
        if themes:
            reasons.append(
                _("same themes: %(themes)s")
                % {"themes": ", ".join(context.theme_names.get(s, s) for s in themes)}
            )
        if profile.recognised:
            reasons.append(
                _("recognition level: %(level)s")
                % {"level": product.get_recognition_level_display()}
            )
        return reasons


def register() -> None:
    register_source(ProductSource(), replace=True)
