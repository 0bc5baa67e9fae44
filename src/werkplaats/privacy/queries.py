"""The audit log filtered as the administrator asked (view, CSV and JSON export share it)."""

import datetime

from django.db.models import Q
from django.utils import timezone

from .models import AuditEntry


def filtered_entries(data: dict):
    entries = AuditEntry.objects.select_related("actor")
    person = data.get("person")
    if person is not None:
        about = Q(person_id=person.pk)
        if person.user_id:
            about |= Q(object_type="accounts.user", object_id=str(person.user_id))
        entries = entries.filter(about)
    if data.get("object_type"):
        entries = entries.filter(object_type=data["object_type"].strip().lower())
    if data.get("object_id"):
        entries = entries.filter(object_id=data["object_id"].strip())
    actor = (data.get("actor") or "").strip()
    if actor:
        entries = entries.filter(Q(actor__username=actor) | Q(actor_name=actor))
    if data.get("action"):
        entries = entries.filter(action=data["action"])
    tz = timezone.get_current_timezone()
    if data.get("since"):
        start = datetime.datetime.combine(data["since"], datetime.time.min, tzinfo=tz)
        entries = entries.filter(created_at__gte=start)
    if data.get("until"):
        end = datetime.datetime.combine(data["until"], datetime.time.max, tzinfo=tz)
        entries = entries.filter(created_at__lte=end)
    return entries


def as_row(entry: AuditEntry) -> dict:
    return {
        "when": entry.created_at.isoformat(),
        "actor": entry.actor_label,
        "action": entry.action,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "person_id": entry.person_id,
        "fields": entry.fields,
        "changes": entry.changes,
    }
