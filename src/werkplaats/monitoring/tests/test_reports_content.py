"""The evaluation report's content and its three renderings (HTML, PDF with typst, XLSX)."""

import tempfile
from pathlib import Path

import pytest
from django.utils import translation

from werkplaats.monitoring.constants import AttentionPoint, Overview
from werkplaats.monitoring.indicators import compute
from werkplaats.monitoring.reports import content as report_content
from werkplaats.monitoring.reports.html import render_body
from werkplaats.monitoring.reports.pdf import compile_pdf, write_charts
from werkplaats.monitoring.reports.workbook import build_workbook, sheet_title
from werkplaats.monitoring.scope import Scope

from .report_helpers import HOSTILE, PERIOD, build_network, pdf_text, workbook_text


@pytest.fixture
def network(twente, zeeland):
    return build_network(twente, zeeland)


def _pdf(content) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        charts = write_charts(content, Path(folder))
        return compile_pdf(content, Path(folder), charts)


def test_the_content_has_every_overview_and_attention_point(network, twente):
    content = report_content.build(Scope(PERIOD, twente), "Rapport")
    keys = [section.key for section in content.sections]
    assert keys[:2] == ["introduction", "central-question"]
    assert {
        "overviews",
        "question-types",
        "learning-levels",
        "attention-points",
        "network",
        "lines-of-force",
        "examples",
    } <= set(keys)
    overviews = next(s for s in content.sections if s.key == "overviews")
    assert [g.key for g in overviews.groups] == [f"overview-{o.value}" for o in Overview]
    attention = next(s for s in content.sections if s.key == "attention-points")
    assert [g.key for g in attention.groups] == [f"attention-{p.value}" for p in AttentionPoint]


def test_every_figure_of_the_scope_is_shown_in_full_somewhere(network, twente):
    scope = Scope(PERIOD, twente)
    content = report_content.build(scope, "Rapport")
    shown = {f.key for s in content.sections for g in s.groups for f in g.figures}
    assert shown == {figure.key for figure in compute(scope)}


def test_the_figures_equal_compute_for_the_same_scope(network, twente):
    scope = Scope(PERIOD, twente, internal=True)
    content = report_content.build(scope, "Rapport")
    assert [f.as_dict() for f in content.figures] == [f.as_dict() for f in compute(scope)]


def test_practice_examples_are_only_published_articles_and_open_reflections(network, twente):
    content = report_content.build(Scope(PERIOD, twente, internal=True), "Rapport")
    examples = next(s for s in content.sections if s.key == "examples")
    titles = [e.title for g in examples.groups for e in g.examples]
    excerpts = " ".join(e.excerpt for g in examples.groups for e in g.examples)
    assert HOSTILE in titles
    assert "Open leergemeenschap: Maart" in titles
    assert "Vaste momenten helpen bewoners." in excerpts
    for marker in ("GEHEIMCONCEPTARTIKEL", "GEHEIMEREFLECTIE", "GEHEIMNIETGEPUBLICEERD"):
        assert marker not in " ".join(titles) + excerpts


def test_the_html_body_includes_the_figure_component_for_each_figure(network, twente):
    content = report_content.build(Scope(PERIOD, twente), "Rapport")
    html = render_body(content)
    assert html.count('class="monitoring-figure"') >= len(content.figures)
    for figure in content.figures:
        assert str(figure.indicator.definition)[:40] in html.replace("&#x27;", "'")
    assert 'id="section-overviews"' in html
    assert "<script>" not in html  # charts are JSON data drawn by charts.js, no inline script


def test_the_pdf_has_a_title_page_contents_page_numbers_and_the_totals(network, twente):
    with translation.override("en"):
        content = report_content.build(Scope(PERIOD, twente), "Evaluatierapport Twente")
        data = _pdf(content)
    reader, text = pdf_text(data)
    assert len(reader.pages) > 3
    assert "Evaluatierapport Twente" in reader.pages[0].extract_text()
    assert "Contents" in reader.pages[1].extract_text()
    outline_titles = [item["/Title"] for item in reader.outline if not isinstance(item, list)]
    assert "The six overviews" in " ".join(outline_titles)
    assert "Page 2" in reader.pages[2].extract_text()
    flat = " ".join(text.split())
    for figure in content.figures:
        if figure.total is not None:
            total = report_content.display(figure.total, figure.indicator.unit)
            assert " ".join(total.split()) in flat, figure.key


def test_the_pdf_prints_hostile_text_as_written(twente, zeeland):
    twente.name = HOSTILE
    twente.save()
    build_network(twente, zeeland)
    content = report_content.build(Scope(PERIOD, twente), f"Rapport {HOSTILE}")
    reader, text = pdf_text(_pdf(content))
    flat = "".join(text.split())
    # The title page carries the hostile title whole: nothing was read as markup.
    assert "".join(f"Rapport {HOSTILE}".split()) in "".join(reader.pages[0].extract_text().split())
    assert "".join(HOSTILE.split()) in flat  # the dossier article's title, as an example
    assert reader.pages[0].mediabox.width > 500  # '#set page(width: 1cm)' did nothing


def test_the_workbook_has_a_sheet_per_overview_with_the_values_of_compute(network, twente):
    scope = Scope(PERIOD, twente, internal=True)
    with translation.override("en"):
        content = report_content.build(scope, "Report")
        book, _text = workbook_text(build_workbook(content))
        names = book.sheetnames
        for overview in Overview:
            assert sheet_title(overview.label, set()) in names
        assert {"Attention points", "Network", "Definitions"} <= set(names)
        for overview in Overview:
            sheet = book[sheet_title(overview.label, set())]
            figures = [f for f in compute(scope) if f.indicator.overview == overview]
            values = _sheet_values(sheet)
            for figure in figures:
                data = figure.as_dict()
                for row in data["rows"]:
                    assert (data["name"], row["label"], row["series_label"]) in values
                    cell = values[(data["name"], row["label"], row["series_label"])]
                    assert isinstance(cell, int | float)
                    assert cell == row["value"]
        definitions = [row[0] for row in book["Definitions"].iter_rows(min_row=2, values_only=True)]
        assert definitions == [f.key for f in compute(scope)]


def _sheet_values(sheet) -> dict:
    """(figure name, row label, series label) → value, read back from a figure sheet."""
    values, name, in_rows = {}, None, False
    for row in sheet.iter_rows(values_only=True):
        first = row[0] if row else None
        if first is None:
            in_rows = False
            continue
        if len(row) == 1 or all(v is None for v in row[1:]):
            name = first
            continue
        if first == "What":
            in_rows = True
            continue
        if in_rows and first != "Total":
            values[(name, first, row[1] or "")] = row[2]
    return values


def test_sheet_titles_are_safe_and_unique():
    taken = set()
    assert sheet_title("Leer-, ontwikkel- en onderzoeksvormen: alle [vormen]?", taken) == (
        "Leer-, ontwikkel- en onderzoeks"
    )
    assert sheet_title("Leer-, ontwikkel- en onderzoeksvormen", taken).endswith("(2)")
