"""Imports run by the task worker (django-tasks), so a long import does not hold a web request."""

from django_tasks import task


@task()
def run_import(job_uuid: str) -> str:
    """Commits a checked import job; returns its final status."""
    from .models import ImportJob, ImportStatus
    from .services import run

    job = ImportJob.objects.select_related("workshop", "created_by").get(uuid=job_uuid)
    if job.status != ImportStatus.RUNNING:
        return job.status
    return run(job).status


@task()
def clear_old_import_files() -> dict:
    """Empties the uploaded files of finished imports after a week and deletes imports after 90
    days: the files may hold personal data. 'werkplaats serve' enqueues this once a day
    (settings.DAILY_TASKS); running it twice does no harm."""
    from .services import clear_old_import_files as clear

    return clear()
