"""The newsletter in Chromium: the sign-up form, the archive and an archived issue pass axe in
Dutch and English; a visitor subscribes, confirms through the link in the mail, changes their
choices and unsubscribes, on pages that pass axe too. The network editor's preview passes axe."""

import re
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps
from django.core import mail

from werkplaats.newsletter.demo import load_demo_newsletter

from .login import log_in
from .test_accessibility import WCAG_21_AA, violations_report

pytestmark = pytest.mark.browser

ADDRESS = "browsertest.lezer@example.org"
EDITOR = "redacteur"

axe = Axe()


def assert_no_violations(page):
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(page.url, results)


@pytest.fixture
def newsletter(site, django_db_blocker, settings):
    # The form is filled faster than a person would; the spam check's minimum is lifted here.
    settings.QUESTION_INTAKE_MIN_SECONDS = 0
    settings.SITE_URL = site.url
    with django_db_blocker.unblock():
        load_demo_newsletter()  # until the demo command loads it too (idempotent)
        issue = apps.get_model("newsletter", "Issue").objects.filter(state="sent").first()
    yield issue
    with django_db_blocker.unblock():
        apps.get_model("newsletter", "Subscriber").objects.filter(email=ADDRESS).delete()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_sign_up_form_and_the_archive_pass_axe(page, site, newsletter, language):
    page.goto(site.address("newsletter:signup", language))
    assert page.locator("input[type='email']").count() == 1
    assert_no_violations(page)

    page.goto(site.address("newsletter:archive", language))
    assert page.locator("main .cards > li").count() == 2
    assert_no_violations(page)

    page.goto(site.address("newsletter:archive_detail", language, slug=newsletter.slug))
    assert page.locator("h1").inner_text() == newsletter.subject
    assert "@" not in page.locator("main").inner_text()
    assert_no_violations(page)


def _link(pattern: str) -> str:
    [message] = [m for m in mail.outbox if ADDRESS in m.to]
    return next(u for u in re.findall(r"https?://\S+", message.body) if pattern in u)


def _subscriber(django_db_blocker):
    with django_db_blocker.unblock():
        subscriber = apps.get_model("newsletter", "Subscriber").objects.get(email=ADDRESS)
        return subscriber.status, list(subscriber.workshops.values_list("slug", flat=True))


def test_a_visitor_subscribes_confirms_chooses_and_unsubscribes(
    page, site, newsletter, django_db_blocker
):
    mail.outbox.clear()
    page.goto(site.address("newsletter:signup"))
    page.locator("input[name='email']").fill(ADDRESS)
    page.locator("input[name='workshops'][value='twente']").check()
    page.locator("main form button[type='submit']").click()
    page.wait_for_url(site.address("newsletter:signup_done"))
    assert_no_violations(page)
    assert _subscriber(django_db_blocker) == ("pending", ["twente"])

    page.goto(_link("/bevestigen/"))
    assert_no_violations(page)
    page.locator("main form button[type='submit']").click()
    assert _subscriber(django_db_blocker) == ("active", ["twente"])

    page.locator("main a[href*='/voorkeuren/']").click()
    assert page.locator("input[name='workshops'][value='twente']").is_checked()
    assert ADDRESS not in page.content()
    assert_no_violations(page)
    page.locator("input[name='workshops'][value='twente']").uncheck()
    page.locator("main form button[type='submit']").click()
    assert page.locator(".message").count() == 1
    assert _subscriber(django_db_blocker) == ("active", [])

    page.locator("main a[href*='/afmelden/']").click()
    assert_no_violations(page)
    page.locator("main form button[type='submit']").click()
    assert urlsplit(page.url).path.startswith("/nieuwsbrief/afmelden/")
    assert _subscriber(django_db_blocker)[0] == "unsubscribed"
    assert_no_violations(page)


def test_the_editor_preview_passes_axe(page, site, newsletter):
    log_in(page, site, EDITOR)

    page.goto(site.address("newsletter:manage_list"))
    assert "@" not in page.locator("main").inner_text()
    assert_no_violations(page)
    page.goto(site.address("newsletter:manage_preview", slug=newsletter.slug))
    assert page.locator("iframe[title]").count() == 1
    assert_no_violations(page)
    page.goto(site.address("newsletter:manage_new"))
    assert_no_violations(page)
