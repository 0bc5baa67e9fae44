"""The regional comparison by theme in Chromium: the theme list and a theme page over the demo
network (with its library) pass axe-core in Dutch and English and need no horizontal scrolling
at 320 pixels."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from werkplaats.library.demo import load_demo_library

from .test_accessibility import WCAG_21_AA, violations_report

pytestmark = pytest.mark.browser

axe = Axe()
THEME = "eenzaamheid"


@pytest.fixture
def library(site, django_db_blocker):
    """The demo library (a no-op once ``werkplaats demo`` loads it; the site restores the
    database when the package is done)."""
    with django_db_blocker.unblock():
        load_demo_library()


def assert_no_violations(page):
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(page.url, results)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_theme_list_and_a_theme_page_pass_axe(page, site, library, language):
    page.goto(site.address("network:theme_list", language))
    assert page.locator("main tbody tr").count() >= 18
    assert_no_violations(page)

    page.locator(f"main tbody a[href$='/{THEME}/']").click()
    assert page.locator(".theme-card").count() == page.locator("main tbody tr").count()
    assert page.locator(".theme-card:not(.theme-card-empty) .theme-recent a").count() > 0
    assert_no_violations(page)


@pytest.mark.parametrize("name", ["network:theme_list", "network:theme"])
def test_the_theme_pages_need_no_horizontal_scrolling_at_320_pixels(browser, site, library, name):
    context = browser.new_context(locale="nl-NL", viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        kwargs = {"slug": THEME} if name == "network:theme" else {}
        page.goto(site.address(name, **kwargs))

        width = page.evaluate("document.documentElement.scrollWidth")

        assert width <= 320, f"{name} is {width} px wide at a 320 px viewport"
    finally:
        context.close()
