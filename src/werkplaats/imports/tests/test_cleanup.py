"""Uploaded files may hold personal data: finished imports lose their file after a week, and every
import is deleted after 90 days, by a daily task."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone

from werkplaats.imports import services
from werkplaats.imports.models import ImportJob, ImportStatus
from werkplaats.imports.tasks import clear_old_import_files

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 6, 1, 12, 0, tzinfo=datetime.UTC)


def _job(workshop, status, days_old, content=b"naam;e-mail\nPim;pim@example.org\n"):
    job = ImportJob.objects.create(
        spec="organisations",
        workshop=workshop,
        filename="lijst.csv",
        content=content,
        status=status,
    )
    ImportJob.objects.filter(pk=job.pk).update(created_at=NOW - datetime.timedelta(days=days_old))
    return job


def _content(job) -> bytes:
    return bytes(ImportJob.objects.get(pk=job.pk).content)


def test_it_empties_the_files_of_done_and_failed_imports_older_than_a_week(twente):
    done = _job(twente, ImportStatus.DONE, 8)
    failed = _job(twente, ImportStatus.FAILED, 30)

    result = services.clear_old_import_files(NOW)

    assert _content(done) == b""
    assert _content(failed) == b""
    assert result == {"cleared": 2, "deleted": 0}


def test_it_keeps_the_files_of_recent_or_unfinished_imports(twente):
    recent = _job(twente, ImportStatus.DONE, 6)
    previewed = _job(twente, ImportStatus.PREVIEWED, 20)
    running = _job(twente, ImportStatus.RUNNING, 20)

    services.clear_old_import_files(NOW)

    assert _content(recent) != b""
    assert _content(previewed) != b""
    assert _content(running) != b""


def test_it_deletes_every_import_older_than_90_days_and_nothing_younger(twente):
    old_done = _job(twente, ImportStatus.DONE, 91)
    old_abandoned = _job(twente, ImportStatus.PENDING, 120)
    young = _job(twente, ImportStatus.DONE, 89)

    result = services.clear_old_import_files(NOW)

    remaining = set(ImportJob.objects.values_list("pk", flat=True))
    assert remaining == {young.pk}
    assert old_done.pk not in remaining and old_abandoned.pk not in remaining
    assert result["deleted"] == 2


def test_running_it_twice_does_no_harm(twente):
    _job(twente, ImportStatus.DONE, 10)

    services.clear_old_import_files(NOW)

    assert services.clear_old_import_files(NOW) == {"cleared": 0, "deleted": 0}


def test_the_task_runs_daily_and_clears_old_files(twente):
    job = _job(twente, ImportStatus.FAILED, 8)
    ImportJob.objects.filter(pk=job.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=8)
    )

    clear_old_import_files.call()

    assert "werkplaats.imports.tasks.clear_old_import_files" in settings.DAILY_TASKS
    assert _content(job) == b""
