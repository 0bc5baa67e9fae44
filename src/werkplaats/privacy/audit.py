"""The audit log: who changed what and when, for every object with personal data or a workflow state.

Model signals on the registry below, so writes through the site, the admin, the API, tasks and
commands are all recorded, in the transaction of the change. What is recorded:

- the actor (``context.current_actor()``: the request's user, or "system" / a command's name),
- the action (create, update, delete), the object's type and stable id (UUID, else database id:
  a slug may be made of a name),
- the names of the changed fields, and old -> new values only for short, non-personal fields.
  Personal fields (those in ``register``) and long texts are recorded by name only, so the log
  never holds what a submitter wrote, an e-mail address or a name.

Bulk ``QuerySet.update()`` sends no signals: services that use it for personal data (question
retention) also save the object itself, which is recorded.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from .context import current_actor
from .register import personal_fields

# Fields never worth a line: caches, timestamps that change on every save, progress counters.
ALWAYS_IGNORED = {"search_text", "updated_at", "stems_title", "stems_body"}


@dataclass(frozen=True)
class Audited:
    label: str  # "app_label.Model"
    ignore: frozenset[str] = field(default_factory=frozenset)
    m2m: tuple[str, ...] = ()


AUDITED: tuple[Audited, ...] = (
    Audited("accounts.User", frozenset({"last_login"}), ("groups",)),
    Audited("network.Person", m2m=("roles", "competences", "themes", "workshops")),
    Audited("network.Affiliation"),
    Audited("network.Workshop", frozenset({"agenda"}), ("coordinators",)),
    Audited("network.Partnership"),
    Audited("questions.PracticeQuestion", m2m=("themes",)),
    Audited("questions.QuestionEvent"),
    Audited("projects.Project", m2m=("workshops", "questions", "themes")),
    Audited("projects.Participant"),
    Audited("communities.Membership"),
    Audited("communities.Attendance"),
    Audited("communities.Reflection", m2m=("authors",)),
    Audited("library.Product", m2m=("makers", "workshops")),
    Audited("publications.Publication", m2m=("workshops", "projects")),
    Audited("publications.Authorship"),
    Audited("dossier.Article", frozenset({"body_html"}), ("workshops",)),
    Audited("newsletter.Subscriber", m2m=("workshops", "themes")),
    Audited("newsletter.Issue"),
    Audited(
        "monitoring.EvaluationReport",
        frozenset({"progress", "step", "attempts", "error", "started_at"}),
    ),
    Audited("apiaccess.ApiToken", frozenset({"last_used_at"})),
)

# Values longer than this are recorded by name only: texts are not the log's business.
MAX_VALUE_LENGTH = 200


def audited_models() -> dict[type[models.Model], Audited]:
    found = {}
    for spec in AUDITED:
        try:
            found[apps.get_model(spec.label)] = spec
        except LookupError:  # an app not installed (yet)
            continue
    return found


def stable_id(instance) -> str:
    uuid = getattr(instance, "uuid", None)
    return str(uuid) if uuid else str(instance.pk)


def object_type(model) -> str:
    return model._meta.label_lower


def _person_id(instance) -> int | None:
    if instance._meta.label == "network.Person":
        return instance.pk
    return getattr(instance, "person_id", None)


def _tracked_fields(model, spec: Audited) -> list[models.Field]:
    ignored = ALWAYS_IGNORED | spec.ignore
    return [
        f
        for f in model._meta.concrete_fields
        if f.name not in ignored and not f.primary_key and f.name != "uuid"
    ]


def _value(f: models.Field, instance):
    return f.value_from_object(instance)


def _loggable(f: models.Field, personal: set[str], value) -> bool:
    if f.name in personal or isinstance(
        f, (models.TextField, models.BinaryField, models.JSONField)
    ):
        return False
    return value is None or len(str(value)) <= MAX_VALUE_LENGTH


def _json(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def record(instance, action: str, fields=(), changes=None):
    from .models import AuditEntry

    actor = current_actor()
    return AuditEntry.objects.create(
        actor_id=actor.user_id,
        actor_name="" if actor.user_id else actor.name,
        action=action,
        object_type=object_type(type(instance)),
        object_id=stable_id(instance),
        person_id=_person_id(instance),
        fields=sorted(fields),
        changes=changes or {},
    )


def _snapshot(sender, instance, raw=False, **kwargs):
    """Before an update, the stored values of the tracked fields (one query)."""
    if raw or instance._state.adding or instance.pk is None:
        instance._audit_before = None
        return
    spec = _registry[sender]
    names = [f.attname for f in _tracked_fields(sender, spec)]
    update_fields = kwargs.get("update_fields")
    if update_fields is not None:
        wanted = {sender._meta.get_field(n).attname for n in update_fields}
        names = [n for n in names if n in wanted]
    instance._audit_before = (
        sender._base_manager.filter(pk=instance.pk).values(*names).first() if names else {}
    )


def _saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    spec = _registry[sender]
    personal = _personal[sender]
    fields, changes = [], {}
    before = None if created else getattr(instance, "_audit_before", None)
    for f in _tracked_fields(sender, spec):
        new = _value(f, instance)
        if before is not None:
            if f.attname not in before:
                continue
            old = before[f.attname]
            if old == new:
                continue
        elif not created:
            continue
        else:
            old = None
            if new in (None, "", [], {}) or new is False:
                continue
        fields.append(f.name)
        if _loggable(f, personal, old) and _loggable(f, personal, new):
            changes[f.name] = [_json(old), _json(new)]
    instance._audit_before = None
    if created or fields:
        record(instance, "create" if created else "update", fields, changes)


def _deleted(sender, instance, **kwargs):
    record(instance, "delete")


def _m2m(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    for owner_model, spec in _registry.items():
        for name in spec.m2m:
            if owner_model._meta.get_field(name).remote_field.through is not sender:
                continue
            if reverse:
                # e.g. person.reflection_set.add(...): one line per owning object.
                owners = owner_model._base_manager.filter(pk__in=pk_set or ())
                for owner in owners:
                    _m2m_record(owner, name, action, {instance.pk})
            else:
                _m2m_record(instance, name, action, pk_set)
            return


def _m2m_record(owner, name, action, pk_set):
    verb = {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}[action]
    record(owner, "update", [name], {name: {verb: sorted(pk_set or [])}})


_registry: dict[type[models.Model], Audited] = {}
_personal: dict[type[models.Model], set[str]] = {}


def connect() -> None:
    _registry.clear()
    _registry.update(audited_models())
    register_fields = personal_fields()
    for model in _registry:
        prefix = f"{model._meta.label}."
        _personal[model] = {n[len(prefix) :] for n in register_fields if n.startswith(prefix)}
    for model, spec in _registry.items():
        uid = f"audit-{model._meta.label_lower}"
        pre_save.connect(_snapshot, sender=model, dispatch_uid=uid)
        post_save.connect(_saved, sender=model, dispatch_uid=uid)
        post_delete.connect(_deleted, sender=model, dispatch_uid=uid)
        for name in spec.m2m:
            through = model._meta.get_field(name).remote_field.through
            m2m_changed.connect(_m2m, sender=through, dispatch_uid=f"{uid}-{name}")
