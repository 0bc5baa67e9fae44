"""Retention of the personal data this app is responsible for (the other kinds have their own
daily tasks: questions, subscribers, import files, login records; see ``settings.DAILY_TASKS``)."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from werkplaats.network.models import Person
from werkplaats.questions.services.retention import months_before

from .context import acting_as
from .models import AuditEntry


def delete_old_audit_entries(now: datetime | None = None) -> int:
    """Deletes audit entries older than AUDIT_RETENTION_DAYS; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.AUDIT_RETENTION_DAYS)
    deleted, _ = AuditEntry.objects.filter(created_at__lt=cutoff).delete()
    return deleted


def inactive_people(now: datetime | None = None):
    """People who left and have no role: no account, no part in any project, community, meeting,
    reflection, product, publication, article or research group, no affiliation that ended less
    than INACTIVE_PERSON_RETENTION_MONTHS ago (or has not ended), and a record unchanged as long."""
    cutoff = months_before(now or timezone.now(), settings.INACTIVE_PERSON_RETENTION_MONTHS)
    people = Person.objects.filter(user__isnull=True, updated_at__lt=cutoff)
    for relation in Person._meta.related_objects:
        name = relation.field.related_query_name()
        if relation.related_model._meta.label == "network.Affiliation":
            current = relation.related_model.objects.filter(
                Q(end_date__isnull=True) | Q(end_date__gte=cutoff.date())
            )
            people = people.exclude(pk__in=current.values("person"))
            continue
        people = people.exclude(
            pk__in=Person.objects.filter(**{f"{name}__isnull": False}).values("pk")
        )
    return people


def remove_inactive_people(now: datetime | None = None) -> int:
    """Deletes the people ``inactive_people`` finds (and their affiliations); returns how many.
    Counts in monitoring do not change: such people are in no count."""
    removed = 0
    with acting_as(name="retention"):
        for person in inactive_people(now).iterator():
            person.delete()
            removed += 1
    return removed
