"""A new visitor asks a practice question in Chromium and follows it through the private link;
every page on the way has no WCAG 2.1 A/AA violations."""

import re

import pytest
from django.core import mail

from werkplaats.questions.models import PracticeQuestion

from .test_accessibility import WCAG_21_AA, axe, violations_report

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def quick_visitors(settings):
    # Playwright types faster than a person, and every test comes from 127.0.0.1.
    settings.QUESTION_INTAKE_MIN_SECONDS = 0
    settings.QUESTION_INTAKE_LIMIT_PER_HOUR = 1000


def assert_no_violations(page):
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(page.url, results)


def fill_question(page, title, municipality="Súdwest-Fryslân"):
    form = page.locator("main form[method='post']").last
    form.locator("input[name='title']").fill(title)
    form.locator("textarea[name='question']").fill(
        "In onze wijk zitten veel ouderen alleen thuis. Hoe bereiken we hen samen met de"
        " huisartsen en het wijkteam?"
    )
    form.locator("input[name='municipality']").fill(municipality)
    form.locator("select[name='submitter_role']").select_option("sociaal-professional")
    form.locator("input[name='submitter_name']").fill("Sanne de Vries")
    form.locator("input[name='submitter_email']").fill("sanne.browser@example.org")
    form.locator("input[name='privacy_agreed']").check()
    return form


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_intake_form_has_no_wcag_violations(page, site, language):
    response = page.goto(site.address("questions:submit", language))

    assert response.status == 200
    assert page.locator("datalist#municipality-names option").count() == 342
    assert_no_violations(page)


def test_a_form_with_mistakes_says_what_to_fix_and_keeps_what_was_typed(page, site):
    page.goto(site.address("questions:submit"))
    form = page.locator("main form[method='post']").last
    form.locator("input[name='title']").fill("Alleen een titel")
    form.locator("input[name='municipality']").fill("Atlantis")
    form.locator("button[type='submit']").click()

    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert summary.locator("a[href='#id_municipality']").count() == 1
    assert page.locator("input[name='title']").input_value() == "Alleen een titel"
    assert page.locator("#id_municipality").get_attribute("aria-invalid") == "true"
    assert_no_violations(page)


def test_a_question_for_friesland_reaches_werkplaats_friesland_and_its_submitter_follows_it(
    page, site
):
    mail.outbox = []
    page.goto(site.address("questions:submit"))
    form = fill_question(page, "Eenzame ouderen in Sneek")
    form.locator("button[type='submit']").click()

    page.wait_for_url(re.compile(r"/vragen/volg/[^/]+/$"))
    confirmation = page.locator("#confirmation")
    assert confirmation.is_visible()
    assert "Friesland" in confirmation.inner_text()
    assert_no_violations(page)
    question = PracticeQuestion.objects.get(title="Eenzame ouderen in Sneek")
    assert question.workshop.slug == "friesland"
    [tracking_mail] = [m for m in mail.outbox if m.to == ["sanne.browser@example.org"]]
    link = re.search(r"https?://\S+/vragen/volg/\S+/", tracking_mail.body).group(0)
    assert link.endswith(page.url.removeprefix(site.url))

    # The link from the mail, opened later: no confirmation again, the status explained.
    page.goto(site.url + link.split("/", 3)[3].join(["/", ""]))
    assert page.locator("#confirmation").count() == 0
    assert page.locator("#state-title").is_visible()

    page.locator("textarea[name='information']").fill("Het gaat om de wijk Noord.")
    page.locator("form:has(textarea[name='information']) button[type='submit']").click()
    assert page.locator(".messages").is_visible()
    assert page.locator("main", has_text="Het gaat om de wijk Noord.").count() == 1

    page.get_by_role("link", name=re.compile("Withdraw my question|Vraag intrekken", re.I)).click()
    assert_no_violations(page)
    page.locator("input[name='confirm']").check()
    page.locator("main form button[type='submit']").click()
    page.wait_for_url(re.compile(r"/vragen/volg/[^/]+/$"))
    question.refresh_from_db()
    assert question.state == "withdrawn"
    assert page.locator("textarea[name='information']").count() == 0
    assert_no_violations(page)


def test_a_forged_tracking_link_gets_a_helpful_page_without_violations(page, site):
    response = page.goto(site.url + "/vragen/volg/dit-is-geen-echte-link/")

    assert response.status == 404
    assert response.headers["referrer-policy"] == "same-origin"
    assert page.locator("main h1").is_visible()
    assert_no_violations(page)
