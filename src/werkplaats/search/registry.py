"""What search indexes: each kind of content registers a ``SearchSource``.

A source gives the public queryset (everything of its kind that anyone may see) and turns one
object into an ``EntryData``. Only public items are indexed; a private item is simply absent::

    from werkplaats.search.registry import EntryData, SearchSource, register

    register(SearchSource(
        kind="products", label=_("Products"), model=Product,
        queryset_public=lambda: Product.objects.filter(is_published=True).prefetch_related("themes"),
        to_entry=lambda p: EntryData(title=p.title, body=p.summary, url=p.get_absolute_url(),
                                     themes=[t.slug for t in p.themes.all()]),
        m2m_fields=("themes",),
    ))
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import models


@dataclass
class EntryData:
    title: str
    body: str
    url: str
    language: str = "nl"
    year: int | None = None
    workshops: Iterable[str] = ()
    themes: Iterable[str] = ()
    provinces: Iterable[str] = ()
    uuid: Any = None


@dataclass
class SearchSource:
    kind: str
    label: Any
    model: type[models.Model]
    queryset_public: Callable[[], models.QuerySet]
    to_entry: Callable[[Any], EntryData]
    #: Many-to-many fields whose change changes the entry (themes, werkplaatsen).
    m2m_fields: tuple[str, ...] = ()
    order: int = 100
    extra: dict = field(default_factory=dict)


_sources: dict[str, SearchSource] = {}


def register(source: SearchSource, *, replace: bool = False) -> SearchSource:
    if source.kind in _sources and not replace:
        raise ValueError(f"A search source of kind {source.kind!r} is already registered.")
    _sources[source.kind] = source
    return source


def sources() -> list[SearchSource]:
    return sorted(_sources.values(), key=lambda s: (s.order, s.kind))


def source_for_kind(kind: str) -> SearchSource | None:
    return _sources.get(kind)


def source_for_model(model) -> SearchSource | None:
    for source in _sources.values():
        if source.model is model or (
            model._meta.concrete_model is source.model._meta.concrete_model
        ):
            return source
    return None
