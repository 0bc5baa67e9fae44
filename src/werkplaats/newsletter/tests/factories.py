from django.utils import timezone

from werkplaats.newsletter.constants import DeliveryState, IssueState, SubscriberStatus
from werkplaats.newsletter.models import Delivery, Issue, Subscriber
from werkplaats.newsletter.services import composing


def plant_sent_issue(addresses, workshops=(), subject="Nieuwsbrief proef"):
    """Confirmed subscribers at ``addresses`` and an issue sent to them with what is published
    now (so the archive has something to show); returns the issue."""
    subscribers = []
    for address in addresses:
        subscriber = Subscriber.objects.create(email=address, status=SubscriberStatus.ACTIVE)
        subscriber.workshops.set(workshops)
        subscribers.append(subscriber)
    issue = composing.save_issue(
        subject=subject, introduction="Inleiding.", chosen=composing.candidates()
    )
    now = timezone.now()
    Issue.objects.filter(pk=issue.pk).update(
        state=IssueState.SENT, sending_started_at=now, sent_at=now
    )
    Delivery.objects.bulk_create(
        Delivery(issue=issue, subscriber=s, state=DeliveryState.SENT, sent_at=now)
        for s in subscribers
    )
    issue.refresh_from_db()
    return issue
