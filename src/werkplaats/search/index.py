"""Keeping the index in step: one object at a time (on save/delete) or everything at once."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F

from .models import IndexRevision, SearchEntry, SearchFacet
from .registry import EntryData, SearchSource, source_for_model, sources
from .text import stems


def next_revision() -> int:
    """The next index revision, taken inside the caller's transaction: the counter row stays
    locked until it commits, so revisions become visible in the order they were taken."""
    if not IndexRevision.objects.filter(pk=1).update(value=F("value") + 1):
        IndexRevision.objects.create(pk=1, value=1)
    return IndexRevision.objects.values_list("value", flat=True).get(pk=1)


def _fields(source: SearchSource, obj, data: EntryData, revision: int) -> dict:
    return {
        "revision": revision,
        "object_uuid": data.uuid,
        "kind": source.kind,
        "title": (data.title or str(obj))[:300],
        "body": data.body or "",
        "url": data.url,
        "language": data.language,
        "year": data.year,
        "is_public": True,
        "stems_title": stems(data.title),
        "stems_body": stems(data.body),
    }


def _facets(entry_id: int, data: EntryData) -> list[SearchFacet]:
    values = [("workshop", v) for v in dict.fromkeys(data.workshops)]
    values += [("theme", v) for v in dict.fromkeys(data.themes)]
    values += [("province", v) for v in dict.fromkeys(data.provinces)]
    if data.year:
        values.append(("year", str(data.year)))
    return [SearchFacet(entry_id=entry_id, name=n, value=v) for n, v in values if v]


def remove_object(obj) -> int:
    """Take an object out of the index (it was deleted, unpublished or made private)."""
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=True)
    deleted, _ = SearchEntry.objects.filter(
        content_type=content_type, object_id=str(obj.pk)
    ).delete()
    return deleted


@transaction.atomic
def reindex_object(obj) -> SearchEntry | None:
    """Index the object as it is now: add or update it when public, remove it otherwise."""
    source = source_for_model(type(obj))
    if source is None:
        return None
    current = source.queryset_public().filter(pk=obj.pk).first()
    if current is None:
        remove_object(obj)
        return None
    data = source.to_entry(current)
    content_type = ContentType.objects.get_for_model(current, for_concrete_model=True)
    entry, _ = SearchEntry.objects.update_or_create(
        content_type=content_type,
        object_id=str(current.pk),
        defaults=_fields(source, current, data, next_revision()),
    )
    SearchFacet.objects.filter(entry=entry).delete()
    SearchFacet.objects.bulk_create(_facets(entry.pk, data))
    return entry


@transaction.atomic
def add_entries(items: list[tuple[SearchSource, object, EntryData]], content_types: dict) -> int:
    """Bulk-insert new entries with their facets (the full-text side follows by trigger or
    generated column)."""
    revision = next_revision()
    entries = [
        SearchEntry(
            content_type=content_types[source.kind],
            object_id=str(obj.pk) if hasattr(obj, "pk") else str(obj),
            **_fields(source, obj, data, revision),
        )
        for source, obj, data in items
    ]
    created = SearchEntry.objects.bulk_create(entries, batch_size=2000)
    if created and created[0].pk is None:  # backends without RETURNING: read the ids back
        ids = dict(
            SearchEntry.objects.filter(object_id__in=[e.object_id for e in created]).values_list(
                "object_id", "pk"
            )
        )
        for entry in created:
            entry.pk = ids[entry.object_id]
    facets = [
        f
        for entry, (_, _, data) in zip(created, items, strict=True)
        for f in _facets(entry.pk, data)
    ]
    SearchFacet.objects.bulk_create(facets, batch_size=5000)
    return len(created)


@transaction.atomic
def rebuild(kinds: list[str] | None = None, *, chunk: int = 2000) -> dict[str, int]:
    """Empty the index (or the given kinds) and fill it again from every source."""
    counts = {}
    for source in sources():
        if kinds and source.kind not in kinds:
            continue
        content_type = ContentType.objects.get_for_model(source.model, for_concrete_model=True)
        SearchEntry.objects.filter(kind=source.kind).delete()
        batch, total = [], 0
        for obj in source.queryset_public().iterator(chunk_size=chunk):
            batch.append((source, obj, source.to_entry(obj)))
            if len(batch) >= chunk:
                total += add_entries(batch, {source.kind: content_type})
                batch = []
        if batch:
            total += add_entries(batch, {source.kind: content_type})
        counts[source.kind] = total
    return counts
