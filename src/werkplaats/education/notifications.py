"""E-mails about offers. The journey calls ``step_taken`` inside its transaction; once that commits,
``tasks.send_offer_mail`` is enqueued, so a request never waits on the mail server."""

import contextlib
import contextvars

from django.db import transaction

_muted = contextvars.ContextVar("education_mail_muted", default=False)


@contextlib.contextmanager
def muted():
    """Steps taken inside tell nobody (the demo replays steps that happened in the past)."""
    token = _muted.set(True)
    try:
        yield
    finally:
        _muted.reset(token)


def step_taken(event_pk: int) -> None:
    if not _muted.get():
        transaction.on_commit(lambda: state_changed(event_pk))


def state_changed(event_pk: int) -> None:
    from .tasks import send_offer_mail

    send_offer_mail.enqueue(event_pk)
