"""``search(query, user, filters, page)``: one search over everything public, in Dutch.

Never raises on what a person types: operators and quotes are dropped, the query is cut at 200
characters, a query of only stop words gives an empty result with a suggestion. Unknown filters
do raise ``InvalidFilter`` (the API answers 400, the page shows the message).
"""

import math
import re
import uuid
from dataclasses import dataclass, field

import numpy as np
from django.db import connection
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import backends
from . import facets as facet_matrix
from .registry import source_for_kind, sources
from .text import MAX_QUERY_LENGTH, highlight, query_terms, query_words

FACETS = ("kind", "workshop", "theme", "year", "province")
PAGE_SIZE = 20
MAX_PAGE = 500
SLUGLIKE = re.compile(r"^[A-Za-z0-9_-]{1,120}$")


class InvalidFilter(ValueError):
    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


@dataclass
class Hit:
    kind: str
    kind_label: str
    title_html: str
    snippet_html: str
    url: str
    year: int | None
    uuid: str | None
    score: float


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchResults:
    query: str
    terms: list[str]
    filters: dict[str, list[str]]
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    page_size: int = PAGE_SIZE
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    #: True when nothing matched exactly and these are matches of the start of words.
    approximate: bool = False
    suggestions: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.page_size))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def clean_filters(raw: dict) -> dict[str, list[str]]:
    """Known facet names with well-formed values; raises ``InvalidFilter`` otherwise."""
    errors, filters = {}, {}
    for name, values in raw.items():
        values = [v for v in (values if isinstance(values, list | tuple) else [values]) if v]
        if not values:
            continue
        if name not in FACETS:
            errors[name] = _("Unknown filter.")
            continue
        if len(values) > 20:
            errors[name] = _("Choose at most 20 values.")
        elif name == "kind" and any(source_for_kind(v) is None for v in values):
            errors[name] = _("Unknown kind.")
        elif name == "year" and not all(v.isdigit() and len(v) == 4 for v in values):
            errors[name] = _("A year has four digits.")
        elif not all(SLUGLIKE.match(v) for v in values):
            errors[name] = _("Not a valid value.")
        else:
            filters[name] = list(dict.fromkeys(values))
    if errors:
        raise InvalidFilter(errors)
    return filters


def _where(filters: dict[str, list[str]]) -> tuple[str, list]:
    clauses, params = ["e.is_public"], []
    for name, values in filters.items():
        marks = ", ".join(["%s"] * len(values))
        if name == "kind":
            clauses.append(f"e.kind IN ({marks})")
        else:
            clauses.append(
                "e.id IN (SELECT f.entry_id FROM search_searchfacet f"
                f" WHERE f.name = %s AND f.value IN ({marks}))"
            )
            params.append(name)
        params.extend(values)
    return " AND ".join(clauses), params


def _hit_ids(terms, prefix) -> np.ndarray:
    """Ids of every entry matching the terms, unranked (one row from the database)."""
    sql, params = backends.ids_sql(terms, prefix)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        joined = cursor.fetchone()[0]
    return _ids(joined)


def _ids(joined: str | None) -> np.ndarray:
    if not joined:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(joined, dtype=np.int64, sep=",")


def _ranked(rows) -> list[tuple]:
    """Page rows ``(id, score, kind, title, body, url, year, uuid)`` best first, ties by id."""
    return sorted((r[:8] for r in rows if r[0] is not None), key=lambda r: (-r[1], r[0]))


def _page_and_ids(terms, prefix, page, page_size) -> tuple[list[tuple], np.ndarray]:
    """Without filters: the ranked page and every matching id in one query."""
    sql, params = backends.page_and_ids_sql(terms, prefix, page_size, (page - 1) * page_size)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    joined = next((r[8] for r in rows if r[0] is None), None)
    return _ranked(rows), _ids(joined)


def _matching(held, terms, prefix, filters, page, page_size):
    """Rows of every hit, how many pass the filters, and the ranked page (None: not read yet)."""
    if filters:
        rows = held.rows(_hit_ids(terms, prefix))
        return rows, int(held.mask(rows, filters).sum()), None
    ranked, ids = _page_and_ids(terms, prefix, page, page_size)
    return held.rows(ids), len(ids), ranked


def _page(terms, prefix, filters, page, page_size) -> list[tuple]:
    """With filters: the ranked rows of one page (see ``_ranked``)."""
    match, match_params = backends.match_sql(terms, prefix)
    where, where_params = _where(filters)
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH hits AS ({match}) SELECT h.id, h.score, {backends.SHOWN} FROM hits h"
            f" JOIN search_searchentry e ON e.id = h.id WHERE {where}"
            " ORDER BY h.score DESC, h.id LIMIT %s OFFSET %s",
            [*match_params, *where_params, page_size, (page - 1) * page_size],
        )
        return _ranked(cursor.fetchall())


def _labels(held: facet_matrix.FacetMatrix) -> dict[str, dict[str, str]]:
    from werkplaats.network.constants import Province

    english = (get_language() or "nl").startswith("en")
    names = held.names()
    return {
        "kind": {s.kind: str(s.label) for s in sources()},
        "province": dict(Province.choices),
        "workshop": {slug: name for slug, (name, _en) in names["workshop"].items()},
        "theme": {
            slug: (en if english and en else name) for slug, (name, en) in names["theme"].items()
        },
    }


def _facets(held, counts, filters) -> dict[str, list[FacetValue]]:
    labels = _labels(held)
    facets = {}
    for name in FACETS:
        values = dict(counts.get(name, {}))
        for selected in filters.get(name, []):
            values.setdefault(selected, 0)
        items = [
            FacetValue(
                value=v,
                label=labels.get(name, {}).get(v, v),
                count=c,
                selected=v in filters.get(name, []),
            )
            for v, c in values.items()
        ]
        if name == "year":
            items.sort(key=lambda f: f.value, reverse=True)
        else:
            items.sort(key=lambda f: (-f.count, f.label.lower()))
        facets[name] = items
    return facets


#: How far a typed word is cut back when looking for the start of a word: never below this.
SHORTEST_PREFIX = 4
MAX_LOOSE_TRIES = 8


def _fuzzy_prefixes(terms: list[str], words: list[str]) -> list[list[str]]:
    """Looser forms of a short query, tried in turn when it finds nothing: each stem as the
    start of a word, then the words as typed, cut back a letter at a time (a typo near the
    end, or a word cut short: the index holds stems, so "eenzaamhied" must come back to
    "eenza" to reach "eenzam", the stem of "eenzaamheid")."""
    if not 1 <= len(terms) <= 2:
        return []
    tries = [terms]
    longest = max((len(w) for w in words), default=0)
    for cut in range(1, longest - SHORTEST_PREFIX + 1):
        attempt = [w[: max(SHORTEST_PREFIX, len(w) - cut)] for w in words]
        if attempt not in tries:
            tries.append(attempt)
    return tries[:MAX_LOOSE_TRIES]


def _first_matching(attempts: list[list[str]]) -> list[str] | None:
    if not attempts:
        return None
    sql, params = backends.first_matching_sql(attempts)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchone()
    return next((a for a, hit in zip(attempts, found, strict=True) if hit), None)


def search(
    query: str,
    user=None,
    filters: dict | None = None,
    page: int = 1,
    *,
    page_size: int = PAGE_SIZE,
    facets: bool = True,
) -> SearchResults:
    """Search everything public. ``user`` is accepted for when private items are indexed:
    today the index holds only what everyone may see."""
    filters = clean_filters(filters or {})
    query = (query or "").replace("\x00", "")[:MAX_QUERY_LENGTH].strip()
    terms, had_words = query_terms(query)
    page = min(max(1, int(page or 1)), MAX_PAGE)
    results = SearchResults(
        query=query, terms=terms, filters=filters, page=page, page_size=page_size
    )
    if not terms:
        if had_words:
            results.suggestions.append(
                _(
                    "Your search holds only very common words. Add a word that says what it is about."
                )
            )
        return results

    held = facet_matrix.current()
    prefix, prefixes = False, []
    rows, total, ranked = _matching(held, terms, False, filters, page, page_size)
    if not total:
        loose = _first_matching(_fuzzy_prefixes(terms, query_words(query)))
        if loose:
            rows, total, ranked = _matching(held, loose, True, filters, page, page_size)
            prefix, prefixes, terms = True, loose, loose
            results.approximate = True
    results.total = total
    if facets:
        counts = held.counts(rows, filters) if len(rows) else {}
        results.facets = _facets(held, counts, filters)
    if ranked is None:
        ranked = _page(terms, prefix, filters, page, page_size) if total else []
    labels = {s.kind: str(s.label) for s in sources()}
    exact = [] if prefix else terms
    for _id, score, kind, title, body, url, year, object_uuid in ranked:
        results.hits.append(
            Hit(
                kind=kind,
                kind_label=labels.get(kind, kind),
                title_html=highlight(title, exact, prefixes),
                snippet_html=highlight(body, exact, prefixes, words=30),
                url=url,
                year=year,
                uuid=str(uuid.UUID(str(object_uuid))) if object_uuid else None,
                score=float(score or 0),
            )
        )
    if not total:
        results.suggestions = _empty_suggestions(results)
    return results


def _empty_suggestions(results: SearchResults) -> list[str]:
    tips = []
    if results.filters:
        tips.append(_("Remove one or more filters."))
    if len(results.terms) > 1:
        tips.append(_("Use fewer words: every word must occur."))
    tips.append(_("Check the spelling, or try a related word (for example 'wijk' for 'buurt')."))
    tips.append(_("Search for a theme, a werkplaats or a municipality."))
    return tips
