"""One chart specification (Vega-Lite) per figure: drawn interactively in the browser by
``static/monitoring/charts.js`` and as static SVG (for the PDF report) by ``vl-convert``.

Every chart is a horizontal bar chart of the figure's rows; with a comparison the bars of the two
periods stand side by side, and rows with a ``series`` stack. A chart is never the only way to read a
figure: the page puts the table of the same rows next to it.
"""

import functools
import json

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .indicators.base import Figure

VEGA_LITE_VERSION = "6.4"
SCHEMA = f"https://vega.github.io/schema/vega-lite/v{VEGA_LITE_VERSION.split('.')[0]}.json"
WIDTH = 520
BAR_HEIGHT = 22
#: A chart shows at most this many bars (the largest); the table beside it lists every row. More
#: bars are unreadable, and drawing hundreds takes seconds.
MAX_BARS = 15
#: Colours with at least 3:1 contrast against white, told apart by lightness too.
COLOURS = ["#1f5f8b", "#d9822b", "#3d8b37", "#8b3d7a", "#6b6b6b"]


def chart_values(figure: Figure, period_label: str = "") -> list[dict]:
    return [
        {
            "label": str(row.label),
            "value": float(row.value or 0),
            "series": str(row.series_label or row.series or ""),
            "period": period_label,
        }
        for row in figure.rows
    ]


def chart_spec(figure: Figure, compare: Figure | None = None) -> dict | None:
    """The Vega-Lite specification of a figure (and, optionally, the same figure for another
    period), or None when the indicator has no chart."""
    if figure.indicator.chart == "none" or not figure.rows:
        return None
    values = chart_values(figure, figure.scope.period.label)
    if compare is not None:
        values += chart_values(compare, compare.scope.period.label)
    labels = list(dict.fromkeys(item["label"] for item in values))
    shown = labels
    if len(labels) > MAX_BARS:
        sizes = {label: 0.0 for label in labels}
        for item in values:
            sizes[item["label"]] += abs(item["value"])
        largest = set(sorted(labels, key=lambda label: -sizes[label])[:MAX_BARS])
        shown = [label for label in labels if label in largest]
        values = [item for item in values if item["label"] in largest]
    unit = str(figure.indicator.unit.label)
    encoding = {
        "y": {"field": "label", "type": "nominal", "sort": shown, "title": None},
        "x": {"field": "value", "type": "quantitative", "title": unit},
        "tooltip": [
            {"field": "label", "type": "nominal", "title": _("What")},
            {"field": "value", "type": "quantitative", "title": unit},
        ],
    }
    stacked = figure.indicator.chart == "stacked" and any(row.series for row in figure.rows)
    if stacked:
        encoding["color"] = _colour("series", _("Kind"))
        encoding["tooltip"].append({"field": "series", "type": "nominal", "title": _("Kind")})
    if compare is not None:
        encoding["yOffset"] = {"field": "period", "type": "nominal"}
        if not stacked:
            encoding["color"] = _colour("period", _("Period"))
        encoding["tooltip"].append({"field": "period", "type": "nominal", "title": _("Period")})
    rows = len(shown) * (2 if compare is not None else 1)
    spec = {
        "$schema": SCHEMA,
        "description": str(figure.indicator.name),
        "width": WIDTH,
        "height": max(BAR_HEIGHT * rows, BAR_HEIGHT * 2),
        "data": {"values": values},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": encoding,
        "config": {
            "font": "sans-serif",
            "axis": {"labelFontSize": 12, "titleFontSize": 12, "labelLimit": 260},
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "bottom"},
            "view": {"stroke": None},
            "locale": _locale(),
        },
    }
    if len(shown) < len(labels):
        spec["usermeta"] = {"shown": len(shown), "of": len(labels)}
    return spec


def _locale() -> dict:
    """Numbers on the axes as the reader writes them: 100.000 in Dutch, 100,000 in English."""
    if (get_language() or "nl").startswith("nl"):
        return {
            "number": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]}
        }
    return {"number": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["€", ""]}}


def _colour(field: str, title: str) -> dict:
    return {
        "field": field,
        "type": "nominal",
        "title": title,
        "scale": {"range": COLOURS},
    }


def render_svg(spec: dict) -> str:
    """The chart as a standalone SVG document (vector graphics for the PDF)."""
    return _render(json.dumps(spec, sort_keys=True, ensure_ascii=False))


@functools.lru_cache(maxsize=512)
def _render(spec_json: str) -> str:
    import vl_convert

    return vl_convert.vegalite_to_svg(json.loads(spec_json), vl_version=VEGA_LITE_VERSION)
