"""The facet values of every entry, held in memory per process as a boolean matrix.

Counting facets over thousands of hits in SQL costs a lookup per hit and facet (tens of
milliseconds at 100 000 entries); here it is one numpy row selection and a column sum. The
matrix has a row per entry (ids ascending) and a column per facet value: ``("kind", kind)``,
``("workshop", slug)``, ``("theme", slug)``, ``("year", "2024")``, ``("province", code)``.

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

#: Facet names that are columns of the matrix, in display order.
NAMES = ("kind", "workshop", "theme", "year", "province")


@dataclass
class FacetMatrix:
    revision: int = -1
    #: Entry id → matrix row (-1: not held); grows with the highest id.
    row_of: np.ndarray = field(default_factory=lambda: np.full(0, -1, dtype=np.int64))
    #: One row per entry held, one column per facet value; 1 where the entry has it.
    matrix: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.uint8))
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
        """Matrix rows of these entry ids; ids not (yet) held get row -1."""
        inside = entry_ids < len(self.row_of)
        if inside.all():
            return self.row_of[entry_ids]
        return np.where(inside, self.row_of[np.where(inside, entry_ids, 0)], -1)

    def _cols(self, name: str, values) -> list[int]:
        return [self.columns[(name, v)] for v in values if (name, v) in self.columns]

    def _has_any(self, sub: np.ndarray, name: str, values) -> np.ndarray:
        cols = self._cols(name, values)
        if not cols:
            return np.zeros(len(sub), dtype=bool)
        return sub[:, cols].any(axis=1)

    def mask(self, rows: np.ndarray, filters: dict[str, list[str]]) -> np.ndarray:
        """Which rows pass every filter: within a facet any chosen value, across facets all."""
        if not filters:
            return np.ones(len(rows), dtype=bool)
        keep = rows >= 0
        sub = np.take(self.matrix, np.where(keep, rows, 0), axis=0)
        for name, values in filters.items():
            keep &= self._has_any(sub, name, values)
        return keep

    def counts(self, rows: np.ndarray, filters: dict[str, list[str]]) -> dict[str, dict[str, int]]:
        """Per facet value, how many of these rows have it, counting each facet under the
        filters of the OTHER facets only (so the alternatives to a chosen value stay visible)."""
        sub = np.take(self.matrix, rows[rows >= 0], axis=0)
        masks = {name: self._has_any(sub, name, values) for name, values in filters.items()}
        everything = sub.sum(axis=0, dtype=np.int64) if len(masks) < 2 else None
        out: dict[str, dict[str, int]] = {name: {} for name in NAMES}
        by_name: dict[str, list[tuple[str, int]]] = {}
        for (name, value), col in self.columns.items():
            by_name.setdefault(name, []).append((value, col))
        for name, values in by_name.items():
            others = [mask for other, mask in masks.items() if other != name]
            cols = [col for _, col in values]
            if not others and everything is not None:
                sums = everything[cols]
            else:
                keep = np.logical_and.reduce(others) if others else slice(None)
                sums = sub[keep][:, cols].sum(axis=0, dtype=np.int64)
            out[name] = {value: int(n) for (value, _), n in zip(values, sums, strict=True) if n}
        return out

    def apply(self, entries: list[tuple[int, str]], facets: list[tuple[int, str, str]]) -> None:
        """Write (or rewrite) these entries' rows."""
        if not entries:
            return
        held = {e for e, _ in entries}
        cells = [(e, self._column("kind", kind)) for e, kind in entries]
        cells += [(e, self._column(n, v)) for e, n, v in facets if e in held]
        ids = np.array([e for e, _ in entries], dtype=np.int64)
        if ids.max() >= len(self.row_of):
            grown = np.full(max(int(ids.max()) + 1, len(self.row_of) * 3 // 2), -1, np.int64)
            grown[: len(self.row_of)] = self.row_of
            self.row_of = grown
        fresh = ids[self.row_of[ids] < 0]
        if self.used + len(fresh) > len(self.matrix):
            size = max(self.used + len(fresh), len(self.matrix) * 3 // 2, 1024)
            grown = np.zeros((size, self.matrix.shape[1]), dtype=np.uint8)
            grown[: self.used] = self.matrix[: self.used]
            self.matrix = grown
        self.row_of[fresh] = np.arange(self.used, self.used + len(fresh))
        self.used += len(fresh)
        self.matrix[self.row_of[ids]] = 0
        cell_ids = np.array([e for e, _ in cells], dtype=np.int64)
        self.matrix[self.row_of[cell_ids], [c for _, c in cells]] = 1

    def _column(self, name: str, value: str) -> int:
        key = (name, value)
        col = self.columns.get(key)
        if col is None:
            col = self.columns[key] = len(self.columns)
            if col >= self.matrix.shape[1]:
                grow = max(16, self.matrix.shape[1] // 2)
                extra = np.zeros((self.matrix.shape[0], grow), dtype=np.uint8)
                self.matrix = np.hstack([self.matrix, extra])
        return col


_held: dict[tuple[str, str], FacetMatrix] = {}
_lock = threading.Lock()


def _key() -> tuple[str, str]:
    return (connection.alias, str(connection.settings_dict.get("NAME")))


def current() -> FacetMatrix:
    """The facet matrix of this database, brought up to the index's current revision."""
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
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, kind FROM search_searchentry WHERE revision > %s ORDER BY id", [revision]
        )
        entries = cursor.fetchall()
        if not entries:
            return
        cursor.execute(
            "SELECT f.entry_id, f.name, f.value FROM search_searchfacet f"
            " JOIN search_searchentry e ON e.id = f.entry_id WHERE e.revision > %s",
            [revision],
        )
        facets = cursor.fetchall()
    held.apply(entries, facets)


def forget() -> None:
    """Drop what this process holds (tests start each case from the database as it is)."""
    with _lock:
        _held.clear()
