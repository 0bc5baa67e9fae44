"""Search in Chromium over the demo network: from the header box to results with marked words,
narrowing by a facet (the filter in the address) and back, an empty result with suggestions,
keyboard only, axe-core in Dutch and English, and no horizontal scrolling at 320 pixels."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from .test_accessibility import WCAG_21_AA, violations_report

pytestmark = pytest.mark.browser

QUERY = "eenzaamheid ouderen"
NOTHING = "ruimtevaartuigen"

axe = Axe()


def assert_no_violations(page):
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(page.url, results)


def search_address(site, language="nl", **params) -> str:
    from urllib.parse import urlencode

    return site.address("search:results", language) + "?" + urlencode(params, doseq=True)


def total(page) -> int:
    """The number in the results heading ("12 resultaten" / "12 results")."""
    match = re.search(r"\d+", page.locator("#results-title").inner_text())
    assert match, page.locator("#results-title").inner_text()
    return int(match.group())


def query_of(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def focused(page) -> dict:
    return page.evaluate(
        "() => ({id: document.activeElement.id, href: document.activeElement.getAttribute('href')"
        " || ''})"
    )


def tab_until(page, test, limit: int = 80) -> dict:
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if test(now):
            return now
    raise AssertionError(f"no element matching the test after {limit} tab stops")


def test_a_visitor_searches_from_the_header_and_narrows_by_a_werkplaats(page, site):
    page.goto(site.address("network:home"))
    page.locator("#header-q").fill(QUERY)
    page.locator("#header-q").press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q="))
    assert query_of(page)["q"] == [QUERY]

    hits = page.locator("li.search-hit")
    assert hits.count() > 1
    marked = page.locator("li.search-hit mark").all_inner_texts()
    assert marked, "no word is marked in the results"
    assert all(re.match(r"(?i)(eenza|oude)", word) for word in marked), marked
    before = total(page)
    assert before > 1

    # Several werkplaatsen found; choosing one shows as many results as its count said.
    werkplaatsen = page.locator("aside.facets a[href*='workshop=']:not([aria-current])")
    assert werkplaatsen.count() > 1, "the results come from one werkplaats only"
    link = werkplaatsen.first
    expected = int(re.search(r"\((\d+)\)", link.inner_text()).group(1))
    link.click()
    page.wait_for_url(re.compile(r"workshop="))
    chosen = query_of(page)["workshop"]
    assert len(chosen) == 1 and query_of(page)["q"] == [QUERY]
    assert total(page) == expected < before
    selected = page.locator("aside.facets a[aria-current='true']")
    assert selected.count() == 1

    # The search box keeps the filter when searching again.
    assert page.locator(f"main form input[type='hidden'][value='{chosen[0]}']").count() == 1

    selected.click()
    page.wait_for_url(lambda url: "workshop=" not in url)
    assert total(page) == before
    assert page.locator("aside.facets a[aria-current='true']").count() == 0


def test_a_kind_facet_and_page_two_keep_each_other(page, site):
    page.goto(search_address(site, q="wijk"))
    assert total(page) > 20, "the demo has too few items about 'wijk' for a second page"
    page.locator("nav.pagination a[rel='next']").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert page.locator("li.search-hit").count() > 0
    kinds = page.locator("aside.facets a[href*='kind=']:not([aria-current])")
    assert kinds.count() > 1
    kinds.first.click()
    page.wait_for_url(re.compile(r"kind="))
    assert "page" not in query_of(page), "choosing a filter goes back to the first page"
    assert page.locator("li.search-hit").count() > 0


def test_an_empty_result_suggests_what_to_try(page, site):
    page.goto(site.address("network:home"))
    page.locator("#header-q").fill(NOTHING)
    page.locator("#header-q").press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q="))
    assert total(page) == 0
    assert page.locator("li.search-hit").count() == 0
    assert page.locator(".empty-result li").count() >= 2
    assert page.locator("#search-q").input_value() == NOTHING


def test_searching_and_narrowing_works_with_the_keyboard_only(page, site):
    page.goto(site.address("network:home"))
    tab_until(page, lambda now: now["id"] == "header-q")
    page.keyboard.type(QUERY)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q="))
    before = total(page)
    assert before > 1

    tab_until(page, lambda now: "workshop=" in now["href"])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"workshop="))
    assert total(page) < before

    # A facet link reached by keyboard shows a visible focus indicator.
    tab_until(page, lambda now: "kind=" in now["href"])
    outline = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0; }"
    )
    assert outline, "the focused facet link has no visible focus indicator"


@pytest.mark.parametrize(
    "language,params",
    [
        ("nl", {"q": QUERY}),
        ("nl", {"q": QUERY, "kind": "projects"}),
        ("nl", {"q": NOTHING}),
        ("nl", {"q": "de het een"}),
        ("nl", {"q": "eenzaamh"}),
        ("nl", {}),
        ("en", {"q": QUERY}),
        ("en", {"q": NOTHING}),
    ],
)
def test_the_search_pages_pass_axe(page, site, language, params):
    response = page.goto(search_address(site, language, **params))
    assert response is not None and response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert_no_violations(page)


@pytest.mark.parametrize("params", [{"q": QUERY}, {"q": NOTHING}, {"q": QUERY, "kind": "projects"}])
def test_the_search_page_needs_no_horizontal_scrolling_at_320_pixels(browser, site, params):
    context = browser.new_context(locale="nl-NL", viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        page.goto(search_address(site, **params))
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"the search page {params} is {width} px wide at a 320 px viewport"
        # The header search box is usable at this width too.
        box = page.locator("#header-q").bounding_box()
        assert box is not None and box["width"] >= 80 and box["x"] + box["width"] <= 320
    finally:
        context.close()
