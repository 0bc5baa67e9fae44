"""What practice asks, for those who shape education: how many practice questions came in, by
theme, by region (werkplaats) and by question type, per year and over the last twelve months;
and the teaching cases the werkplaatsen derived from them.

Counts only. Every question counts, public or not, and none is shown: no title, no word of any
question and no link to one reaches these tables, only numbers grouped by vocabulary terms,
werkplaatsen and the four question types.

Small numbers are shown as they are, not as "<3". A count names nobody and quotes nothing, and the
finest cell here is one theme, region or type in one calendar year (or the last twelve months):
no municipality, month or date. The same counts, at the same grain, are public on the monitoring
dashboards ("questions by type", for any werkplaats, theme and year), where the network already
decided that "a number says nothing about a submitter"; hiding a 1 or 2 here would protect nothing
(the dashboard shows it, and a row total minus the other cells gives it back unless more cells
were hidden), while it would make the two pages disagree and the trend of a small theme, which is
exactly what a curriculum developer looks for, unreadable.

Every table comes from one aggregate query per dimension, whatever the number of questions.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Theme, Workshop
from werkplaats.questions.constants import QuestionType
from werkplaats.questions.models import PracticeQuestion

from .models import TeachingCase

RECENT = "recent"  # the key of the last-twelve-months column
NONE = "none"  # the key of the row of questions without a theme or type yet
NEWEST_CASES = 5


@dataclass
class Line:
    """One row of a table: a theme, a region or a type, with a count per column."""

    key: str
    label: str
    cells: list[int]


@dataclass
class Table:
    key: str
    title: str
    caption: str
    note: str = ""
    lines: list[Line] = field(default_factory=list)
    totals: list[int] = field(default_factory=list)


@dataclass
class PracticeAsks:
    years: range
    columns: list[tuple[str, str]]  # (key, heading): each year, then the last twelve months
    since: datetime.date  # the first day of the last twelve months
    tables: list[Table]

    @property
    def asked(self) -> int:
        """All questions of the chosen years and filters."""
        return sum(self.tables[0].totals[: len(self.years)]) if self.tables else 0


def twelve_months_ago(now=None) -> datetime.datetime:
    now = now or timezone.now()
    return now - datetime.timedelta(days=365)


def _narrowed(records, filters: dict):
    """Questions or cases (both have themes, a werkplaats and a question type) on the chosen
    theme, in the chosen region, of the chosen type."""
    if filters.get("theme"):
        records = records.filter(themes=filters["theme"])
    if filters.get("werkplaats"):
        records = records.filter(workshop=filters["werkplaats"])
    if filters.get("type"):
        records = records.filter(question_type=filters["type"])
    return records


def questions_asked(filters: dict):
    """Every practice question, public or not, that matches the filters."""
    return _narrowed(PracticeQuestion.objects.all(), filters)


def _counted(questions, dimension: str | None, years: range, since) -> dict:
    """``{(value, year or RECENT): count}`` for one dimension (None: all questions), in one
    query. Grouped by value and year; a question of the last twelve months lies in one year, so
    summing a value's recent counts over its years counts each question once."""
    start = timezone.make_aware(datetime.datetime(years.start, 1, 1))
    end = timezone.make_aware(datetime.datetime(years.stop, 1, 1))
    in_years = Q(submitted_at__gte=start, submitted_at__lt=end)
    recent = Q(submitted_at__gte=since)
    grouping = [dimension] if dimension else []
    rows = (
        questions.filter(in_years | recent)
        .order_by()
        .annotate(year=ExtractYear("submitted_at"))
        .values_list(*grouping, "year")
        .annotate(
            n=Count("pk", filter=in_years, distinct=True),
            recent=Count("pk", filter=recent, distinct=True),
        )
    )
    counts: dict = {}
    for row in rows:
        value = row[0] if dimension else None
        year, n, recent_n = row[-3:]
        if n:
            counts[(value, year)] = counts.get((value, year), 0) + n
        counts[(value, RECENT)] = counts.get((value, RECENT), 0) + recent_n
    return counts


def _cells(counts: dict, value, columns) -> list[int]:
    return [counts.get((value, key), 0) for key, _heading in columns]


def _table(key, title, caption, terms, counts, columns, *, keep_zero=True) -> Table:
    """``terms``: (value, key, label) in the order to show; rows without any count are left out
    unless ``keep_zero`` (a theme nobody asks about is news too)."""
    table = Table(key, title, caption)
    for value, row_key, label in terms:
        cells = _cells(counts, value, columns)
        if any(cells) or keep_zero:
            table.lines.append(Line(row_key, label, cells))
    return table


def practice_asks(filters: dict, years: range, now=None) -> PracticeAsks:
    """The three tables (by theme, region and type) for the chosen filters and years."""
    since = twelve_months_ago(now)
    columns = [(year, str(year)) for year in years]
    columns.append((RECENT, str(_("Last 12 months"))))
    questions = questions_asked(filters)
    totals = _counted(questions, None, years, since)
    total_cells = _cells(totals, None, columns)

    theme_counts = _counted(questions, "themes", years, since)
    chosen = filters.get("theme")
    asked_about = {value for value, _column in theme_counts}
    themes = [
        (theme.pk, theme.slug, theme.label)
        for theme in Theme.objects.all()
        if (theme.pk == chosen.pk if chosen else theme.is_active or theme.pk in asked_about)
    ]
    if not chosen:
        themes.append((None, NONE, str(_("No theme given yet"))))
    by_theme = _table(
        "themes",
        _("By theme"),
        _("Practice questions per theme and year"),
        themes,
        theme_counts,
        columns,
    )
    by_theme.note = _(
        "A question on two themes counts under both, so the rows may add up to more than the total."
    )
    by_theme.totals = total_cells

    workshop_counts = _counted(questions, "workshop", years, since)
    region = filters.get("werkplaats")
    workshops = Workshop.objects.order_by("name").only("pk", "slug", "name")
    if region:
        workshops = workshops.filter(pk=region.pk)
    by_region = _table(
        "regions",
        _("By region"),
        _("Practice questions per werkplaats and year"),
        [(workshop.pk, workshop.slug, workshop.name) for workshop in workshops],
        workshop_counts,
        columns,
    )
    by_region.totals = total_cells

    type_counts = _counted(questions, "question_type", years, since)
    chosen_type = filters.get("type")
    types = [
        (choice.value, choice.value, str(choice.label))
        for choice in QuestionType
        if not chosen_type or choice.value == chosen_type
    ]
    by_type = _table(
        "types",
        _("By question type"),
        _("Practice questions per question type and year"),
        types,
        type_counts,
        columns,
    )
    unclassified = [0] * len(columns)
    for (value, column), count in type_counts.items():
        if value not in QuestionType.values:
            unclassified[[key for key, _h in columns].index(column)] += count
    if any(unclassified) and not chosen_type:
        by_type.lines.append(Line(NONE, str(_("Not classified yet")), unclassified))
    by_type.totals = total_cells

    return PracticeAsks(
        years=years,
        columns=columns,
        since=timezone.localtime(since).date(),
        tables=[by_theme, by_region, by_type],
    )


def _filtered_cases(cases, filters: dict):
    cases = _narrowed(cases, filters)
    level = filters.get("level")
    if level:
        cases = cases.filter(
            Q(levels=level)
            | Q(levels__startswith=f"{level},")
            | Q(levels__endswith=f",{level}")
            | Q(levels__contains=f",{level},")
        )
    return cases


def teaching_cases(visible, filters: dict):
    """The cases among ``visible`` (``permissions.cases_visible_to``) that match the filters,
    newest first, with what a list shows fetched in a fixed number of queries."""
    return (
        _filtered_cases(visible, filters)
        .select_related("workshop")
        .prefetch_related("themes")
        .order_by("-published_at", "-created_at", "pk")
    )


def newest_cases(filters: dict) -> list:
    """The newest published cases that match the filters of "what practice asks"."""
    found = teaching_cases(TeachingCase.objects.filter(is_published=True), filters)
    return list(found[:NEWEST_CASES])


def year_chart_rows(result: PracticeAsks):
    """The table by question type as rows for a stacked chart of the years (the last twelve
    months overlap the years, so they are left out of the chart; the table has them)."""
    from werkplaats.monitoring.indicators.base import Row

    by_type = result.tables[2]
    rows = []
    for index, (year, heading) in enumerate(result.columns[: len(result.years)]):
        for line in by_type.lines:
            rows.append(Row(str(year), heading, line.cells[index], line.key, line.label))
    return rows
