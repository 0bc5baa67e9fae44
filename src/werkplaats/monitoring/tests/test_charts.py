from xml.etree import ElementTree

from django.utils import translation

from werkplaats.monitoring.charts import MAX_BARS, chart_spec, render_svg
from werkplaats.monitoring.constants import LineOfForce
from werkplaats.monitoring.indicators.base import Figure, Indicator, Result, Row
from werkplaats.monitoring.periods import Period
from werkplaats.monitoring.scope import Scope

LATER = Period(2023, 2026)


def _figure(rows, period=LATER, chart="bar"):
    indicator = Indicator(
        key="test-figure",
        name="Test figure",
        definition="Counted for a test.",
        line=LineOfForce.FORM,
        compute_result=lambda scope: Result(rows),
        chart=chart,
    )
    return Figure(indicator, Scope(period=period), rows, sum(row.value for row in rows))


def test_a_chart_holds_every_row_of_a_short_figure():
    spec = chart_spec(_figure([Row("a", "Alpha", 3), Row("b", "Beta", 5)]))
    assert [item["label"] for item in spec["data"]["values"]] == ["Alpha", "Beta"]
    assert "usermeta" not in spec


def test_a_chart_of_a_long_figure_shows_the_largest_rows_and_says_so():
    rows = [Row(f"r{n}", f"Row {n}", n) for n in range(40)]
    spec = chart_spec(_figure(rows))
    labels = [item["label"] for item in spec["data"]["values"]]
    assert len(labels) == MAX_BARS
    assert set(labels) == {f"Row {n}" for n in range(40 - MAX_BARS, 40)}
    assert spec["usermeta"] == {"shown": MAX_BARS, "of": 40}


def test_a_comparison_puts_both_periods_in_one_chart():
    later = _figure([Row("a", "Alpha", 3)])
    earlier = _figure([Row("a", "Alpha", 1)], period=Period(2020, 2022))
    spec = chart_spec(later, earlier)
    assert {item["period"] for item in spec["data"]["values"]} == {"2023-26", "2020-22"}
    assert spec["encoding"]["yOffset"]["field"] == "period"


def test_a_figure_without_a_chart_has_no_spec():
    assert chart_spec(_figure([Row("a", "Alpha", 3)], chart="none")) is None
    assert chart_spec(_figure([])) is None


def test_the_static_chart_is_an_svg_document_with_the_labels():
    svg = render_svg(chart_spec(_figure([Row("a", "Wijkteams", 3), Row("b", "Één", 5)])))
    root = ElementTree.fromstring(svg)
    assert root.tag.endswith("svg")
    assert "Wijkteams" in svg and "Één" in svg


def test_the_axes_write_numbers_as_the_reader_does():
    rows = [Row("a", "Gemeente", 700000)]
    with translation.override("nl"):
        assert "700.000" in render_svg(chart_spec(_figure(rows)))
    with translation.override("en"):
        assert "700,000" in render_svg(chart_spec(_figure(rows)))
