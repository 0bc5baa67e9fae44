"""Tombstones follow every way a publication leaves the public: unpublished through the site,
the admin or a script, or deleted one by one or in bulk. The rule itself is in ``services``."""

from django.db.models.signals import post_save, pre_delete

from .models import Publication


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:
        from .services import remember_withdrawal

        remember_withdrawal(instance)


def _deleting(sender, instance, **kwargs):
    from .services import remember_withdrawal

    remember_withdrawal(instance, deleting=True)


def connect() -> None:
    post_save.connect(_saved, sender=Publication, dispatch_uid="publications-tombstone-save")
    pre_delete.connect(_deleting, sender=Publication, dispatch_uid="publications-tombstone-delete")
