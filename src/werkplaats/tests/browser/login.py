"""Logging in through the form in the browser tests, with the real second step for the demo
accounts that need one (coordinators, the editor, the administrator): the test computes the code
from the demo's public secret, as the authenticator app would.

A code is accepted once (no replay), so this remembers which time step each account used last in
this test process and takes the next unused one within the window the site accepts (this step or
the next), waiting for the clock when both are used.
"""

import re
import time

import pyotp

from werkplaats.accounts import twofactor
from werkplaats.network.demo.users import DEMO_PASSWORD, DEMO_TOTP_SECRET

_last_step: dict[str, int] = {}


def next_code(username: str, secret: str = DEMO_TOTP_SECRET) -> str:
    step = max(twofactor.current_step(), _last_step.get(username, 0) + 1)
    while step > twofactor.current_step() + 1:
        time.sleep(1)
    _last_step[username] = step
    return pyotp.TOTP(secret).at(step * twofactor.STEP_SECONDS)


def log_in(page, site, username: str, password: str = DEMO_PASSWORD, code: bool = True):
    """Logs in through the login page and, when the site asks, the code page; ends on the
    dashboard."""
    page.goto(site.address("accounts:login"))
    page.locator("input[name='username']").fill(username)
    page.locator("input[name='password']").fill(password)
    page.locator("main form button[type='submit']").click()
    dashboard = site.address("accounts:dashboard")
    verify = site.address("accounts:two_factor_verify")
    page.wait_for_url(re.compile(f"^({re.escape(dashboard)}|{re.escape(verify)})"))
    if code and page.url.startswith(verify):
        page.locator("input[name='code']").fill(next_code(username))
        page.locator("main form button[type='submit']").first.click()
    page.wait_for_url(dashboard)
