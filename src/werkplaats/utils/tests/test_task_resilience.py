"""Background tasks survive a worker killed halfway and do no harm when they run twice.

Reviewed (``grep -rn "@task" src``), and where each is proven:

- ``newsletter.send_issue`` / ``resume_sending``: killed with SIGKILL mid-send and resumed
  (``newsletter/tests/test_crash.py``); deliveries are claimed, so a second run sends no copy.
- ``monitoring.generate_report``: claims the report with ``attempts``; twice and a report left
  running (``monitoring/tests/test_reports_views.py``).
- ``dossier.publish_scheduled_articles``: a second run finds nothing due
  (``dossier/tests/test_services.py``) and here.
- ``questions.erase_expired_personal_data``: a second run erases nothing
  (``questions/tests/test_retention.py``) and here.
- ``imports.clear_old_import_files``: here.
- ``imports.run_import``: one transaction, all rows or none; a job that is not running is left
  alone, so a second run imports nothing: here.
- ``search.rebuild_search_index``: killed with SIGKILL while it runs in a real ``werkplaats db_worker``,
  then a second worker rebuilds it whole: here.
- ``questions.send_question_mail`` and ``newsletter.send_subscription_mail`` send one message;
  a repeated run sends it again (at least once), which is what a mail queue promises.
"""

import datetime
import os
import signal
import sqlite3
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from werkplaats.dossier.constants import ArticleState
from werkplaats.dossier.models import Article
from werkplaats.dossier.tasks import publish_scheduled_articles
from werkplaats.dossier.tests.factories import ArticleFactory
from werkplaats.imports import services as imports
from werkplaats.imports.models import ImportJob, ImportStatus
from werkplaats.imports.tasks import clear_old_import_files, run_import
from werkplaats.network.models import Organisation
from werkplaats.questions.tasks import erase_expired_personal_data
from werkplaats.search.models import SearchEntry
from werkplaats.search.tasks import rebuild_search_index

from .instances import Instance


def _entries():
    return sorted(SearchEntry.objects.values_list("content_type_id", "object_id", "title"))


def test_rebuilding_the_search_index_twice_gives_the_same_index(twente, zeeland):
    rebuild_search_index.call()
    first = _entries()
    rebuild_search_index.call()

    assert _entries() == first
    assert len(first) >= 2


def test_publishing_scheduled_articles_twice_publishes_each_once(db):
    article = ArticleFactory(title="Buurtkamers werken")
    Article.objects.filter(pk=article.pk).update(
        state=ArticleState.SCHEDULED, published_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    assert publish_scheduled_articles.call() == 1
    assert publish_scheduled_articles.call() == 0
    assert Article.objects.get(pk=article.pk).state == ArticleState.PUBLISHED


def test_the_daily_retention_tasks_do_nothing_the_second_time(twente):
    job = ImportJob.objects.create(
        spec="organisations", workshop=twente, filename="lijst.csv", content=b"x", status="done"
    )
    ImportJob.objects.filter(pk=job.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=100)
    )

    assert clear_old_import_files.call() == {"cleared": 0, "deleted": 1}
    assert clear_old_import_files.call() == {"cleared": 0, "deleted": 0}
    assert erase_expired_personal_data.call() == 0


def test_running_an_import_twice_imports_its_rows_once(twente, cor):
    upload = imports.upload(
        spec_name="organisaties",
        workshop=twente,
        user=cor,
        uploaded_file=SimpleUploadedFile(
            "lijst.csv", b"Naam;Soort\nBuurtkracht Hengelo;welzijnsorganisatie\n"
        ),
    )
    assert upload.can_run, upload.errors
    imports.start(upload)  # marks it running; its task would run after the commit
    before = Organisation.objects.count()

    assert run_import.call(str(upload.uuid)) == ImportStatus.DONE
    assert run_import.call(str(upload.uuid)) == ImportStatus.DONE
    assert Organisation.objects.count() == before + 1
    assert Organisation.objects.filter(name="Buurtkracht Hengelo").count() == 1


@pytest.mark.own_sqlite
def test_a_search_rebuild_killed_while_it_runs_is_finished_by_a_second_worker(tmp_path):
    instance = Instance(tmp_path / "herbouw", "sqlite")
    instance.run("migrate", "--noinput", "-v", "0")
    instance.run("demo", "-v", "0")
    database = instance.database_url.removeprefix("sqlite:///")

    def read(sql):
        with sqlite3.connect(database, timeout=30) as db:
            return db.execute(sql).fetchall()

    whole = read("SELECT content_type_id, object_id, title FROM search_searchentry ORDER BY 1, 2")
    enqueue = "from werkplaats.search.tasks import rebuild_search_index as t; t.enqueue()"
    instance.script(enqueue)
    worker = instance.popen("db_worker", "--batch", "--interval", "0", "--no-startup-delay")
    deadline = time.monotonic() + 180
    while True:
        assert worker.poll() is None, "the worker finished before it could be killed"
        assert time.monotonic() < deadline, "the rebuild never started"
        [(count,)] = read("SELECT count(*) FROM search_searchentry")
        running = read(
            "SELECT 1 FROM django_tasks_database_dbtaskresult WHERE status = 'RUNNING'"
            " AND task_path = 'werkplaats.search.tasks.rebuild_search_index'"
        )
        if running or count < len(whole):  # killed while it rebuilds
            break
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL

    # The killed worker's task stays 'running' (no worker takes it again): the rebuild is
    # enqueued again, as the command or the next bulk load would, and a second worker runs it.
    instance.script(enqueue)
    second = instance.run("db_worker", "--batch", "--interval", "0", "--no-startup-delay")
    assert second.returncode == 0
    assert (
        read("SELECT content_type_id, object_id, title FROM search_searchentry ORDER BY 1, 2")
        == whole
    )
    [(fts,)] = read("SELECT count(*) FROM search_fts")
    assert fts == len(whole)
