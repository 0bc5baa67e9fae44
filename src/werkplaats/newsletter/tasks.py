"""Background work of the newsletter, run by the task worker (django-tasks).

Tasks take primary keys only: their arguments stay in the task table until a worker runs them,
and an e-mail address or a token does not belong there.
"""

from django_tasks import task


@task()
def send_subscription_mail(kind: str, subscriber_pk: int) -> int:
    """The confirmation link (``confirm``) or the preferences link (``already_subscribed``)."""
    from .mails import subscription_message
    from .models import Subscriber

    subscriber = Subscriber.objects.filter(pk=subscriber_pk).first()
    if subscriber is None:
        return 0
    return subscription_message(kind, subscriber).send()


@task()
def send_issue(issue_pk: int) -> int:
    """Sends what is left of one issue (see ``services.sending``); safe to run again."""
    from .models import Issue
    from .services.sending import send_issue as send

    issue = Issue.objects.filter(pk=issue_pk).first()
    return send(issue) if issue is not None else 0


@task()
def resume_sending() -> int:
    """Finishes every issue still being sent, e.g. after a worker was killed. Daily
    (settings.DAILY_TASKS); ``werkplaats send_newsletter`` does the same at once."""
    from .services.sending import resume_sending as resume

    return resume()


@task()
def erase_expired_subscribers() -> int:
    """Erases subscribers who unsubscribed (or never confirmed) longer ago than the retention
    period. Daily (settings.DAILY_TASKS)."""
    from .services.subscriptions import erase_expired_subscribers as erase

    return erase()
