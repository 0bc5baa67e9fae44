"""Readable, unique slugs for objects addressed by slug in URLs and the API."""

from django.utils.text import slugify


def unique_slug(
    model, text: str, *, field: str = "slug", exclude_pk=None, reserved=frozenset()
) -> str:
    """A slug made from ``text`` that no row of ``model`` uses yet: ``name``, ``name-2``, ...

    Falls back to the model name when ``text`` has no letters or digits to make a slug from.
    ``reserved`` slugs are never given (addresses beside the objects', like a list's ``rss/``).
    Uniqueness is still guaranteed by the database constraint; this only keeps the common case
    readable.
    """
    max_length = model._meta.get_field(field).max_length or 50
    base = slugify(text)[: max_length - 6].strip("-") or model._meta.model_name
    taken = model._default_manager.filter(**{f"{field}__startswith": base})
    if exclude_pk is not None:
        taken = taken.exclude(pk=exclude_pk)
    used = set(taken.values_list(field, flat=True)) | set(reserved)
    if base not in used:
        return base
    number = 2
    while f"{base}-{number}" in used:
        number += 1
    return f"{base}-{number}"
