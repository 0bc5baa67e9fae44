"""The werkplaats dashboard in Chromium over the demo network: the charts are drawn, two periods
are compared through the form, axe-core finds no WCAG 2.1 AA violations, and without JavaScript the
tables carry every figure."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .test_accessibility import WCAG_21_AA, violations_report

pytestmark = pytest.mark.browser

axe = Axe()
WORKSHOP = "twente"


def assert_no_violations(page):
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(page.url, results)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_werkplaats_dashboard_draws_its_charts_and_compares_two_periods(page, site, language):
    page.goto(site.address("monitoring:workshop", language, slug=WORKSHOP))
    page.wait_for_selector(".chart-canvas svg")
    assert page.locator("figure[data-chart]").count() > 0
    page.wait_for_function(
        "document.querySelectorAll('figure[data-chart]').length"
        " === document.querySelectorAll('figure.chart-drawn').length"
    )
    assert_no_violations(page)

    page.select_option("#id_period", "2023-2026")
    page.select_option("#id_compare", "2020-2022")
    page.locator("form.filters button[type=submit]").click()

    page.wait_for_selector(".figure-table thead th:has-text('2020-22')")
    assert "compare=2020-2022" in page.url
    header = page.locator(".figure-table thead").first.inner_text()
    assert "2020-22" in header and "2023-26" in header
    page.wait_for_selector(".chart-canvas svg")
    assert_no_violations(page)


def test_the_dashboard_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    try:
        page = context.new_page()
        response = page.goto(
            site.address("monitoring:workshop", slug=WORKSHOP)
            + "?period=2023-2026&compare=2020-2022"
        )

        assert response is not None and response.status == 200
        assert page.locator(".chart-canvas svg").count() == 0
        assert (
            page.locator("table.figure-table").count()
            >= page.locator("figure[data-chart]").count()
            > 0
        )
        assert page.locator("table.figure-table tbody a").count() > 0
    finally:
        context.close()


def test_the_dashboard_needs_no_horizontal_scrolling_at_320_pixels(browser, site):
    context = browser.new_context(locale="nl-NL", viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        page.goto(site.address("monitoring:workshop", slug=WORKSHOP))
        page.wait_for_selector(".chart-canvas svg")

        width = page.evaluate("document.documentElement.scrollWidth")

        assert width <= 320, f"the dashboard is {width} px wide at a 320 px viewport"
    finally:
        context.close()
