"""The issue's promise: the dashboard, the API and the PDF report show the same figures.

Cor, coordinator of Twente, opens the dashboard of his werkplaats for 2023-26, reads the same scope
through the API, requests the report through the site and downloads its PDF; every figure's total
and every row's value must be the same in all three.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from lxml import html as lxml_html

from werkplaats.monitoring.models import EvaluationReport
from werkplaats.monitoring.reports.content import display

from .report_helpers import PERIOD, build_network, pdf_text

QUERY = {"period": PERIOD.key}


@pytest.fixture
def network(twente, zeeland):
    return build_network(twente, zeeland)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _dashboard_figures(page: str) -> dict[str, dict]:
    """Per figure article: its total and each table row's label and first value."""
    tree = lxml_html.fromstring(page)
    figures = {}
    for article in tree.xpath('//article[contains(@class, "monitoring-figure")]'):
        key = article.get("id").removeprefix("figure-")
        total = article.xpath('.//*[contains(@class, "figure-total-value")]')
        rows = {}
        for row in article.xpath('.//table[contains(@class, "figure-table")]/tbody/tr'):
            label = _flat(row.xpath("./th")[0].text_content())
            cells = row.xpath('./td[contains(@class, "number")]')
            rows.setdefault(label, []).append(_flat(cells[0].text_content()))
        figures[key] = {
            "total": _flat(total[0].text_content()) if total else None,
            "rows": rows,
        }
    return figures


def test_the_dashboard_the_api_and_the_pdf_report_agree(
    client, cor, network, twente, django_capture_on_commit_callbacks
):
    client.force_login(cor)
    with translation.override("nl"):
        page = client.get(reverse("monitoring:workshop", args=["twente"]), QUERY)
    assert page.status_code == 200
    dashboard = _dashboard_figures(page.content.decode())

    api = client.get("/api/v1/indicators/", {**QUERY, "werkplaats": "twente"}).json()
    assert api["scope"]["internal"] is True
    figures = api["results"]
    assert len(figures) >= 25

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("monitoring:reports"),
            {"werkplaats": "twente", "period": PERIOD.key, "audience": "internal"},
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    report = EvaluationReport.objects.get(workshop=twente)
    assert report.status == "done", report.error
    pdf = client.get(reverse("monitoring:report_file", args=[report.uuid, "pdf"]))
    assert pdf.status_code == 200
    reader, text = pdf_text(b"".join(pdf.streaming_content) if pdf.streaming else pdf.content)
    assert len(reader.pages) > 3
    flat_pdf = _flat(text)

    compared = 0
    for figure in figures:
        shown = dashboard[figure["key"]]
        unit = figure["unit"]
        if figure["total"] is not None:
            total = _flat(display(figure["total"], unit))
            assert shown["total"] == total, figure["key"]
            assert total in flat_pdf, figure["key"]
        for row in figure["rows"]:
            value = _flat(display(row["value"], unit))
            assert value in shown["rows"][_flat(row["label"])], (figure["key"], row)
            # In the PDF the row's label is followed by its value (with its kind in between
            # for rows of a stacked figure).
            kind = re.escape(_flat(row["series_label"])) + " " if row["series_label"] else ""
            pattern = re.escape(_flat(row["label"])) + " " + kind + re.escape(value)
            assert re.search(pattern, flat_pdf), (figure["key"], row, pattern)
            compared += 1
    assert compared >= 60
