"""Index maintenance on save and delete of every registered model, in the same transaction."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from . import index
from .registry import sources


def _saved(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata: the rebuild command catches up
        return
    index.reindex_object(instance)


def _deleted(sender, instance, **kwargs):
    index.remove_object(instance)


def _m2m(sender, instance, action, reverse=False, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and not reverse:
        index.reindex_object(instance)


def connect() -> None:
    for source in sources():
        uid = f"search-{source.kind}"
        post_save.connect(_saved, sender=source.model, dispatch_uid=uid)
        post_delete.connect(_deleted, sender=source.model, dispatch_uid=uid)
        for name in source.m2m_fields:
            through = source.model._meta.get_field(name).remote_field.through
            m2m_changed.connect(_m2m, sender=through, dispatch_uid=f"{uid}-{name}")
