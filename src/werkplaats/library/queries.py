"""Read-side questions of the library pages and the API.

Every function fetches related rows with ``select_related``/``prefetch_related``, so the number
of queries does not grow with the number of products. Who may see which product is decided in
``permissions``; this module narrows, orders and shapes.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from werkplaats.network.models import Person, Theme, Workshop
from werkplaats.utils.text import fold

from .models import Adoption, BuildsOn, Product
from .permissions import products_visible_to, visible_products_q

ORDERED_WORKSHOPS = Workshop.objects.order_by("name")
ORDERED_THEMES = Theme.objects.order_by("position", "name")


def with_listing_relations(products: QuerySet) -> QuerySet:
    """What a card shows: kind, werkplaatsen and themes."""
    return products.select_related("kind").prefetch_related(
        Prefetch("workshops", queryset=ORDERED_WORKSHOPS),
        Prefetch("themes", queryset=ORDERED_THEMES),
    )


def filter_products(products: QuerySet, filters: dict) -> QuerySet:
    """Narrows products by (already validated) filters; empty ones do not narrow."""
    if filters.get("kind"):
        products = products.filter(kind=filters["kind"])
    if filters.get("theme"):
        products = products.filter(themes=filters["theme"])
    if filters.get("werkplaats"):
        products = products.filter(
            pk__in=Product.workshops.through.objects.filter(workshop=filters["werkplaats"]).values(
                "product_id"
            )
        )
    if filters.get("recognition_level"):
        products = products.filter(recognition_level=filters["recognition_level"])
    for word in fold(filters.get("q") or "").split():
        products = products.filter(search_text__contains=word)
    return products


def product_list(user, filters: dict) -> QuerySet:
    products = filter_products(products_visible_to(user), filters)
    return with_listing_relations(products).order_by("-date", "title", "pk")


def detail_queryset(user) -> QuerySet:
    """Products this user may see, with everything their page and API record show."""
    return (
        with_listing_relations(products_visible_to(user))
        .select_related("project")
        .prefetch_related(
            "beneficiary_groups",
            "links",
            Prefetch(
                "makers",
                queryset=Person.objects.order_by("family_name", "given_name"),
            ),
            Prefetch(
                "builds_on",
                queryset=BuildsOn.objects.filter(
                    visible_products_q(user, "source__")
                ).select_related("source", "source__kind"),
            ),
            Prefetch(
                "built_upon_by",
                queryset=BuildsOn.objects.filter(
                    visible_products_q(user, "product__")
                ).select_related("product", "product__kind"),
            ),
            Prefetch(
                "adoptions",
                queryset=Adoption.objects.select_related("organisation", "municipality"),
            ),
        )
    )


@dataclass
class ProductPage:
    project: object
    public_makers: list
    hidden_makers: int
    builds_on: list
    built_upon_by: list
    adoptions: list


def product_page(product: Product, user) -> ProductPage:
    """What a product's page shows; makers only by name when they consented, the project only
    when the viewer may see it."""
    from werkplaats.projects.permissions import projects_visible_to

    project = None
    if product.project_id and projects_visible_to(user).filter(pk=product.project_id).exists():
        project = product.project
    makers = list(product.makers.all())
    public = [person for person in makers if person.is_public]
    return ProductPage(
        project=project,
        public_makers=public,
        hidden_makers=len(makers) - len(public),
        builds_on=list(product.builds_on.all()),
        built_upon_by=list(product.built_upon_by.all()),
        adoptions=list(product.adoptions.all()),
    )
