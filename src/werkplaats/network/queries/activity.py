"""Recent activity on the home page: a registry of sources, so later domains add their own items.

A source is a function ``(user, limit) -> iterable of ActivityItem``; register it with
``@activity_source``. Each source returns only what the user may see, in a fixed number of queries.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import Organisation, Partnership, Person, Workshop


@dataclass(frozen=True)
class ActivityItem:
    """One line of "recent activity" on the home page."""

    when: datetime.datetime
    kind: str
    title: str
    url: str
    summary: str = ""


ActivitySource = Callable[[object, int], Iterable[ActivityItem]]
activity_sources: list[ActivitySource] = []


def activity_source(func: ActivitySource) -> ActivitySource:
    """Register a function ``(user, limit) -> iterable of ActivityItem`` for the home page.

    Later domains (projects, library, publications) register theirs from their ``AppConfig.ready``;
    each source must only return what the user may see and must use a fixed number of queries.
    """
    activity_sources.append(func)
    return func


def recent_activity(user, limit: int = 8) -> list[ActivityItem]:
    """The newest items of all sources; each source gives at most half, so one busy kind (a bulk
    import of people) does not hide the rest."""
    per_source = max(1, limit // 2)
    items = [item for source in activity_sources for item in source(user, per_source)]
    return sorted(items, key=lambda item: item.when, reverse=True)[:limit]


def _changed(created, updated) -> str:
    return str(_("Added") if updated - created < datetime.timedelta(minutes=1) else _("Updated"))


@activity_source
def _recent_workshops(user, limit):
    for workshop in Workshop.objects.order_by("-updated_at")[:limit]:
        yield ActivityItem(
            workshop.updated_at,
            str(_("Werkplaats")),
            workshop.name,
            workshop.get_absolute_url(),
            _changed(workshop.created_at, workshop.updated_at),
        )


@activity_source
def _recent_organisations(user, limit):
    for organisation in Organisation.objects.select_related("kind").order_by("-updated_at")[:limit]:
        yield ActivityItem(
            organisation.updated_at,
            organisation.kind.label,
            organisation.name,
            organisation.get_absolute_url(),
            _changed(organisation.created_at, organisation.updated_at),
        )


@activity_source
def _recent_people(user, limit):
    # The home page is the network's public face: only people who consented, whoever is looking.
    for person in Person.objects.public().order_by("-updated_at")[:limit]:
        yield ActivityItem(
            person.updated_at,
            str(_("Person")),
            person.full_name,
            person.get_absolute_url(),
            _changed(person.created_at, person.updated_at),
        )


@activity_source
def _recent_partnerships(user, limit):
    # Partnerships carry no timestamps; the start of the period is the moment that is public.
    partnerships = (
        Partnership.objects.current()
        .filter(start_date__isnull=False)
        .select_related("workshop", "organisation")
        .order_by("-start_date")[:limit]
    )
    tz = timezone.get_current_timezone()
    for partnership in partnerships:
        when = datetime.datetime.combine(partnership.start_date, datetime.time.min, tzinfo=tz)
        yield ActivityItem(
            when,
            str(_("Partnership")),
            f"{partnership.organisation.name} — {partnership.workshop.name}",
            partnership.workshop.get_absolute_url(),
            partnership.get_role_display(),
        )
