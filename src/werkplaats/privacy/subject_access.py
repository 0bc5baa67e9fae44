"""Subject access (Art. 15 AVG): everything held about one person or one submitter, as one JSON
document. Records are exported field by field (every concrete field, so a field added later is in
the export without a change here), except secrets that would let the reader act as the person."""

import base64
import datetime
import decimal
import uuid

from django.db import models
from django.db.models import Q
from django.utils import timezone

from werkplaats.network.models import Person
from werkplaats.newsletter.models import Subscriber
from werkplaats.questions.models import PracticeQuestion

from .audit import object_type, stable_id
from .models import AuditEntry

# Secrets: a password hash, the tracking token's hash and the key behind it, API key hashes, the
# two-factor secret and the recovery codes' hashes.
SECRET_FIELDS = {
    "password", "tracking_token_hash", "submission_key", "key_hash", "session_key", "secret",
    "code_hash",
}  # fmt: skip


def _json(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, (uuid.UUID, decimal.Decimal)):
        return str(value)
    if isinstance(value, (bytes, memoryview)):
        return base64.b64encode(bytes(value)).decode()
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if hasattr(value, "name"):  # a file
        return value.name or None
    return str(value)


def record(obj: models.Model) -> dict:
    """Every concrete field of ``obj`` (foreign keys as their target's text), m2m as texts."""
    data = {"type": object_type(type(obj)), "id": stable_id(obj)}
    for f in obj._meta.concrete_fields:
        if f.name in SECRET_FIELDS or f.primary_key:
            continue
        if f.is_relation:
            target = getattr(obj, f.name)
            data[f.name] = str(target) if target is not None else None
        else:
            data[f.name] = _json(f.value_from_object(obj))
    for f in obj._meta.many_to_many:
        data[f.name] = [str(o) for o in getattr(obj, f.name).all()]
    return data


def _audit(q: Q) -> list[dict]:
    return [
        {
            "when": e.created_at.isoformat(),
            "actor": e.actor_label,
            "action": e.action,
            "object_type": e.object_type,
            "object_id": e.object_id,
            "fields": e.fields,
            "changes": e.changes,
        }
        for e in AuditEntry.objects.filter(q).select_related("actor")
    ]


def export_submitter(email: str) -> dict:
    """Every question submitted with ``email`` (with its timeline) and its subscription."""
    email = email.strip()
    questions = PracticeQuestion.objects.filter(submitter_email__iexact=email).order_by("pk")
    subscribers = Subscriber.objects.filter(email__iexact=email)
    return {
        "email": email,
        "generated_at": timezone.now().isoformat(),
        "questions": [
            {
                **record(question),
                "events": [record(event) for event in question.events.order_by("pk")],
            }
            for question in questions.prefetch_related("themes")
        ],
        "newsletter_subscriptions": [_with_related(s) for s in subscribers],
    }


def _with_related(obj) -> dict:
    data = record(obj)
    for relation in obj._meta.related_objects:
        if relation.one_to_many:
            data[relation.get_accessor_name()] = [
                record(o) for o in getattr(obj, relation.get_accessor_name()).all()
            ]
    return data


def export_person(person: Person) -> dict:
    """Everything about one registry person: the record, each place they appear, their account
    and what it did, what they submitted with their addresses, and the audit log about them."""
    user = person.user
    data = {
        "generated_at": timezone.now().isoformat(),
        "person": record(person),
    }
    for relation in Person._meta.related_objects:
        accessor = relation.get_accessor_name()
        data[accessor] = [record(o) for o in getattr(person, accessor).all()]
    emails = sorted({e for e in (person.email, user.email if user else "") if e})
    data["as_submitter"] = [export_submitter(e) for e in emails]
    about = Q(person_id=person.pk)
    if user is not None:
        data["account"] = record(user)
        for relation in type(user)._meta.related_objects:
            if relation.related_model in (Person, AuditEntry):
                continue
            accessor = relation.get_accessor_name()
            manager = getattr(user, accessor, None)
            if manager is not None and hasattr(manager, "all"):
                data[f"account_{accessor}"] = [record(o) for o in manager.all()]
        about |= Q(object_type=object_type(type(user)), object_id=str(user.pk))
        data["actions_in_audit_log"] = _audit(Q(actor=user))
    data["audit_log"] = _audit(about)
    return data
