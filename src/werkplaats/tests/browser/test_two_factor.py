"""Two-factor authentication in Chromium: a demo coordinator logs in with password and code; a new
coordinator sets up an authenticator app from what the page shows; every page on the way passes
axe-core, and nothing behind the login opens between the password and the code."""

import re

import pyotp
import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps

from .login import next_code
from .test_accessibility import WCAG_21_AA, violations_report

pytestmark = pytest.mark.browser

COORDINATOR = "coordinator-twente"
NEW_COORDINATOR = "browser-nieuwe-coordinator"
NEW_PASSWORD = "browser-coordinator-wachtwoord-2026"

axe = Axe()


def assert_no_violations(page):
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(page.url, results)


def password_step(page, site, username, password):
    page.goto(site.address("accounts:login"))
    page.locator("input[name='username']").fill(username)
    page.locator("input[name='password']").fill(password)
    page.locator("main form button[type='submit']").click()


def test_a_coordinator_logs_in_with_password_and_code_from_the_app(page, site):
    from werkplaats.network.demo.users import DEMO_PASSWORD

    password_step(page, site, COORDINATOR, DEMO_PASSWORD)

    page.wait_for_url(re.compile(re.escape(site.address("accounts:two_factor_verify"))))
    assert_no_violations(page)
    # Between the password and the code, the dashboard and the inbox lead back to the code page.
    for name, kwargs in [("accounts:dashboard", {}), ("questions:inbox", {"slug": "twente"})]:
        page.goto(site.address(name, **kwargs))
        assert page.url.startswith(site.address("accounts:two_factor_verify")), name

    page.locator("input[name='code']").fill("000000")
    page.locator("main form button[type='submit']").first.click()
    assert page.locator("#id_code_error").is_visible()
    assert_no_violations(page)

    page.locator("input[name='code']").fill(next_code(COORDINATOR))
    page.locator("main form button[type='submit']").first.click()

    page.wait_for_url(site.address("questions:inbox", slug="twente"))
    assert page.locator("main h1").is_visible()


@pytest.fixture
def new_coordinator(site, django_db_blocker):
    with django_db_blocker.unblock():
        user = apps.get_model("accounts", "User").objects.create_user(
            username=NEW_COORDINATOR, email="nieuw@example.org", password=NEW_PASSWORD
        )
        apps.get_model("network", "Workshop").objects.get(slug="twente").coordinators.add(user)
    yield user
    with django_db_blocker.unblock():
        user.delete()


def test_a_new_coordinator_sets_up_the_app_from_the_page_and_gets_recovery_codes(
    page, site, new_coordinator
):
    password_step(page, site, NEW_COORDINATOR, NEW_PASSWORD)

    page.wait_for_url(re.compile(re.escape(site.address("accounts:two_factor_setup"))))
    assert page.locator(".qr-code svg").is_visible()
    assert_no_violations(page)
    page.goto(site.address("accounts:dashboard"))
    assert page.url.startswith(site.address("accounts:two_factor_setup"))

    # What someone without a camera types into the app.
    secret = page.locator("#totp-secret").inner_text().replace(" ", "")
    page.locator("input[name='code']").fill(pyotp.TOTP(secret).now())
    page.locator("main form button[type='submit']").click()

    codes = page.locator(".recovery-codes code").all_inner_texts()
    assert len(codes) == 10
    assert_no_violations(page)
    page.locator("main a.button").click()
    page.wait_for_url(site.address("accounts:dashboard"))
