"""Whether a request changed the data, counted by the database itself.

``watch`` puts triggers on every table a POST of the matrix may change: each row inserted or
deleted, and each row updated to other values, adds one to a counter. The matrix reads the counter
before and after a request (one query, where reading and hashing every row took a second per POST
case). The triggers are made inside the matrix's module transaction, so they go with its rollback.

An update that writes the values a row already has is no change (``last_login`` of a user is not
asked about at all), as it was for the digest of every row that this replaces.
"""

from django.apps import apps
from django.db import connection

COUNTER = "authz_changes"


def _tables(app_labels) -> dict[str, list[str]]:
    """{table: the columns an update must change to count} of the apps' models and the users."""
    models = [
        model
        for label in app_labels
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
        if not model._meta.proxy and model._meta.managed
    ]
    tables = {
        model._meta.db_table: [f.column for f in model._meta.local_concrete_fields]
        for model in models
    }
    user = apps.get_model("accounts", "User")
    tables[user._meta.db_table] = [
        f.column for f in user._meta.local_concrete_fields if f.attname != "last_login"
    ]
    return tables


def _sqlite(table: str, columns: list[str], n: int) -> list[str]:
    bump = f"BEGIN UPDATE {COUNTER} SET n = n + 1; END"
    q = connection.ops.quote_name
    same = " AND ".join(f"OLD.{q(c)} IS NEW.{q(c)}" for c in columns)
    return [
        f"CREATE TRIGGER authz_{n}_i AFTER INSERT ON {q(table)} {bump}",
        f"CREATE TRIGGER authz_{n}_d AFTER DELETE ON {q(table)} {bump}",
        f"CREATE TRIGGER authz_{n}_u AFTER UPDATE ON {q(table)} WHEN NOT ({same}) {bump}",
    ]


def _postgresql(table: str, columns: list[str], n: int) -> list[str]:
    q = connection.ops.quote_name
    old = ", ".join(f"OLD.{q(c)}" for c in columns)
    new = ", ".join(f"NEW.{q(c)}" for c in columns)
    count = "FOR EACH ROW EXECUTE FUNCTION authz_count()"
    return [
        f"CREATE TRIGGER authz_{n}_id AFTER INSERT OR DELETE ON {q(table)} {count}",
        f"CREATE TRIGGER authz_{n}_u AFTER UPDATE ON {q(table)} "
        f"FOR EACH ROW WHEN (ROW({old}) IS DISTINCT FROM ROW({new})) "
        "EXECUTE FUNCTION authz_count()",
    ]


def watch(app_labels) -> None:
    """Counts every change to the apps' tables from now on (until the transaction is undone)."""
    statements = [
        f"CREATE TABLE {COUNTER} (n integer NOT NULL)",
        f"INSERT INTO {COUNTER} VALUES (0)",
    ]
    if connection.vendor == "postgresql":
        statements.append(
            "CREATE FUNCTION authz_count() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN UPDATE {COUNTER} SET n = n + 1; RETURN NULL; END $$"
        )
        triggers = _postgresql
    else:
        triggers = _sqlite
    for n, (table, columns) in enumerate(sorted(_tables(app_labels).items())):
        statements += triggers(table, columns, n)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def count() -> int:
    """How many changes the watched tables have had."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT n FROM {COUNTER}")
        return cursor.fetchone()[0]
