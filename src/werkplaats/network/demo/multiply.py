"""Multiplies demo rows for benchmarks: copies of the rows the demo wrote, with their child rows
and many-to-many links, written with bulk inserts.

A *family* is a model whose rows are copied (a question) together with the rows that belong to it
(its timeline events, its theme links). Copy ``k`` of a row keeps its werkplaats, municipality,
vocabulary terms and texts; it points to copy ``k`` of other copied rows (a project's participant
to copy ``k`` of the person, wrapping round), so copies stay spread over the werkplaatsen the way
the demo spreads its rows. Unique values get a suffix, UUIDs are new, a one-to-one link to an
account is dropped, and dates move back one to five years (``years_back``), so the copies spread
over the years before the demo's own.
"""

import datetime
import functools
import math
import random
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import models, transaction

BATCH_SIZE = 1000
#: Copies move back by this many years at most, in turn: copy k moves (k - 1) % YEARS + 1 back.
YEARS = 5


@dataclass
class Family:
    model: type[models.Model]
    target: int
    #: Child models copied with each row, each with the name of its link to the parent.
    children: tuple[tuple[type[models.Model], str], ...] = ()
    #: Only these rows serve as templates (default: all that exist).
    templates: Callable[[models.QuerySet], models.QuerySet] = lambda rows: rows
    #: Changes the values of copy ``k`` of a row (names, references) before it is written.
    vary: Callable[[dict, int, random.Random], None] | None = None
    label: str = ""


@dataclass
class _Plan:
    """A model copied under a parent: its template rows by parent, and its own children."""

    model: type[models.Model]
    link: str  # attname of the link to the parent
    rows: dict[int, list[dict]] = field(default_factory=dict)
    children: list["_Plan"] = field(default_factory=list)


def years_back(k: int) -> int:
    return (k - 1) % YEARS + 1


def shift(value: datetime.date, years: int) -> datetime.date:
    return value - datetime.timedelta(days=round(365.25 * years))


class Multiplier:
    """Copies families in order; later families point to the copies of earlier ones."""

    def __init__(self, seed: int = 2026, progress: Callable[[int], None] | None = None):
        self.rng = random.Random(seed)
        self.copies: dict[type[models.Model], dict[int, list[int]]] = {}
        self.progress = progress or (lambda rows: None)

    def missing(self, family: Family) -> int:
        return max(0, family.target - family.model.objects.count())

    def run(self, family: Family) -> int:
        """Adds copies until the family's model holds ``target`` rows; returns how many were made."""
        missing = self.missing(family)
        model = family.model
        templates = list(family.templates(model.objects.all()).order_by("pk").values())
        if not missing or not templates:
            return 0
        plans = [
            self._plan(child, link, [t["id"] for t in templates]) for child, link in family.children
        ]
        plans += self._m2m_plans(model, [t["id"] for t in templates])
        mapping = self.copies.setdefault(model, {t["id"]: [t["id"]] for t in templates})
        made = 0
        for k in range(1, math.ceil(missing / len(templates)) + 1):
            todo = templates[: missing - made]
            with transaction.atomic():
                rows = []
                for template in todo:
                    values = self._copy(model, template, k)
                    if family.vary:
                        family.vary(values, k, self.rng)
                    rows.append(model(**values))
                model.objects.bulk_create(rows, batch_size=BATCH_SIZE)
                new = {template["id"]: row.pk for template, row in zip(todo, rows, strict=True)}
                for old, pk in new.items():
                    mapping[old].append(pk)
                for plan in plans:
                    self._write(plan, new, k)
            made += len(todo)
            self.progress(len(todo))
        return made

    # Planning: which child rows belong to which template.

    def _plan(self, model, link: str, parents: Iterable[int]) -> _Plan:
        attname = model._meta.get_field(link).attname
        plan = _Plan(model, attname)
        rows = model.objects.filter(**{f"{attname}__in": list(parents)}).order_by("pk").values()
        for row in rows:
            plan.rows.setdefault(row[attname], []).append(row)
        ids = [row["id"] for group in plan.rows.values() for row in group]
        plan.children = self._m2m_plans(model, ids)
        return plan

    def _m2m_plans(self, model, ids: list[int]) -> list[_Plan]:
        plans = []
        for m2m in model._meta.many_to_many:
            through = m2m.remote_field.through
            if not through._meta.auto_created:
                continue
            link = m2m.m2m_field_name()
            plans.append(self._plan(through, link, ids))
        return plans

    # Writing.

    def _write(self, plan: _Plan, parents: dict[int, int], k: int) -> None:
        rows, sources = [], []
        for old_parent, new_parent in parents.items():
            for template in plan.rows.get(old_parent, ()):
                values = self._copy(plan.model, template, k)
                values[plan.link] = new_parent
                rows.append(plan.model(**values))
                sources.append(template["id"])
        if not rows:
            return
        plan.model.objects.bulk_create(rows, batch_size=BATCH_SIZE)
        if plan.children:
            new = {old: row.pk for old, row in zip(sources, rows, strict=True)}
            for child in plan.children:
                self._write(child, new, k)

    def _copy(self, model, template: dict, k: int) -> dict:
        values = dict(template)
        values.pop("id")
        years = years_back(k)
        for name, action, f in _spec(model):
            value = values.get(name)
            if action == "link":
                if value is not None and f.related_model in self.copies:
                    values[name] = self._copy_of(f.related_model, value, k)
            elif action == "drop":
                values[name] = None
            elif action == "uuid":
                values[name] = uuid.UUID(int=self.rng.getrandbits(128), version=4)
            elif action == "unique":
                if value:
                    suffix = f"-b{k}"
                    values[name] = f"{value[: f.max_length - len(suffix)]}{suffix}"
            elif value is not None:  # a date
                values[name] = shift(value, years)
        return values

    def _copy_of(self, model, pk: int, k: int) -> int:
        copies = self.copies[model].get(pk)
        if not copies:
            return pk
        return copies[k % len(copies)]


@functools.cache
def _spec(model) -> list[tuple[str, str, models.Field]]:
    """What copying does to each field of ``model``: (attname, action, field)."""
    unique_when_set = {
        c.fields[0]
        for c in model._meta.constraints
        if isinstance(c, models.UniqueConstraint) and len(c.fields) == 1
    }
    spec = []
    for f in model._meta.concrete_fields:
        if f.primary_key:
            continue
        if f.is_relation:
            action = "drop" if f.one_to_one and f.null else "link"
        elif isinstance(f, models.UUIDField) and f.unique:
            action = "uuid"
        elif f.unique or f.name in unique_when_set:
            action = "unique"
        elif isinstance(f, models.DateField):  # and so DateTimeField
            action = "date"
        else:
            continue
        spec.append((f.attname, action, f))
    return spec
