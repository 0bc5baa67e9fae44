"""Background work of accounts, run by the task worker (django-tasks)."""

from django_tasks import task


@task()
def delete_old_failed_logins() -> int:
    """Deletes failed logins older than LOGIN_ATTEMPT_RETENTION_DAYS and ended locks.

    'werkplaats serve' enqueues this once a day (settings.DAILY_TASKS).
    """
    from .lockout import delete_old_records

    return delete_old_records()
