"""Tombstones follow every way a product leaves the public: unpublished through the site, the
admin or a script, or deleted one by one or in bulk (``QuerySet.update`` bypasses signals, as
everywhere in Django). The rule itself is in ``services``.

A person's consent or name is part of the records that name them: when it changes, their records
get a new datestamp, so harvesters fetch them again (``services.refresh_records_naming``)."""

from django.db.models.signals import post_init, post_save, pre_delete

from werkplaats.library.models import Product
from werkplaats.network.models import Person

STATE = "_oai_was_published"
NAMED = "_oai_named_as"
NAME_FIELDS = ("is_public", "given_name", "family_name_prefix", "family_name")


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


def _person_loaded(sender, instance, **kwargs):
    setattr(instance, NAMED, tuple(instance.__dict__.get(f) for f in NAME_FIELDS))


def _person_saved(sender, instance, created=False, raw=False, **kwargs):
    named_as = tuple(instance.__dict__.get(f) for f in NAME_FIELDS)  # deferred: unchanged
    if not (raw or created) and getattr(instance, NAMED, None) != named_as:
        from .services import refresh_records_naming

        refresh_records_naming(instance)
    setattr(instance, NAMED, named_as)


def connect() -> None:
    post_init.connect(_loaded, sender=Product, dispatch_uid="oai-product-state")
    post_save.connect(_saved, sender=Product, dispatch_uid="oai-product-tombstone-save")
    pre_delete.connect(_deleting, sender=Product, dispatch_uid="oai-product-tombstone-delete")
    post_init.connect(_person_loaded, sender=Person, dispatch_uid="oai-person-name")
    post_save.connect(_person_saved, sender=Person, dispatch_uid="oai-person-refresh")
