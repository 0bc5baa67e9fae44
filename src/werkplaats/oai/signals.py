"""Tombstones follow every way a product leaves the public: unpublished through the site, the
admin or a script, or deleted one by one or in bulk (``QuerySet.update`` bypasses signals, as
everywhere in Django). The rule itself is in ``services``."""

from django.db.models.signals import post_init, post_save, pre_delete

from werkplaats.library.models import Product

STATE = "_oai_was_published"


def _loaded(sender, instance, **kwargs):
    # The state as read, without a query; None when the field was deferred.
    setattr(instance, STATE, instance.__dict__.get("is_published"))


def _saved(sender, instance, created=False, raw=False, **kwargs):
    if raw:
        return
    if not created:
        from .services import remember_product_withdrawal

        remember_product_withdrawal(instance, was_published=getattr(instance, STATE, None))
    setattr(instance, STATE, instance.is_published)


def _deleting(sender, instance, **kwargs):
    from .services import remember_product_withdrawal

    remember_product_withdrawal(
        instance, was_published=getattr(instance, STATE, None), deleting=True
    )


def connect() -> None:
    post_init.connect(_loaded, sender=Product, dispatch_uid="oai-product-state")
    post_save.connect(_saved, sender=Product, dispatch_uid="oai-product-tombstone-save")
    pre_delete.connect(_deleting, sender=Product, dispatch_uid="oai-product-tombstone-delete")
