"""The daily scheduler that 'werkplaats serve' runs: each daily task once a day, shared through the
task table."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from werkplaats.utils import scheduler

pytestmark = pytest.mark.django_db

ERASE = "werkplaats.questions.tasks.erase_expired_personal_data"


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.DAILY_TASKS = [ERASE]  # one daily task, so the schedule reads plainly
    settings.FREQUENT_TASKS = []


def queued():
    from django_tasks_db.models import DBTaskResult

    return list(DBTaskResult.objects.values_list("task_path", flat=True))


def test_the_retention_task_is_a_daily_task(settings):
    assert ERASE in settings.DAILY_TASKS


def test_a_daily_task_is_enqueued_once_a_day_whoever_asks(database_tasks):
    now = timezone.now()

    assert scheduler.run_due_tasks(now) == [ERASE]
    scheduler._enqueued_here.clear()  # another server, or this one after a restart
    assert scheduler.run_due_tasks(now + timedelta(hours=12)) == []
    assert scheduler.run_due_tasks(now + timedelta(days=1)) == [ERASE]
    assert queued() == [ERASE, ERASE]


def test_a_frequent_task_is_enqueued_at_every_check_but_not_twice_in_one(database_tasks, settings):
    publish = "werkplaats.dossier.tasks.publish_scheduled_articles"
    settings.FREQUENT_TASKS = [publish]
    now = timezone.now()

    assert scheduler.run_due_tasks(now) == [ERASE, publish]
    scheduler._enqueued_here.clear()
    assert scheduler.run_due_tasks(now + timedelta(seconds=60)) == []
    assert scheduler.run_due_tasks(now + timedelta(seconds=scheduler.CHECK_EVERY_SECONDS)) == [
        publish
    ]


def test_the_command_enqueues_what_is_due_once(database_tasks):
    out = StringIO()

    call_command("scheduler", "--once", stdout=out)
    call_command("scheduler", "--once", stdout=out)

    assert out.getvalue().count(f"Enqueued {ERASE}") == 1
    assert queued() == [ERASE]


def test_serve_starts_the_scheduler_next_to_the_web_server(monkeypatch):
    from werkplaats.utils.management.commands import serve

    started = {}

    class FakeProcess:
        def __init__(self, argv, env):
            started[argv[-1]] = argv

    monkeypatch.setattr(serve.subprocess, "Popen", FakeProcess)
    monkeypatch.setattr(serve, "supervise", lambda children: 0)
    monkeypatch.setattr(serve, "call_command", lambda *a, **k: None)

    call_command("serve", stdout=StringIO())

    assert "scheduler" in started
