"""What a visitor does with keyboard, small screen and mouse: what only a browser shows."""

import re

import pytest

pytestmark = pytest.mark.browser


def focused(page) -> dict:
    return page.evaluate(
        "() => ({id: document.activeElement.id, cls: document.activeElement.className,"
        " tag: document.activeElement.tagName.toLowerCase()})"
    )


def test_the_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(page, site):
    page.goto(site.address("network:home"))

    page.keyboard.press("Tab")

    assert "skip-link" in focused(page)["cls"]
    skip_link = page.locator("a.skip-link")
    box = skip_link.bounding_box()
    assert box is not None and box["y"] >= 0 and box["x"] >= 0, "skip link not on screen on focus"
    assert box["width"] > 1 and box["height"] > 1

    page.keyboard.press("Enter")

    assert focused(page) == {"id": "main", "cls": "", "tag": "main"}
    assert page.url.endswith("#main")


def test_the_language_switch_goes_to_english_and_back_on_the_same_page(page, site):
    dutch = site.address("network:workshop", "nl", slug="twente")
    english = site.address("network:workshop", "en", slug="twente")
    page.goto(dutch)
    assert page.locator("html").get_attribute("lang") == "nl"
    heading = page.locator("h1").inner_text()

    page.locator("a.language-switch[hreflang='en']").click()

    page.wait_for_url(english)
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == heading

    page.locator("a.language-switch[hreflang='nl']").click()

    page.wait_for_url(dutch)
    assert page.locator("html").get_attribute("lang") == "nl"


PAGES_AT_320 = [
    "network:home",
    "network:workshop_list",
    "network:workshop",
    "network:organisation_list",
    "network:organisation",
    "network:person_list",
    "network:person",
    "network:municipality_lookup",
    "network:municipality",
    "accounts:login",
    "accounts:password_reset",
]


@pytest.mark.parametrize("name", PAGES_AT_320)
def test_the_page_needs_no_horizontal_scrolling_at_320_pixels(browser, site, name):
    context = browser.new_context(locale="nl-NL", viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        page.goto(site.address(name, **site.public_pages()[name]))

        width = page.evaluate("document.documentElement.scrollWidth")

        assert width <= 320, f"{name} is {width} px wide at a 320 px viewport"
    finally:
        context.close()


def test_a_member_logs_in_through_the_form(page, site):
    page.goto(site.address("network:home"))
    page.locator(f"a[href='{site.address('accounts:login').removeprefix(site.url)}']").click()

    page.locator("input[name='username']").fill(site.username)
    page.locator("input[name='password']").fill(site.password)
    page.locator("main form button[type='submit']").click()

    page.wait_for_url(site.address("accounts:dashboard"))
    assert page.locator("form[action$='/account/logout/'] button").is_visible()
    [session] = [c for c in page.context.cookies() if c["name"] == "sessionid"]
    assert session["httpOnly"] is True


def test_a_wrong_password_keeps_the_visitor_on_the_form_with_a_message(page, site):
    page.goto(site.address("accounts:login"))

    page.locator("input[name='username']").fill(site.username)
    page.locator("input[name='password']").fill("niet-het-wachtwoord")
    page.locator("main form button[type='submit']").click()

    assert page.url.startswith(site.address("accounts:login"))
    assert page.locator("form[action$='/account/logout/']").count() == 0
    assert not any(cookie["name"] == "sessionid" for cookie in page.context.cookies())


@pytest.mark.parametrize("typed", ["Súdwest-Fryslân", "sudwest"])
def test_the_municipality_lookup_finds_sudwest_fryslan_and_its_werkplaats(page, site, typed):
    page.goto(site.address("network:municipality_lookup"))

    page.locator("main input[name='q']").fill(typed)
    page.locator("main form[role='search'] button[type='submit']").click()

    page.wait_for_url(re.compile(r"\?q="))
    row = page.locator("main table tbody tr", has_text="Súdwest-Fryslân")
    assert row.count() == 1
    assert row.locator("a[href$='/werkplaatsen/friesland/']").count() == 1
