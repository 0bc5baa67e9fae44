"""Background work of the education bridge, run by the task worker (django-tasks)."""

from django_tasks import task


@task()
def send_offer_mail(event_pk: int) -> int:
    """Sends the e-mails of one step of an offer's journey (see ``mail``)."""
    from .mail import deliver

    return deliver(event_pk)
