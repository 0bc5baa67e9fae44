"""Browser tests: Playwright drives Debian's Chromium against a live server with the demo network.

One Chromium for the whole session; one live server with the demo network for this package, loaded
once and removed afterwards (the database is restored to what it was); a fresh browser context per
test, so cookies and the chosen language never leak from one test into the next. When the suite runs
in parallel (``make test``), every browser test runs on the same worker, so all this happens once.

Without Chromium or Playwright these tests are skipped, unless ``WERKPLAATS_REQUIRE_BROWSER=1`` (as
in CI), which turns a missing browser into a failure.
"""

import importlib
import os
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.test.utils import setup_databases, teardown_databases
from django.urls import reverse
from django.utils import translation

from werkplaats.tests.snapshots import on_a_test_database, restore_snapshot

# Sync Playwright runs an event loop in this thread; the ORM calls the tests make are still plain
# synchronous calls, which Django would otherwise refuse inside a running loop.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = os.environ.get("WERKPLAATS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
LOGIN_USERNAME = "browser-lid"
LOGIN_PASSWORD = "browser-proef-wachtwoord-2026"


def unavailable(reason: str):
    if os.environ.get("WERKPLAATS_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}; WERKPLAATS_REQUIRE_BROWSER=1 requires the browser tests", False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        unavailable("Playwright is not installed (uv sync installs it with the dev packages)")
    if not os.access(CHROMIUM, os.X_OK):
        unavailable(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except Error as error:
            unavailable(f"Chromium at {CHROMIUM} did not start: {error.message.splitlines()[0]}")
        yield chromium
        chromium.close()


@dataclass
class Site:
    """The live server and the facts of the demo network the tests refer to."""

    url: str
    username: str
    password: str
    organisation: str
    person: str

    def address(self, name: str, language: str = "nl", **kwargs) -> str:
        with translation.override(language):
            return self.url + reverse(name, kwargs=kwargs or None)

    def public_pages(self) -> dict[str, dict]:
        """Every public page of the registry, by URL name, with what its URL needs."""
        return {
            "network:home": {},
            "network:workshop_list": {},
            "network:workshop": {"slug": "twente"},
            "network:organisation_list": {},
            "network:organisation": {"slug": self.organisation},
            "network:person_list": {},
            "network:person": {"slug": self.person},
            "network:municipality_lookup": {},
            "network:municipality": {"slug": "sudwest-fryslan"},
            "accounts:login": {},
            "accounts:password_reset": {},
        }


#: The data migrations that seed vocabularies (each ``seed`` is safe to run again).
SEEDS = (
    "werkplaats.network.migrations.0002_seed_vocabularies_and_municipalities",
    "werkplaats.projects.migrations.0002_seed_vocabularies",
    "werkplaats.library.migrations.0002_seed_product_kinds",
)


def _seed_reference_data():
    # A transactional test elsewhere in the suite may have flushed the seeded vocabularies, and
    # the flush made the content types again under new ids (the cache still has the old ones).
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    if not apps.get_model("network", "Municipality").objects.exists():
        for name in SEEDS:
            importlib.import_module(name).seed(apps, None)


def _close_server_connections():
    # The server's request threads are daemons and may still hold a PostgreSQL session, which
    # would block the flush below and the removal of the test database at the end of the run.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


def _ensure_test_database():
    """Creates the test database when pytest-django did not, and returns what to tear down.

    pytest-django sets up test databases only for collected tests that ask for ``db``; when only
    browser tests run, none does, and the ``site`` fixture would otherwise load the demo into (and
    flush) the developer's own database.
    """
    if on_a_test_database():
        return None
    return setup_databases(verbosity=0, interactive=False, aliases={"default"})


@pytest.fixture(scope="package")
def site(django_db_setup, django_db_blocker, browser):
    """The demo network behind a live server, for every test of this package.

    pytest-django's ``live_server`` would flush the database after every test, and loading the demo
    network takes seconds; this loads it once and restores the database when the package is done.
    """
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        own_databases = _ensure_test_database()
        snapshot = connection.creation.serialize_db_to_string()
        server = None
        try:
            _seed_reference_data()
            call_command("demo", verbosity=0)
            user = apps.get_model("accounts", "User").objects.create_user(
                username=LOGIN_USERNAME, email="browser-lid@example.org", password=LOGIN_PASSWORD
            )
            organisation = (
                apps.get_model("network", "Organisation")
                .objects.filter(partnerships__workshop__slug="twente")
                .order_by("name")
                .first()
            )
            person = (
                apps.get_model("network", "Person")
                .objects.public()
                .filter(workshops__slug="twente")
                .order_by("slug")
                .first()
            )
            assert organisation and person, "the demo network has no partner or person in Twente"
            server = LiveServer("localhost")
            server._live_server_modified_settings.enable()
            yield Site(
                url=server.url,
                username=user.username,
                password=LOGIN_PASSWORD,
                organisation=organisation.slug,
                person=person.slug,
            )
        finally:
            if server is not None:
                server._live_server_modified_settings.disable()
                server.stop()
            _close_server_connections()
            restore_snapshot(snapshot)
            if own_databases is not None:
                teardown_databases(own_databases, verbosity=0)


@pytest.fixture
def page(browser, site):
    """A fresh tab in a fresh context (no cookies), 1280 px wide, Dutch as browser language."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    tab = context.new_page()
    yield tab
    context.close()
