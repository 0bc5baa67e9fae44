"""How an indicator is defined: once, with its name, a plain definition shown to readers, where it
belongs in the evaluation's frame, and the queries behind it.

An indicator module writes::

    @indicator(
        key="questions-by-type",
        name=_("Questions by type"),
        definition=_("Practice questions submitted in the period, by the four question types."),
        line=LineOfForce.CONTENT,
        levels=(LearningLevel.PRACTICES,),
    )
    def questions_by_type(scope):
        ...
        return Result(rows=[Row("action", "Action question", 12), ...], total=30)

    @questions_by_type.records
    def _(scope, row_key):
        return <queryset of the records behind one row, only those the scope may list>

``compute`` functions run a fixed number of aggregate queries, whatever the size of the network.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlencode

from django.db.models import QuerySet
from django.urls import reverse

from ..constants import AttentionPoint, LineOfForce, Overview, Unit
from ..scope import Scope

Number = int | float | Decimal


@dataclass
class Row:
    """One bar, one line of the table: ``key`` is stable (a slug or a choice value), ``label`` is
    what readers see. ``series`` splits a row in a stacked chart (e.g. new and lasting partners)."""

    key: str
    label: str
    value: Number
    series: str = ""
    series_label: str = ""


@dataclass
class Result:
    rows: list[Row] = field(default_factory=list)
    total: Number | None = None
    note: str = ""


@dataclass
class Figure:
    """An indicator measured over a scope."""

    indicator: "Indicator"
    scope: Scope
    rows: list[Row]
    total: Number | None
    note: str = ""

    @property
    def key(self) -> str:
        return self.indicator.key

    def value_of(self, row_key: str, series: str = "") -> Number | None:
        for row in self.rows:
            if row.key == row_key and row.series == series:
                return row.value
        return None

    def trace_url(self, row_key: str = "") -> str | None:
        """The list of the records behind the figure (or one row of it), or None when the
        indicator has no records to list (e.g. a ratio)."""
        if self.indicator.records_for is None:
            return None
        query = self.scope.query()
        if row_key:
            query["row"] = row_key
        url = reverse("monitoring:records", kwargs={"key": self.indicator.key})
        return f"{url}?{urlencode(query)}"

    def as_dict(self) -> dict:
        """Plain data: what the API, the workbook and the tests compare."""
        return {
            "key": self.indicator.key,
            "name": str(self.indicator.name),
            "definition": str(self.indicator.definition),
            "line_of_force": self.indicator.line.value,
            "learning_levels": [level.value for level in self.indicator.levels],
            "overview": self.indicator.overview.value if self.indicator.overview else None,
            "attention_point": (
                self.indicator.attention.value if self.indicator.attention else None
            ),
            "unit": self.indicator.unit.value,
            "total": _plain(self.total),
            "note": str(self.note),
            "rows": [
                {
                    "key": row.key,
                    "label": str(row.label),
                    "value": _plain(row.value),
                    "series": row.series,
                    "series_label": str(row.series_label),
                }
                for row in self.rows
            ],
        }


def _plain(value):
    if isinstance(value, Decimal):
        return float(value)
    return value


@dataclass(eq=False)
class Indicator:
    key: str
    name: str
    definition: str
    line: LineOfForce
    compute_result: Callable[[Scope], Result]
    levels: tuple = ()
    overview: Overview | None = None
    attention: AttentionPoint | None = None
    unit: Unit = Unit.COUNT
    internal: bool = False  # only for viewers who may see a werkplaats's internal records
    chart: str = "bar"  # "bar", "stacked" (rows with series) or "none" (a table only)
    records_for: Callable[[Scope, str], QuerySet] | None = None

    def records(self, function: Callable[[Scope, str], QuerySet]):
        """Decorator: the records behind the figure, for the trace list."""
        self.records_for = function
        return function

    def visible_in(self, scope: Scope) -> bool:
        return scope.internal or not self.internal

    def compute(self, scope: Scope) -> Figure:
        result = self.compute_result(scope)
        return Figure(self, scope, result.rows, result.total, result.note)


REGISTRY: dict[str, Indicator] = {}


def indicator(*, key: str, **definition) -> Callable[[Callable[[Scope], Result]], Indicator]:
    def register(function: Callable[[Scope], Result]) -> Indicator:
        if key in REGISTRY:
            raise ValueError(f"indicator {key!r} is defined twice")
        REGISTRY[key] = Indicator(key=key, compute_result=function, **definition)
        return REGISTRY[key]

    return register
