"""Import jobs: upload and check a file, then commit it in a task. Knows nothing of HTTP."""

import datetime
import logging

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import engine
from .engine import ImportContext
from .models import ImportJob, ImportStatus
from .parsers import cell_text
from .registry import get_spec
from .tables import TableError, read_table

logger = logging.getLogger(__name__)

SAMPLE_ROWS = 100
ACTIONS = {
    "create": gettext_lazy("new"),
    "link": gettext_lazy("exists; will be linked"),
    "update": gettext_lazy("exists; will be updated"),
    "unchanged": gettext_lazy("already there"),
}


def _summary(checked: engine.Preview, headers: list[str]) -> dict:
    counts: dict[str, int] = {}
    for row in checked.rows:
        if row.ok:
            counts[row.action] = counts.get(row.action, 0) + 1
    sample = [
        {
            "row": row.number,
            "action": row.action,
            "cells": [cell_text(value) for value in row.raw],
            "ok": row.ok,
        }
        for row in checked.rows[:SAMPLE_ROWS]
    ]
    return {"counts": counts, "sample": sample, "headers": headers}


def upload(*, spec_name: str, workshop, user, uploaded_file) -> ImportJob:
    """Reads and checks an uploaded file and keeps it as a checked job, with the error report.

    A file that cannot be read at all (not CSV/XLSX, empty, too large, wrong headers) raises
    :class:`TableError` and stores nothing.
    """
    spec = get_spec(spec_name)
    if spec is None:
        raise TableError(_("Choose what to import."))
    table = read_table(uploaded_file)
    checked = engine.preview(spec, table, ImportContext(workshop=workshop, user=user))
    uploaded_file.seek(0)
    return ImportJob.objects.create(
        spec=spec.name,
        workshop=workshop,
        filename=(getattr(uploaded_file, "name", "") or "import")[:255],
        content=uploaded_file.read(),
        created_by=user,
        status=ImportStatus.PREVIEWED,
        row_count=len(table),
        errors=[problem.as_dict() for problem in checked.problems],
        summary=_summary(checked, table.headers),
    )


def start(job: ImportJob) -> ImportJob:
    """Queues a checked job without errors for the task worker."""
    from .tasks import run_import

    if not job.can_run:
        raise ValueError("Only a checked import without errors can run.")
    job.status = ImportStatus.RUNNING
    job.processed_count = 0
    job.save(update_fields=["status", "processed_count"])
    transaction.on_commit(lambda: run_import.enqueue(str(job.uuid)))
    return job


def run(job: ImportJob) -> ImportJob:
    """Checks the file again (the registry may have changed since the preview) and commits every
    row in one transaction, or nothing. Progress counts the rows checked; the commit that follows
    is one transaction, which no other connection can watch half-way."""
    spec = get_spec(job.spec)
    # The job runs with its uploader's rights (whom they may see, e.g. when matching people).
    context = ImportContext(workshop=job.workshop, user=job.created_by or AnonymousUser())

    def progress(done: int) -> None:
        ImportJob.objects.filter(pk=job.pk).update(processed_count=done)

    def committed(created: int) -> None:
        # In the rows' own transaction: a worker killed after the commit finds the job done and
        # never imports the rows twice.
        job.created_count = created
        _finish(job, ImportStatus.DONE, errors=[])

    try:
        table = read_table(bytes(job.content))
        checked, created = engine.run(spec, table, context, progress=progress, committed=committed)
    except TableError as error:
        return _finish(job, ImportStatus.FAILED, errors=[{"row": 0, "text": str(error)}])
    except Exception:
        logger.exception("Import %s failed", job.uuid)
        message = _("The import stopped because of an unexpected error. Nothing was imported.")
        return _finish(job, ImportStatus.FAILED, errors=[{"row": 0, "text": message}])
    if created is None:
        return _finish(
            job, ImportStatus.FAILED, errors=[problem.as_dict() for problem in checked.problems]
        )
    return job


def _finish(job: ImportJob, status: str, *, errors: list) -> ImportJob:
    job.status = status
    job.errors = errors
    job.finished_at = timezone.now()
    if status == ImportStatus.DONE:
        job.processed_count = job.row_count
        job.content = b""
    job.save()
    return job


def export(*, spec_name: str, workshop, file_format: str) -> bytes:
    spec = get_spec(spec_name)
    return engine.export(spec, spec.export_queryset(workshop), file_format)


#: An uploaded file is kept this long after its import finished (to read the report, try again).
FILE_RETENTION = datetime.timedelta(days=7)
#: An import job, finished or abandoned, is deleted this long after it was uploaded.
JOB_RETENTION = datetime.timedelta(days=90)


def clear_old_import_files(now: datetime.datetime | None = None) -> dict:
    """Empties the files of done or failed imports uploaded over a week ago and deletes every
    import uploaded over 90 days ago. Returns how many of each."""
    now = now or timezone.now()
    deleted, _per_model = ImportJob.objects.filter(created_at__lt=now - JOB_RETENTION).delete()
    cleared = (
        ImportJob.objects.filter(
            status__in=[ImportStatus.DONE, ImportStatus.FAILED],
            created_at__lt=now - FILE_RETENTION,
        )
        .exclude(content=b"")
        .update(content=b"")
    )
    return {"cleared": cleared, "deleted": deleted}
