"""The full-text query per database: the same stems, the same AND semantics, a comparable rank.

Each backend returns SQL selecting ``(id, score)`` of matching entries, higher score first.
Terms are stems of ``[a-z0-9]`` only (see ``text.query_terms``), so no operator can reach the
engine; they are still passed as parameters.
"""

from django.db import connection

#: Title matches weigh ten times a body match on both databases: bm25 column weights on SQLite,
#: the weights of ts_rank_cd (in the order D, C, B = body, A = title) on PostgreSQL.
TITLE_WEIGHT = 10.0
POSTGRES_WEIGHTS = f"{{0, 0, {1 / TITLE_WEIGHT}, 1.0}}"


def _sqlite_match(terms: list[str], prefix: bool) -> str:
    star = "*" if prefix else ""
    return " AND ".join(f'"{t}"{star}' for t in terms)


def _postgres_match(terms: list[str], prefix: bool) -> str:
    star = ":*" if prefix else ""
    return " & ".join(f"{t}{star}" for t in terms)


def match_sql(terms: list[str], prefix: bool = False) -> tuple[str, list]:
    """``SELECT id, score`` of entries containing every term (or a word starting with it)."""
    if connection.vendor == "postgresql":
        return (
            "SELECT e.id AS id, ts_rank_cd(%s::float4[], e.search_vector, q.query) AS score"
            " FROM search_searchentry e, to_tsquery('simple', %s) AS q(query)"
            " WHERE e.search_vector @@ q.query AND e.is_public",
            [POSTGRES_WEIGHTS, _postgres_match(terms, prefix)],
        )
    return (
        f"SELECT search_fts.rowid AS id, -bm25(search_fts, {TITLE_WEIGHT}, 1.0) AS score"
        " FROM search_fts WHERE search_fts MATCH %s",
        [_sqlite_match(terms, prefix)],
    )


def ids_sql(terms: list[str], prefix: bool = False) -> tuple[str, list]:
    """One row, one column: the ids of every matching entry as a comma-separated string
    (one value to fetch instead of thousands of rows)."""
    match, params = match_sql(terms, prefix)
    if connection.vendor == "postgresql":
        return f"SELECT string_agg(m.id::text, ',') FROM ({match}) m", params
    return f"SELECT group_concat(m.id) FROM ({match}) m", params


def first_matching_sql(attempts: list[list[str]]) -> tuple[str, list]:
    """One row with, per attempt (terms taken as starts of words), 1 when anything matches it
    and NULL otherwise: one round trip to find the first looser form of a query that finds
    something."""
    probes, params = [], []
    for terms in attempts:
        match, match_params = match_sql(terms, prefix=True)
        probes.append(f"(SELECT 1 FROM ({match}) m LIMIT 1)")
        params.extend(match_params)
    return "SELECT " + ", ".join(probes), params


#: The columns of an entry a result shows, read together with its rank.
SHOWN = "e.kind, e.title, e.body, e.url, e.year, e.object_uuid"


def page_and_ids_sql(terms: list[str], prefix: bool, limit: int, offset: int) -> tuple[str, list]:
    """The ranked rows of one page ``(id, score, <SHOWN>, NULL)`` and one more row, all NULL but
    the last column: every matching id, comma-separated. Ranking, what the page shows and the
    facets' input from one pass over the index."""
    match, params = match_sql(terms, prefix)
    joined = (
        "string_agg(id::text, ',')" if connection.vendor == "postgresql" else "group_concat(id)"
    )
    return (
        f"WITH hits AS MATERIALIZED ({match})"
        f" SELECT p.id, p.score, {SHOWN}, NULL FROM"
        " (SELECT id, score FROM hits ORDER BY score DESC, id LIMIT %s OFFSET %s) p"
        " JOIN search_searchentry e ON e.id = p.id"
        f" UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, {joined} FROM hits",
        [*params, limit, offset],
    )
