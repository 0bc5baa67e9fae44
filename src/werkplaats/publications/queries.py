"""Read-side questions of the publication pages, exports and API.

Every function fetches related rows with ``select_related``/``prefetch_related``, so the number
of queries does not grow with the number of publications. Who may see which publication is
decided in ``permissions``; linked projects and products are narrowed to what the viewer may see.
"""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from werkplaats.network.models import Theme, Workshop
from werkplaats.utils.text import fold

from .models import Authorship, Publication
from .permissions import publications_visible_to

ORDERING = ("-year", "-date", "title", "pk")


def filter_publications(publications: QuerySet, filters: dict) -> QuerySet:
    """Narrows publications by (already validated) filters; empty ones do not narrow."""
    if filters.get("type"):
        publications = publications.filter(publication_type=filters["type"])
    if filters.get("theme"):
        publications = publications.filter(
            pk__in=Publication.themes.through.objects.filter(theme=filters["theme"]).values(
                "publication_id"
            )
        )
    if filters.get("werkplaats"):
        publications = publications.filter(
            pk__in=Publication.workshops.through.objects.filter(
                workshop=filters["werkplaats"]
            ).values("publication_id")
        )
    if filters.get("year"):
        publications = publications.filter(year=filters["year"])
    if filters.get("access"):
        publications = publications.filter(access_rights=filters["access"])
    for word in fold(filters.get("q") or "").split():
        publications = publications.filter(search_text__contains=word)
    return publications


def with_relations(publications: QuerySet, user) -> QuerySet:
    """Authors (with their registry person), werkplaatsen, themes, and the projects and products
    the user may see."""
    from werkplaats.library.permissions import products_visible_to
    from werkplaats.projects.permissions import projects_visible_to

    return publications.prefetch_related(
        Prefetch(
            "authorships",
            queryset=Authorship.objects.select_related("person").order_by("position", "pk"),
        ),
        Prefetch("workshops", queryset=Workshop.objects.order_by("name")),
        Prefetch("themes", queryset=Theme.objects.order_by("position", "name")),
        Prefetch("projects", queryset=projects_visible_to(user).order_by("title")),
        Prefetch("products", queryset=products_visible_to(user).order_by("title")),
    )


def publication_list(user, filters: dict) -> QuerySet:
    publications = filter_publications(publications_visible_to(user), filters)
    return with_relations(publications, user).order_by(*ORDERING)


def detail_queryset(user) -> QuerySet:
    return with_relations(publications_visible_to(user), user)


def years(user) -> list[int]:
    """The years in which the user can see publications, newest first (the year filter)."""
    return list(
        publications_visible_to(user)
        .exclude(year=None)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
