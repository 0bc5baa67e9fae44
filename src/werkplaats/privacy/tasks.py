"""Daily retention tasks of the privacy app (settings.DAILY_TASKS); each is safe to run twice."""

from django_tasks import task


@task()
def delete_old_audit_entries() -> int:
    """Deletes audit entries older than AUDIT_RETENTION_DAYS."""
    from .retention import delete_old_audit_entries as delete

    return delete()


@task()
def remove_inactive_people() -> int:
    """Removes registry people who left and have no role (INACTIVE_PERSON_RETENTION_MONTHS)."""
    from .retention import remove_inactive_people as remove

    return remove()
