"""Regional comparison by theme: what each werkplaats did on one theme, side by side.

Counts public questions, projects and products per werkplaats, with the most recent titles of
each, in a fixed number of queries whatever the number of werkplaatsen or items: counts are
grouped in the database and the recent titles come from a window function (the newest few per
werkplaats). Only what the viewer may see is counted: published questions
(``questions.permissions.public_questions``), ``projects_visible_to`` and
``products_visible_to``. A project counts for its lead werkplaats and for every participating
one; a product for each of its werkplaatsen.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber

from werkplaats.library.models import Product
from werkplaats.library.permissions import products_visible_to
from werkplaats.projects.models import Project
from werkplaats.projects.permissions import projects_visible_to
from werkplaats.questions.permissions import public_questions

from ..models import Theme, Workshop

#: How many of the most recent titles each cell lists.
RECENT = 3
KINDS = ("questions", "projects", "products")


@dataclass(frozen=True)
class Item:
    title: str
    url: str
    order: tuple = ()


@dataclass
class Cell:
    """What one werkplaats did of one kind: how many, and the newest few."""

    count: int = 0
    recent: list[Item] = field(default_factory=list)
    #: 0 for nothing, 1..4 relative to the busiest werkplaats on this theme (for shading).
    level: int = 0


@dataclass
class WorkshopRow:
    workshop: Workshop
    questions: Cell = field(default_factory=Cell)
    projects: Cell = field(default_factory=Cell)
    products: Cell = field(default_factory=Cell)

    @property
    def total(self) -> int:
        return self.questions.count + self.projects.count + self.products.count


@dataclass
class ThemeComparison:
    theme: Theme
    rows: list[WorkshopRow]
    totals: dict[str, int]

    @property
    def active(self) -> list[WorkshopRow]:
        return [row for row in self.rows if row.total]

    @property
    def inactive(self) -> list[WorkshopRow]:
        return [row for row in self.rows if not row.total]


@dataclass
class ThemeSummary:
    theme: Theme
    questions: int = 0
    projects: int = 0
    products: int = 0

    @property
    def total(self) -> int:
        return self.questions + self.projects + self.products


def _visible_projects(user, theme):
    return projects_visible_to(user).filter(themes=theme)


def _visible_products(user, theme):
    return products_visible_to(user).filter(themes=theme)


def _newest(queryset, partition, *order):
    """The newest ``RECENT`` rows of ``queryset`` per ``partition`` (one query)."""
    return queryset.annotate(
        rank=Window(RowNumber(), partition_by=F(partition), order_by=list(order))
    ).filter(rank__lte=RECENT)


def _counts(queryset, column: str) -> dict[int, int]:
    return dict(queryset.values_list(column).annotate(n=Count("pk", distinct=True)).order_by())


def _questions(theme, cells) -> None:
    questions = public_questions().filter(themes=theme)
    for workshop_id, count in _counts(questions, "workshop_id").items():
        cells[workshop_id].count = count
    newest = _newest(
        questions.only("uuid", "public_title", "workshop_id", "published_at"),
        "workshop_id",
        F("published_at").desc(nulls_last=True),
        F("pk").desc(),
    )
    for question in newest:
        cells[question.workshop_id].recent.append(
            Item(question.public_title, question.get_absolute_url())
        )


def _projects(user, theme, cells) -> None:
    """Lead and participating werkplaatsen: two counts and two newest lists, merged."""
    projects = _visible_projects(user, theme)
    through = Project.workshops.through.objects.filter(project__in=projects.values("pk"))
    counts: dict[int, int] = defaultdict(int)
    for workshop_id, count in _counts(projects, "lead_workshop_id").items():
        counts[workshop_id] += count
    for workshop_id, count in (
        through.exclude(workshop_id=F("project__lead_workshop_id"))
        .values_list("workshop_id")
        .annotate(n=Count("project_id", distinct=True))
        .order_by()
    ):
        counts[workshop_id] += count
    for workshop_id, count in counts.items():
        cells[workshop_id].count = count
    order = (F("start_date").desc(nulls_last=True), F("pk").desc())
    found: dict[int, list[Item]] = defaultdict(list)
    for project in _newest(projects.only("slug", "title", "lead_workshop_id", "start_date"),
                           "lead_workshop_id", *order):  # fmt: skip
        found[project.lead_workshop_id].append(_project_item(project))
    rows = _newest(
        through.exclude(workshop_id=F("project__lead_workshop_id")).select_related("project"),
        "workshop_id",
        F("project__start_date").desc(nulls_last=True),
        F("project_id").desc(),
    )
    for row in rows:
        found[row.workshop_id].append(_project_item(row.project))
    for workshop_id, items in found.items():
        items.sort(key=lambda item: item.order, reverse=True)
        cells[workshop_id].recent = items[:RECENT]


def _project_item(project) -> Item:
    start = project.start_date.toordinal() if project.start_date else 0
    return Item(project.title, project.get_absolute_url(), (start, project.pk))


def _products(user, theme, cells) -> None:
    products = _visible_products(user, theme)
    through = Product.workshops.through.objects.filter(product__in=products.values("pk"))
    for workshop_id, count in (
        through.values_list("workshop_id").annotate(n=Count("product_id", distinct=True)).order_by()
    ):
        cells[workshop_id].count = count
    rows = _newest(
        through.select_related("product").only(
            "workshop_id", "product__slug", "product__title", "product__date"
        ),
        "workshop_id",
        F("product__date").desc(nulls_last=True),
        F("product_id").desc(),
    )
    for row in rows:
        cells[row.workshop_id].recent.append(
            Item(row.product.title, row.product.get_absolute_url())
        )


def theme_comparison(theme: Theme, user) -> ThemeComparison:
    """Every werkplaats, with what it did on ``theme`` that ``user`` may see (even nothing)."""
    workshops = list(Workshop.objects.order_by("name").only("slug", "name"))
    cells = {kind: defaultdict(Cell) for kind in KINDS}
    _questions(theme, cells["questions"])
    _projects(user, theme, cells["projects"])
    _products(user, theme, cells["products"])
    rows = [
        WorkshopRow(
            workshop,
            questions=cells["questions"].get(workshop.pk, Cell()),
            projects=cells["projects"].get(workshop.pk, Cell()),
            products=cells["products"].get(workshop.pk, Cell()),
        )
        for workshop in workshops
    ]
    for kind in KINDS:
        busiest = max((getattr(row, kind).count for row in rows), default=0)
        for row in rows:
            cell = getattr(row, kind)
            cell.level = math.ceil(4 * cell.count / busiest) if cell.count else 0
    totals = {
        "questions": public_questions().filter(themes=theme).count(),
        "projects": _visible_projects(user, theme).count(),
        "products": _visible_products(user, theme).count(),
    }
    return ThemeComparison(theme=theme, rows=rows, totals=totals)


def themes_with_counts(user) -> list[ThemeSummary]:
    """The theme vocabulary in display order, with what the user may see on each theme."""
    summaries = {theme.pk: ThemeSummary(theme) for theme in Theme.objects.filter(is_active=True)}
    sources = (
        ("questions", public_questions(), "themes"),
        ("projects", projects_visible_to(user), "themes"),
        ("products", products_visible_to(user), "themes"),
    )
    for attribute, queryset, relation in sources:
        rows = (
            queryset.filter(**{f"{relation}__isnull": False})
            .values_list(relation)
            .annotate(n=Count("pk", distinct=True))
            .order_by()
        )
        for theme_id, count in rows:
            if theme_id in summaries:
                setattr(summaries[theme_id], attribute, count)
    return list(summaries.values())


def theme_by_slug(slug: str) -> Theme | None:
    """Also a retired theme: what the werkplaatsen did on it remains worth comparing."""
    return Theme.objects.filter(slug=slug).first()
