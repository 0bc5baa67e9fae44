"""A coordinator triages a practice question in Chromium, and every page on the way passes axe-core.

The demo's coordinator of Twente logs in, finds a new question in the inbox, starts intake, tries to
decline without a reason (a message, nothing changes), publishes the question under a public title,
and a visitor finds it on the question board.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps

from .login import log_in as log_in_as
from .test_accessibility import WCAG_21_AA, violations_report

pytestmark = pytest.mark.browser

COORDINATOR = "coordinator-twente"
TITLE = "Browsertest: eenzame ouderen in de wijk bereiken"
RAW_TEXT = "Browsertest eigen woorden van de indiener, nooit openbaar."
PUBLIC_TITLE = "Browsertest: ouderen in beeld"

axe = Axe()


@pytest.fixture
def question(site, django_db_blocker):
    from werkplaats.questions.tests.factories import submit

    with django_db_blocker.unblock():
        twente = apps.get_model("network", "Workshop").objects.get(slug="twente")
        question, _ = submit(
            workshop=twente,
            municipality="GM0153",
            title=TITLE,
            question=RAW_TEXT,
            submitter_name="Browser Indiener",
            submitter_email="browser-indiener@example.org",
        )
    yield question
    with django_db_blocker.unblock():
        type(question).objects.filter(pk=question.pk).delete()


def assert_no_violations(page):
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(page.url, results)


def log_in(page, site):
    log_in_as(page, site, COORDINATOR)


def step(page, action: str):
    """Opens a triage step's disclosure and returns its form."""
    form = page.locator(f"form:has(input[name='action'][value='{action}'])")
    details = page.locator(f"details:has(input[name='action'][value='{action}'])")
    if details.count():
        details.locator("summary").click()
    return form


def test_a_coordinator_triages_a_question_and_publishes_it(page, site, question, browser):
    log_in(page, site)
    page.locator("main a[href$='/werkplaatsen/twente/vragen/']").first.click()
    page.wait_for_url(site.address("questions:inbox", slug="twente"))
    row = page.locator("main table tbody tr", has_text=TITLE)
    assert row.count() == 1
    assert row.locator(".badge").count() == 1  # waiting for triage: the age stands out
    assert_no_violations(page)

    row.locator(f"a:has-text('{question.reference}')").click()
    page.wait_for_url(site.address("questions:detail", slug="twente", uuid=question.uuid))
    assert RAW_TEXT in page.locator("#question").inner_text()
    assert_no_violations(page)

    step(page, "intake").locator("button[type='submit']").click()
    page.wait_for_load_state()
    assert page.locator(".messages .message-success").count() == 1
    kicker = page.locator("main .kicker").inner_text()
    assert "intake" in kicker.lower()

    step(page, "declined").locator("button[type='submit']").click()
    page.wait_for_load_state()
    assert page.locator(".error-summary[role='alert']").count() == 1
    assert page.locator("details[open] .errorlist").count() == 1
    assert page.locator("main .kicker").inner_text() == kicker  # nothing changed
    assert_no_violations(page)

    publish = page.locator("form:has(input[name='action'][value='publish'])")
    assert publish.locator("textarea").input_value() == ""
    publish.locator("input[name='publish-public_title']").fill(PUBLIC_TITLE)
    publish.locator("textarea[name='publish-public_summary']").fill(
        "Hoe vinden wijkteams ouderen die zich niet melden?"
    )
    publish.locator("button[type='submit']").click()
    page.wait_for_load_state()
    assert page.locator("#board a", has_text=PUBLIC_TITLE).count() == 1

    visitor = browser.new_context(locale="nl-NL")
    try:
        board = visitor.new_page()
        board.goto(site.address("questions:board"))
        card = board.locator("main .card", has_text=PUBLIC_TITLE)
        assert card.count() == 1
        assert RAW_TEXT not in board.content()
        assert_no_violations(board)
        card.locator("a").first.click()
        board.wait_for_url(site.address("questions:public_detail", uuid=question.uuid))
        assert "Browser Indiener" not in board.content()
        assert_no_violations(board)
    finally:
        visitor.close()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_question_board_has_no_wcag_violations(page, site, language):
    response = page.goto(site.address("questions:board", language))
    assert response is not None and response.status == 200
    assert_no_violations(page)
