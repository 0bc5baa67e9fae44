"""The report as a PDF, typeset by typst: a title page, a table of contents, page numbers, a
heading per section and every figure as a table and as its chart (vector graphics).

Text is never written into typst markup: ``report.typ`` is a fixed template that reads the whole
report from ``data.json`` and inserts every text as a string, which typst prints as written. So
user text with ``#``, ``*``, ``_``, ``$``, ``<``, ``@`` or backslashes cannot change the document.
Typst's built-in fonts (Libertinus Serif) are used, not the machine's, so every server typesets
the same PDF; they cover the Dutch diacritics (é, ë, ï, ö, ü) and the euro sign.
"""

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .. import charts
from ..indicators.base import Figure
from .content import ReportContent, display, site_url

TEMPLATE = Path(__file__).with_name("report.typ")


def _labels() -> dict[str, str]:
    return {
        "contents": _("Contents"),
        "page": _("Page"),
        "definition": _("Definition:"),
        "total": _("Total:"),
        "what": _("What"),
        "kind": _("Kind"),
        "figure": _("Figure"),
        "nothing": _("Nothing to count in this period."),
        "no_examples": _("None published in this period."),
        "no_figures": _("No figures here yet."),
        "drawing": _("The network of werkplaatsen: ties are thicker the more they share."),
    }


def _figure_data(figure: Figure, chart: str | None) -> dict:
    unit = figure.indicator.unit
    return {
        "name": str(figure.indicator.name),
        "definition": str(figure.indicator.definition),
        "unit": str(unit.label),
        "total": display(figure.total, unit) if figure.total is not None else None,
        "note": str(figure.note or ""),
        "has_series": any(row.series for row in figure.rows),
        "rows": [
            {
                "label": str(row.label),
                "series": str(row.series_label or row.series or ""),
                "value": display(row.value, unit),
            }
            for row in figure.rows
        ],
        "chart": chart,
    }


def write_charts(
    content: ReportContent, folder: Path, progress: Callable[[int, int], None] | None = None
) -> dict[str, str]:
    """Every figure's chart as an SVG file in ``folder``; returns figure key → file name."""
    names: dict[str, str] = {}
    with_chart = [(f, spec) for f in content.figures if (spec := charts.chart_spec(f))]
    for number, (figure, spec) in enumerate(with_chart, start=1):
        name = f"chart-{number:03d}.svg"
        (folder / name).write_text(charts.render_svg(spec), encoding="utf-8")
        names[figure.key] = name
        if progress:
            progress(number, len(with_chart))
    return names


def document_data(content: ReportContent, chart_files: dict[str, str], drawing: str | None):
    audience = (
        _("Internal report: it counts records that are not public. Do not share it.")
        if content.scope.internal
        else _("Public report: published records only; no person is named.")
    )
    return {
        "lang": (get_language() or "nl").split("-")[0],
        "labels": _labels(),
        "title": content.title,
        "subtitle": content.subtitle + (f" · {content.scope.theme}" if content.scope.theme else ""),
        "audience_note": audience,
        "made": _("Made on %(when)s by the werkplaats platform.") % {"when": content.generated_at},
        "sections": [
            {
                "title": str(section.title),
                "paragraphs": [str(text) for text in section.paragraphs],
                "drawing": drawing if section.key == "network" and drawing else None,
                "groups": [
                    {
                        "title": str(group.title),
                        "text": str(group.text),
                        "summary": [
                            {"name": row.name, "total": row.total} for row in group.summary
                        ],
                        "figures": [
                            _figure_data(figure, chart_files.get(figure.key))
                            for figure in group.figures
                        ],
                        "is_examples": section.key == "examples",
                        "examples": [
                            {
                                "title": example.title,
                                "excerpt": example.excerpt,
                                "url": site_url(example.url),
                                "date": example.date,
                            }
                            for example in group.examples
                        ],
                    }
                    for group in section.groups
                ],
            }
            for section in content.sections
        ],
    }


def compile_pdf(content: ReportContent, folder: Path, chart_files: dict[str, str]) -> bytes:
    """Writes the data and the template into ``folder`` (which holds the charts) and typesets."""
    import typst

    drawing = None
    if content.drawing_svg:
        drawing = "network.svg"
        (folder / drawing).write_text(content.drawing_svg, encoding="utf-8")
    data = document_data(content, chart_files, drawing)
    (folder / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    source = folder / "report.typ"
    shutil.copyfile(TEMPLATE, source)
    return typst.compile(str(source), root=str(folder), ignore_system_fonts=True)
