"""E-mails about offers. The journey calls ``state_changed`` after its transaction commits; it only
enqueues ``tasks.send_offer_mail``, so a request never waits on the mail server."""


def state_changed(event_pk: int) -> None:
    from .tasks import send_offer_mail

    send_offer_mail.enqueue(event_pk)
