"""The issue's promise, tried for real: the task worker is killed (SIGKILL) halfway through
sending an issue to 2 000 subscribers through a real SMTP server, started again, and every
subscriber ends up with exactly one copy of the issue.

The worker runs in a subprocess on a copy of the test database: the in-memory SQLite test
database is copied to a file (SQLite's backup API) and copied back afterwards; on PostgreSQL the
subprocess connects to the test database itself, so the test writes in autocommit and restores
the database when it is done (``committed``). The first run is the real task worker
(``werkplaats db_worker``) taking the task that starting the issue enqueued; the second is
``werkplaats send_newsletter``, the recovery command (the killed worker's task stays *running* in
the task table, so no new worker would take it again).

What "one copy" means: sending is at least once (see ``services.sending``). The one message the
worker may have had accepted by the server in the moment it was killed, before it could record
that, is sent again with the same Message-ID, so mailboxes, which keep one message per
Message-ID, hold exactly one copy. The test asserts exactly that, and that the server never saw
more than that single repeat.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter, defaultdict

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import setup_databases, teardown_databases

from werkplaats.dossier.tests.factories import ArticleFactory
from werkplaats.network.tests.factories import WorkshopFactory
from werkplaats.newsletter.constants import DeliveryState, IssueState, SubscriberStatus
from werkplaats.newsletter.models import Delivery, Issue, Subscriber
from werkplaats.newsletter.services import composing, sending
from werkplaats.tests.snapshots import on_a_test_database, restore_snapshot

from .conftest import Inbox, start_server

SUBSCRIBERS = 2000


def _environment(tmp_path, port, database_url) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "WERKPLAATS_", "PYTEST"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="werkplaats.conf.settings",
        SECRET_KEY="crash-test-secret-key-0123456789-0123456789-0123456789",
        VAR_DIR=str(tmp_path / "var"),
        DATABASE_URL=database_url,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(port),
        TASKS_BACKEND="django_tasks_db.DatabaseBackend",
        NEWSLETTER_CLAIM_SECONDS="2",
        SITE_URL="http://testserver",
        LOG_FORMAT="plain",
        LOG_LEVEL="ERROR",
    )
    return env


def _database_url(tmp_path) -> str:
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        path = tmp_path / "crash.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        return f"sqlite:///{path}"
    return (
        f"postgres://{settings['USER']}:{settings['PASSWORD']}@{settings['HOST'] or '127.0.0.1'}"
        f":{settings['PORT'] or 5432}/{settings['NAME']}"
    )


def _read_back(database_url: str) -> None:
    if connection.vendor == "sqlite":
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as source:
            source.backup(connection.connection)


def _command(*args) -> list[str]:
    return [sys.executable, "-m", "werkplaats", *args]


@pytest.fixture
def committed(django_db_setup, django_db_blocker):
    """The test database in autocommit, so the worker in the subprocess sees what the test
    writes; afterwards it is restored to what it was (as the browser tests' ``site`` fixture
    does), instead of a flush that would leave later tests without the seeded vocabularies."""
    with django_db_blocker.unblock():
        # pytest-django creates the test database only when a collected test asks for ``db``:
        # never touch the developer's own database when this test runs alone.
        own = None
        if not on_a_test_database():
            own = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        seeded = getattr(connection, "_test_serialized_contents", None)
        if seeded and not ContentType.objects.exists():
            # A serialized-rollback test that ran before flushed the database empty and left
            # its restoring to the next such test: restore it as Django's TestCase would.
            connection.creation.deserialize_db_from_string(seeded)
        snapshot = connection.creation.serialize_db_to_string()
        try:
            yield
        finally:
            restore_snapshot(snapshot)
            if own is not None:
                teardown_databases(own, verbosity=0)


@pytest.fixture
def inbox():
    inbox = Inbox()
    controller = start_server(inbox)
    inbox.port = controller.port
    yield inbox
    controller.stop()


def test_killing_the_worker_halfway_and_starting_again_delivers_exactly_one_copy_each(
    committed, inbox, tmp_path, settings
):
    twente = WorkshopFactory(slug="crashproef-twente")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    Subscriber.objects.bulk_create(
        Subscriber(email=f"lezer{n:04d}@example.org", status=SubscriberStatus.ACTIVE)
        for n in range(SUBSCRIBERS)
    )
    ArticleFactory(title="Buurtkamers in Enschede", workshops=[twente])
    issue = composing.save_issue(
        subject="Nieuwsbrief crashproef", introduction="", chosen=composing.candidates()
    )
    assert sending.start_sending(issue) == SUBSCRIBERS  # enqueues the task in the database

    database_url = _database_url(tmp_path)
    env = _environment(tmp_path, inbox.port, database_url)
    worker = subprocess.Popen(
        _command("db_worker", "--batch", "--interval", "0", "--no-startup-delay"),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 240
    while len(inbox) < SUBSCRIBERS // 2 and worker.poll() is None:
        assert time.monotonic() < deadline, "the worker sent too slowly"
        time.sleep(0.005)
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL, worker.stderr.read().decode()[-2000:]
    delivered_before_restart = len(inbox)
    assert SUBSCRIBERS // 2 <= delivered_before_restart < SUBSCRIBERS

    resumed = subprocess.run(
        _command("send_newsletter"), env=env, capture_output=True, timeout=300, check=False
    )
    assert resumed.returncode == 0, resumed.stderr.decode()[-2000:]

    copies = inbox.counts()
    message_ids = defaultdict(set)
    for recipient, message in inbox.messages:
        message_ids[recipient].add(message["Message-ID"])
    expected = {f"lezer{n:04d}@example.org" for n in range(SUBSCRIBERS)}
    assert set(copies) == expected, "someone was skipped"
    assert Counter(len(ids) for ids in message_ids.values()) == {1: SUBSCRIBERS}
    repeats = sum(copies.values()) - SUBSCRIBERS
    assert repeats <= 1, f"{repeats} messages were sent twice"

    _read_back(database_url)
    assert Issue.objects.get(pk=issue.pk).state == IssueState.SENT
    states = Counter(Delivery.objects.filter(issue=issue).values_list("state", flat=True))
    assert states == {DeliveryState.SENT: SUBSCRIBERS}
