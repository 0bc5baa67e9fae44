"""Precomputed profiles (stems, themes, competences) of what suggestions are drawn from.

Building the profile of 2,450 people takes a few queries and some hundred milliseconds; answering
one question from a built profile takes milliseconds. So each corpus is built once per process and
kept, together with a *fingerprint* of the tables it was read from: row counts and the newest
``updated_at`` or id of each table, read in one query. Every use compares the fingerprint first and
rebuilds when anything changed, so the database stays the only source of truth and several web
processes never disagree for longer than one request.
"""

import gc
import threading
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection, models


@dataclass(frozen=True)
class Watch:
    """One table to watch: its model and the column whose maximum moves on every change."""

    model: type[models.Model]
    column: str = "id"


def fingerprint(watches: list[Watch]) -> tuple:
    """(count, max(column)) of every watched table, in one query."""
    quote = connection.ops.quote_name
    parts = []
    for watch in watches:
        table = quote(watch.model._meta.db_table)
        column = quote(watch.model._meta.get_field(watch.column).column)
        parts.append(f"(SELECT COUNT(*) FROM {table})")
        parts.append(f"(SELECT MAX({column}) FROM {table})")
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        row = cursor.fetchone()
    return (connection.alias, connection.settings_dict.get("NAME"), *(str(v) for v in row))


class Corpus:
    """A lazily built, fingerprint-checked profile of one kind of content."""

    def __init__(self, name: str, watches: Callable[[], list[Watch]], build: Callable[[], object]):
        self.name = name
        self._watches = watches
        self._build = build
        self._lock = threading.Lock()
        self._fingerprint: tuple | None = None
        self._value = None

    def get(self):
        current = fingerprint(self._watches())
        if current != self._fingerprint:
            with self._lock:
                if current != self._fingerprint:
                    self._value = self._build()
                    self._fingerprint = current
                    # A built profile holds hundreds of thousands of small objects that live as
                    # long as the process. Moving them out of the cyclic collector's generations
                    # keeps each collection from walking them all again (it halved suggestion
                    # time at --scale 10). They hold no cycles: reference counting still frees
                    # them once a rebuild replaces them.
                    gc.freeze()
        return self._value

    def clear(self) -> None:
        with self._lock:
            self._fingerprint = None
            self._value = None


_corpora: dict[str, Corpus] = {}


def corpus(name: str, watches: Callable[[], list[Watch]]):
    """Register the decorated builder as the corpus ``name``; returns the :class:`Corpus`."""

    def register(build: Callable[[], object]) -> Corpus:
        _corpora[name] = Corpus(name, watches, build)
        return _corpora[name]

    return register


def clear_all() -> None:
    """Forget every built corpus (tests; after a bulk import that bypassed ``updated_at``)."""
    for item in _corpora.values():
        item.clear()
