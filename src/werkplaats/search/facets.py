"""The facet values of every entry, held in memory per process as a table of numbers.

Counting facets over thousands of hits in SQL costs a lookup per hit and facet (tens of
milliseconds at 100 000 entries); here it is one numpy row selection and a ``bincount``. Each
facet value has a number (a column): ``("kind", kind)``, ``("workshop", slug)``,
``("theme", slug)``, ``("year", "2024")``, ``("province", code)``; each entry has a row with the
numbers of its values, padded with -1.

It follows the index by revision (``models.IndexRevision``): each search reads the current
revision (one small query) and, when it moved on, loads only the entries written since. Rows of
deleted entries stay behind harmlessly: hits come from the full-text index, which no longer has
them. When the revision went back (a database restored or a test rolled back) everything is
loaded again.
"""

import threading
import time
from dataclasses import dataclass, field

import numpy as np
from django.db import connection

#: How long the names of werkplaatsen and themes are kept (renaming a werkplaats reindexes it,
#: which refreshes them at once; a renamed theme shows within this many seconds).
NAMES_TTL = 300.0

#: Entries read from the database at a time.
CHUNK = 10_000

#: Facet names, in display order.
NAMES = ("kind", "workshop", "theme", "year", "province")


@dataclass
class FacetMatrix:
    revision: int = -1
    #: Entry id → row (-1: not held); grows with the highest id.
    row_of: np.ndarray = field(default_factory=lambda: np.full(0, -1, dtype=np.int64))
    #: One row per entry held: the numbers of its facet values (columns), padded with -1.
    cells: np.ndarray = field(default_factory=lambda: np.full((0, 8), -1, dtype=np.int32))
    used: int = 0
    columns: dict[tuple[str, str], int] = field(default_factory=dict)
    _names: dict | None = None
    _names_at: float = 0.0

    def names(self) -> dict[str, dict[str, tuple[str, str]]]:
        """``{"workshop": {slug: (name, name)}, "theme": {slug: (name, name_en)}}``."""
        if self._names is None or time.monotonic() - self._names_at > NAMES_TTL:
            from werkplaats.network.models import Theme, Workshop

            self._names = {
                "workshop": {s: (n, n) for s, n in Workshop.objects.values_list("slug", "name")},
                "theme": {
                    s: (n, en) for s, n, en in Theme.objects.values_list("slug", "name", "name_en")
                },
            }
            self._names_at = time.monotonic()
        return self._names

    def rows(self, entry_ids: np.ndarray) -> np.ndarray:
        """Rows of these entry ids; ids not (yet) held get row -1."""
        inside = entry_ids < len(self.row_of)
        if inside.all():
            return self.row_of[entry_ids]
        return np.where(inside, self.row_of[np.where(inside, entry_ids, 0)], -1)

    def _has_any(self, sub: np.ndarray, name: str, values) -> np.ndarray:
        cols = [self.columns[(name, v)] for v in values if (name, v) in self.columns]
        if not cols:
            return np.zeros(len(sub), dtype=bool)
        return np.isin(sub, cols).any(axis=1)

    def mask(self, rows: np.ndarray, filters: dict[str, list[str]]) -> np.ndarray:
        """Which rows pass every filter: within a facet any chosen value, across facets all."""
        if not filters:
            return np.ones(len(rows), dtype=bool)
        keep = rows >= 0
        sub = self.cells[np.where(keep, rows, 0)]
        for name, values in filters.items():
            keep &= self._has_any(sub, name, values)
        return keep

    def _count(self, sub: np.ndarray) -> np.ndarray:
        """How often each column occurs in these rows (padding falls in the first bin)."""
        return np.bincount(sub.ravel() + 1, minlength=len(self.columns) + 1)[1:]

    def counts(self, rows: np.ndarray, filters: dict[str, list[str]]) -> dict[str, dict[str, int]]:
        """Per facet value, how many of these rows have it, counting each facet under the
        filters of the OTHER facets only (so the alternatives to a chosen value stay visible)."""
        sub = self.cells[rows[rows >= 0]]
        masks = {name: self._has_any(sub, name, values) for name, values in filters.items()}
        everything = self._count(sub) if len(masks) < 2 else None
        out: dict[str, dict[str, int]] = {name: {} for name in NAMES}
        by_name: dict[str, list[tuple[str, int]]] = {}
        for (name, value), col in self.columns.items():
            by_name.setdefault(name, []).append((value, col))
        for name, values in by_name.items():
            others = [mask for other, mask in masks.items() if other != name]
            if not others and everything is not None:
                sums = everything
            else:
                sums = self._count(sub[np.logical_and.reduce(others)] if others else sub)
            out[name] = {value: int(sums[col]) for value, col in values if sums[col]}
        return out

    def apply(self, entries: list[tuple[int, str]], facets: list[tuple[int, str, str]]) -> None:
        """Write (or rewrite) these entries' rows."""
        if not entries:
            return
        values: dict[int, list[int]] = {e: [self._column("kind", kind)] for e, kind in entries}
        for entry_id, name, value in facets:
            if entry_id in values:
                values[entry_id].append(self._column(name, value))
        ids = np.fromiter(values, dtype=np.int64, count=len(values))
        if ids.max() >= len(self.row_of):
            grown = np.full(max(int(ids.max()) + 1, len(self.row_of) * 3 // 2), -1, np.int64)
            grown[: len(self.row_of)] = self.row_of
            self.row_of = grown
        fresh = ids[self.row_of[ids] < 0]
        width = max(self.cells.shape[1], max(len(v) for v in values.values()))
        if self.used + len(fresh) > len(self.cells) or width > self.cells.shape[1]:
            size = max(self.used + len(fresh), len(self.cells) * 3 // 2, 1024)
            grown = np.full((size, width), -1, dtype=np.int32)
            grown[: self.used, : self.cells.shape[1]] = self.cells[: self.used]
            self.cells = grown
        self.row_of[fresh] = np.arange(self.used, self.used + len(fresh))
        self.used += len(fresh)
        for entry_id, cols in values.items():
            row = self.cells[self.row_of[entry_id]]
            row[:] = -1
            row[: len(cols)] = cols

    def _column(self, name: str, value: str) -> int:
        return self.columns.setdefault((name, value), len(self.columns))


_held: dict[tuple[str, str], FacetMatrix] = {}
_lock = threading.Lock()


def _key() -> tuple[str, str]:
    return (connection.alias, str(connection.settings_dict.get("NAME")))


def current() -> FacetMatrix:
    """The facet table of this database, brought up to the index's current revision."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT value FROM search_indexrevision WHERE id = 1")
        row = cursor.fetchone()
    revision = row[0] if row else 0
    key = _key()
    with _lock:
        held = _held.get(key)
        if held is None or revision < held.revision:
            held = _held[key] = FacetMatrix()
        if revision != held.revision:
            _load_since(held, held.revision)
            held.revision, held._names = revision, None
        return held


def _load_since(held: FacetMatrix, revision: int) -> None:
    """Entries written since ``revision``, ``CHUNK`` at a time: at 200 000 entries, reading all
    facet rows at once as Python tuples took 300 MB more than the table they fill."""
    after = 0
    while True:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT id, kind FROM search_searchentry WHERE revision > %s AND id > %s"
                " ORDER BY id LIMIT %s",
                [revision, after, CHUNK],
            )
            entries = cursor.fetchall()
            if not entries:
                return
            cursor.execute(
                "SELECT f.entry_id, f.name, f.value FROM search_searchfacet f"
                " JOIN search_searchentry e ON e.id = f.entry_id"
                " WHERE e.revision > %s AND f.entry_id BETWEEN %s AND %s",
                [revision, entries[0][0], entries[-1][0]],
            )
            facets = cursor.fetchall()
        held.apply(entries, facets)
        if len(entries) < CHUNK:
            return
        after = entries[-1][0]


def forget() -> None:
    """Drop what this process holds (tests start each case from the database as it is)."""
    with _lock:
        _held.clear()
