"""Background work of practice questions, run by the task worker (django-tasks).

Tasks take primary keys, never personal data or tokens: their arguments are stored in the task
table until the worker has run them.
"""

from django_tasks import task


@task()
def send_question_mail(kind: str, pk: int) -> int:
    """Sends the e-mails of one notification hook (see ``services.notifications``)."""
    from .services.notifications import deliver

    return deliver(kind, pk)


@task()
def erase_expired_personal_data() -> int:
    """Erases the submitter's personal data of questions closed longer than the retention period.

    'werkplaats serve' enqueues this once a day (settings.DAILY_TASKS).
    """
    from .services.retention import erase_expired_personal_data as erase

    return erase()
