"""The records of the repository: every public publication and product, and the tombstones of
those that left the public, as one list in datestamp order.

Four sources feed the list (live and withdrawn publications, live and withdrawn products); what is
public is decided by the apps' own permissions (``publications_visible_to`` and
``products_visible_to`` for a visitor), never here. A page is read in two steps so that its cost
does not grow with the page size: first the sort keys of at most ``size + 1`` rows per source,
merged in Python, then the chosen rows per source with their relations prefetched.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AnonymousUser
from django.db.models import Min, Prefetch, Q, QuerySet, TextField
from django.db.models.functions import Cast

from werkplaats.library.models import Product
from werkplaats.library.permissions import products_visible_to
from werkplaats.network.models import Person, Theme, Workshop
from werkplaats.projects.permissions import projects_visible_to
from werkplaats.publications.models import Authorship, DeletedPublication, Publication
from werkplaats.publications.permissions import publications_visible_to

from . import constants as c
from .models import DeletedProduct
from .protocol import oai_identifier
from .tokens import Position

VISITOR = AnonymousUser()


@dataclass
class Record:
    kind: str
    uuid: uuid.UUID
    moment: datetime
    rank: int
    set_specs: list[str]
    deleted: bool = False
    item: Publication | Product | None = None

    @property
    def identifier(self) -> str:
        return oai_identifier(self.kind, self.uuid)

    @property
    def key(self) -> tuple:
        return (self.moment, self.rank, self.uuid.hex)

    def position(self, cursor: int) -> Position:
        return Position(self.moment, self.rank, self.uuid.hex, cursor)


def _through_q(model, column: str, slug: str | None) -> Q:
    rows = model.workshops.through.objects.all()
    if slug is not None:
        rows = rows.filter(workshop__slug=slug)
    return Q(pk__in=rows.values(column))


def _tombstone_workshops(rows: QuerySet, slug: str | None) -> QuerySet:
    # Tombstones keep their werkplaatsen as a JSON list of slugs; the text form is the same on
    # SQLite and PostgreSQL (``["a", "b"]``), and a slug never needs escaping.
    rows = rows.annotate(workshop_text=Cast("workshops", TextField()))
    if slug is None:
        return rows.exclude(workshop_text="[]")
    return rows.filter(workshop_text__contains=f'"{slug}"')


def _workshop_specs(slugs) -> list[str]:
    return [f"{c.SET_WORKSHOP}:{slug}" for slug in slugs]


class Source:
    rank: int
    kind: str
    field: str = "updated_at"
    top_set: str
    sub_set: str  # the set under which this kind is split: type (publications), kind (products)

    def rows(self) -> QuerySet:
        raise NotImplementedError

    def narrow(self, rows: QuerySet, sub_value: str) -> QuerySet:
        raise NotImplementedError

    def by_workshop(self, rows: QuerySet, slug: str | None) -> QuerySet:
        raise NotImplementedError

    def in_set(self, spec: str) -> QuerySet | None:
        """The rows in a set (and its subsets), or None when the source has none there."""
        rows = self.rows()
        if not spec or spec == self.top_set:
            return rows
        top, _, value = spec.partition(":")
        if ":" in value:
            return None
        if top == c.SET_WORKSHOP:
            return self.by_workshop(rows, value or None)
        if top == self.sub_set:
            return self.narrow(rows, value) if value else rows
        return None

    def keys(self, rows: QuerySet, limit: int) -> list[Record]:
        found = rows.order_by(self.field, "uuid").values_list(self.field, "uuid")[:limit]
        return [Record(self.kind, value, moment, self.rank, []) for moment, value in found]

    def after(self, rows: QuerySet, position: Position | None) -> QuerySet:
        if position is None:
            return rows
        moment, field = position.moment, self.field
        if self.rank > position.rank:
            return rows.filter(**{f"{field}__gte": moment})
        if self.rank < position.rank:
            return rows.filter(**{f"{field}__gt": moment})
        return rows.filter(
            Q(**{f"{field}__gt": moment})
            | Q(**{field: moment, "uuid__gt": uuid.UUID(position.uuid_hex)})
        )

    def load(self, uuids, full: bool) -> list[Record]:
        raise NotImplementedError


class LivePublications(Source):
    rank, kind, top_set, sub_set = 0, c.PUBLICATION, c.SET_PUBLICATIONS, c.SET_TYPE

    def rows(self):
        return publications_visible_to(VISITOR)

    def narrow(self, rows, sub_value):
        return rows.filter(publication_type=sub_value)

    def by_workshop(self, rows, slug):
        return rows.filter(_through_q(Publication, "publication_id", slug))

    def load(self, uuids, full):
        relations = [Prefetch("workshops", queryset=Workshop.objects.order_by("name"))]
        if full:
            relations += [
                Prefetch(
                    "authorships",
                    queryset=Authorship.objects.select_related("person").order_by("position", "pk"),
                ),
                Prefetch("themes", queryset=Theme.objects.order_by("position", "name")),
                Prefetch("projects", queryset=projects_visible_to(VISITOR).order_by("title")),
                Prefetch("products", queryset=products_visible_to(VISITOR).order_by("title")),
            ]
        found = self.rows().filter(uuid__in=uuids).prefetch_related(*relations)
        return [
            Record(
                self.kind,
                item.uuid,
                item.updated_at,
                self.rank,
                [
                    c.SET_PUBLICATIONS,
                    f"{c.SET_TYPE}:{item.publication_type}",
                    *_workshop_specs(w.slug for w in item.workshops.all()),
                ],
                item=item,
            )
            for item in found
        ]


class WithdrawnPublications(Source):
    rank, kind, field, top_set, sub_set = (
        1,
        c.PUBLICATION,
        "deleted_at",
        c.SET_PUBLICATIONS,
        c.SET_TYPE,
    )

    def rows(self):
        # A tombstone never stands beside a public record (publishing again removes it); the
        # exclusion keeps one record per identifier even if one was left behind.
        live = publications_visible_to(VISITOR).values("uuid")
        return DeletedPublication.objects.exclude(uuid__in=live)

    def narrow(self, rows, sub_value):
        return rows.filter(publication_type=sub_value)

    def by_workshop(self, rows, slug):
        return _tombstone_workshops(rows, slug)

    def load(self, uuids, full):
        return [
            Record(
                self.kind,
                row.uuid,
                row.deleted_at,
                self.rank,
                [
                    c.SET_PUBLICATIONS,
                    f"{c.SET_TYPE}:{row.publication_type}",
                    *_workshop_specs(row.workshops),
                ],
                deleted=True,
            )
            for row in self.rows().filter(uuid__in=uuids)
        ]


class LiveProducts(Source):
    rank, kind, top_set, sub_set = 2, c.PRODUCT, c.SET_PRODUCTS, c.SET_KIND

    def rows(self):
        return products_visible_to(VISITOR)

    def narrow(self, rows, sub_value):
        return rows.filter(kind__slug=sub_value)

    def by_workshop(self, rows, slug):
        return rows.filter(_through_q(Product, "product_id", slug))

    def load(self, uuids, full):
        relations = [Prefetch("workshops", queryset=Workshop.objects.order_by("name"))]
        if full:
            relations += [
                Prefetch("makers", queryset=Person.objects.public().order_by("family_name", "pk")),
                Prefetch("themes", queryset=Theme.objects.order_by("position", "name")),
                Prefetch("project", queryset=projects_visible_to(VISITOR)),
                Prefetch(
                    "publications", queryset=publications_visible_to(VISITOR).order_by("title")
                ),
            ]
        found = (
            self.rows().filter(uuid__in=uuids).select_related("kind").prefetch_related(*relations)
        )
        return [
            Record(
                self.kind,
                item.uuid,
                item.updated_at,
                self.rank,
                [
                    c.SET_PRODUCTS,
                    f"{c.SET_KIND}:{item.kind.slug}",
                    *_workshop_specs(w.slug for w in item.workshops.all()),
                ],
                item=item,
            )
            for item in found
        ]


class WithdrawnProducts(Source):
    rank, kind, field, top_set, sub_set = 3, c.PRODUCT, "deleted_at", c.SET_PRODUCTS, c.SET_KIND

    def rows(self):
        return DeletedProduct.objects.exclude(uuid__in=products_visible_to(VISITOR).values("uuid"))

    def narrow(self, rows, sub_value):
        return rows.filter(kind=sub_value)

    def by_workshop(self, rows, slug):
        return _tombstone_workshops(rows, slug)

    def load(self, uuids, full):
        return [
            Record(
                self.kind,
                row.uuid,
                row.deleted_at,
                self.rank,
                [c.SET_PRODUCTS, f"{c.SET_KIND}:{row.kind}", *_workshop_specs(row.workshops)],
                deleted=True,
            )
            for row in self.rows().filter(uuid__in=uuids)
        ]


SOURCES: list[Source] = [
    LivePublications(),
    WithdrawnPublications(),
    LiveProducts(),
    WithdrawnProducts(),
]


@dataclass(frozen=True)
class Selection:
    """What a list request asks for: a set (and its subsets), from (inclusive) and before."""

    set_spec: str = ""
    start: datetime | None = None
    end: datetime | None = None  # exclusive: the end of the day or second of ``until``

    def rows(self) -> list[tuple[Source, QuerySet]]:
        chosen = []
        for source in SOURCES:
            rows = source.in_set(self.set_spec)
            if rows is None:
                continue
            if self.start is not None:
                rows = rows.filter(**{f"{source.field}__gte": self.start})
            if self.end is not None:
                rows = rows.filter(**{f"{source.field}__lt": self.end})
            chosen.append((source, rows))
        return chosen


@dataclass
class Page:
    records: list[Record]
    complete_size: int
    has_more: bool
    last: Record | None = None


def read_page(selection: Selection, position: Position | None, size: int, *, full: bool) -> Page:
    """The next ``size`` records after ``position``, with the size of the whole list."""
    chosen = selection.rows()
    total = sum(rows.count() for _, rows in chosen)
    keys = []
    for source, rows in chosen:
        keys += [(k, source) for k in source.keys(source.after(rows, position), size + 1)]
    keys.sort(key=lambda pair: pair[0].key)
    page, has_more = keys[:size], len(keys) > size
    loaded = {}
    for source, _ in chosen:
        wanted = [k.uuid for k, s in page if s is source]
        if wanted:
            loaded.update({(r.rank, r.uuid): r for r in source.load(wanted, full)})
    # A row that left the public between the two steps is not sent; one that changed is sent as
    # it is now, and again later in the list. The next page starts after the key read first.
    records = [loaded[(k.rank, k.uuid)] for k, _ in page if (k.rank, k.uuid) in loaded]
    return Page(records, total, has_more, page[-1][0] if page else None)


def find_record(kind: str, value: uuid.UUID, *, full: bool = True) -> Record | None:
    """The record of one identifier: public, withdrawn, or None when it never was public."""
    for source in SOURCES:
        if source.kind == kind:
            found = source.load([value], full)
            if found:
                return found[0]
    return None


def earliest_datestamp() -> datetime | None:
    moments = [source.rows().aggregate(first=Min(source.field))["first"] for source in SOURCES]
    moments = [m for m in moments if m is not None]
    return min(moments) if moments else None
