"""The tombstone rule for library products, after ``publications.services.remember_withdrawal``:
a once-public product that is no longer public has a tombstone, a public product none."""

from django.utils import timezone

from werkplaats.library.models import Product

from .models import DeletedProduct


def remember_product_withdrawal(
    product: Product, *, was_published: bool | None, deleting: bool = False
) -> None:
    """Keep the tombstone of a product in step with its state after a save or before a delete.

    ``was_published`` is the state the product had when it was read (None when unknown); a
    product that was published, or carries a first publication date, was once public.
    """
    if product.pk is None:
        return
    if product.is_published and not deleting:
        if was_published is not True:  # came back: harvesters see the record again
            DeletedProduct.objects.filter(uuid=product.uuid).delete()
        return
    once_public = bool(was_published) or product.is_published or product.published_at is not None
    if not once_public:
        return
    values = {
        "slug": product.slug,
        "kind": product.kind.slug,
        "workshops": sorted(product.workshops.values_list("slug", flat=True)),
        "deleted_at": timezone.now(),
    }
    if deleting:
        DeletedProduct.objects.update_or_create(uuid=product.uuid, defaults=values)
    elif was_published is not False:
        # Edits of a withdrawn draft do not move the moment it left the public.
        DeletedProduct.objects.get_or_create(uuid=product.uuid, defaults=values)


def refresh_records_naming(person) -> int:
    """Move the datestamps of the public records that name (or no longer name) this person.

    A record's datestamp tells harvesters what to fetch again. When a person withdraws consent
    or their name changes, the publications they wrote and the products they made read
    differently, so harvesters must fetch them again, or they keep the old name for ever.
    """
    from werkplaats.publications.models import Publication

    now = timezone.now()
    changed = Publication.objects.filter(authorships__person=person).update(updated_at=now)
    return changed + Product.objects.filter(makers=person).update(updated_at=now)
