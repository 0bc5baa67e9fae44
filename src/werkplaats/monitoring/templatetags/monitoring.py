"""Template tags of the monitoring pages. Load with ``{% load monitoring %}``.

- ``{% figure_view figure compare spec_id as view %}``: what ``components/figure.html`` shows of one
  figure: its chart specification, the table rows (with the compared period and the change, when
  there is one) and every value formatted in its unit, each linked to the records behind it.
- ``{{ value|figure_value:unit }}``: a number in its unit ("1.234", "45,0 %", "€ 12.500").
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django import template
from django.urls import NoReverseMatch
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from ..charts import chart_spec
from ..constants import Unit

register = template.Library()

DECIMALS = {Unit.COUNT: 0, Unit.DAYS: 1, Unit.SHARE: 1, Unit.EURO: 0, Unit.RATIO: 2}


def format_value(value, unit=Unit.COUNT) -> str:
    if value is None:
        return "–"
    if isinstance(value, Decimal):
        value = float(value)
    unit = Unit(unit) if unit else Unit.COUNT
    decimals = DECIMALS[unit]
    if unit in (Unit.COUNT, Unit.DAYS, Unit.RATIO) and float(value).is_integer():
        decimals = 0
    text = number_format(round(value, decimals), decimal_pos=decimals, force_grouping=True)
    if unit == Unit.SHARE:
        return f"{text}\N{NO-BREAK SPACE}%"
    if unit == Unit.EURO:
        return f"€\N{NO-BREAK SPACE}{text}"
    return text


def format_change(earlier, later, unit) -> str:
    if earlier is None or later is None:
        return "–"
    change = float(later) - float(earlier)
    if change == 0:
        return "0"
    sign = "+" if change > 0 else "\N{MINUS SIGN}"
    return sign + format_value(abs(change), unit)


@register.filter
def figure_value(value, unit=Unit.COUNT) -> str:
    return format_value(value, unit)


@dataclass
class Cell:
    text: str
    url: str | None = None
    period: str = ""


@dataclass
class TableRow:
    label: str
    series_label: str
    cells: list[Cell]
    change: str = ""


@dataclass
class FigureView:
    anchor: str
    chart_id: str
    spec: dict | None
    periods: list[str]
    rows: list[TableRow] = field(default_factory=list)
    totals: list[Cell] = field(default_factory=list)
    total_change: str = ""
    has_series: bool = False
    compared: bool = False


@register.simple_tag
def figure_view(figure, compare=None, spec_id="") -> FigureView:
    """One figure, and optionally the same indicator over another period, as a chart and a table.

    The table's columns run from the earlier period to the later, and the change is later minus
    earlier, whichever of the two the page asked for first."""
    unit = figure.indicator.unit
    ordered = [figure] if compare is None else sorted([figure, compare], key=_period_of)
    view = FigureView(
        anchor=f"{spec_id}-figure" if spec_id else f"figure-{figure.key}",
        chart_id=spec_id or f"chart-{figure.key}",
        spec=chart_spec(figure, compare),
        periods=[item.scope.period.label for item in ordered],
        has_series=any(row.series for item in ordered for row in item.rows),
        compared=compare is not None,
    )
    labels = {}  # the page's own figure sets the order of the rows
    for item in [figure] if compare is None else [figure, compare]:
        for row in item.rows:
            labels.setdefault((row.key, row.series), (row.label, row.series_label))
    for (key, series), (label, series_label) in labels.items():
        values = [item.value_of(key, series) for item in ordered]
        cells = [
            Cell(format_value(value, unit), _trace(item, key) if value is not None else None)
            for item, value in zip(ordered, values, strict=True)
        ]
        change = format_change(values[0], values[-1], unit) if compare is not None else ""
        view.rows.append(TableRow(str(label), str(series_label or series), cells, change))
    if any(item.total is not None for item in ordered):
        view.totals = [
            Cell(format_value(item.total, unit), _trace(item), item.scope.period.label)
            for item in ordered
        ]
        if compare is not None:
            view.total_change = format_change(ordered[0].total, ordered[-1].total, unit)
    return view


def _trace(figure, row_key=""):
    """The trace list's address; None while the trace lists are not installed."""
    try:
        return figure.trace_url(row_key)
    except NoReverseMatch:
        return None


def _period_of(figure):
    return figure.scope.period


@register.simple_tag
def change_heading(view) -> str:
    return _("Change from %(earlier)s to %(later)s") % {
        "earlier": view.periods[0],
        "later": view.periods[-1],
    }
