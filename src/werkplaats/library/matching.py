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

from werkplaats.questions.matching import Suggestion, SuggestionSource, register_source
from werkplaats.questions.matching.content import ContentSet, themes_by_owner
from werkplaats.questions.matching.index import Watch, corpus

from .constants import RecognitionLevel
from .models import Product
from .permissions import products_visible_to

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


def _watches():
    return [Watch(Product, "updated_at"), Watch(Product.themes.through)]


@corpus("products", _watches)
def product_profiles() -> ContentSet:
    themes = themes_by_owner(Product.themes.through, "product_id")
    products = ContentSet()
    rows = Product.objects.values_list(
        "pk", "title", "summary", "goal", "approach", "working_elements", "recognition_level"
    )
    for pk, title, summary, goal, approach, elements, level in rows.iterator(chunk_size=2000):
        profile = ProductProfile(pk, themes.get(pk, frozenset()), level in RECOGNISED)
        products.add(pk, profile, (title, summary, goal, approach, elements))
    return products.indexed()


class ProductSource(SuggestionSource):
    kind = "products"
    title = gettext_lazy("Products from the library")
    order = 55

    def suggest(self, context, limit: int) -> list[Suggestion]:
        products = product_profiles.get()
        visible = set(products_visible_to(context.user).values_list("pk", flat=True))
        scored = [
            (score + (RECOGNISED_WEIGHT if profile.recognised else 0.0), pk)
            for pk, profile, score in products.candidates(context, visible)
        ]
        top = heapq.nsmallest(limit, scored, key=lambda item: (-item[0], item[1]))
        objects = Product.objects.select_related("kind").in_bulk([pk for _s, pk in top])
        suggestions = []
        for score, pk in top:
            product = objects.get(pk)
            if product is None:
                continue
            reasons = products.reasons(context, pk)
            if products.profiles[pk].recognised:
                reasons.append(
                    _("recognition level: %(level)s")
                    % {"level": product.get_recognition_level_display()}
                )
            suggestions.append(
                Suggestion(
                    self.kind,
                    product,
                    score,
                    reasons,
                    product.get_absolute_url(),
                    f"{product.title} ({product.kind.label})",
                )
            )
        return suggestions


def register() -> None:
    register_source(ProductSource(), replace=True)
