"""The test database: knowing that one is in use, and putting it back to a snapshot (a string
from ``serialize_db_to_string``).

Used where tests must leave the database as they found it after work that a transaction cannot
roll back (a live server, worker processes, transactional tests). Flushing also sets PostgreSQL's
id sequences back to 1; the snapshot's rows keep their ids, so the sequences are moved past them,
or the next insert would collide with a restored row.
"""

from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection


def restore_snapshot(snapshot: str) -> None:
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(snapshot)
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def on_a_test_database() -> bool:
    """Whether the default connection already points at a test database (pytest-django made one).

    SQLite's test database lives in memory under a ``file:memorydb_…`` name, which is not what
    ``_get_test_db_name()`` answers (``:memory:``): comparing the two would make a second test
    database over the first, and tearing that down would empty the first for every later test.
    """
    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite" and connection.creation.is_in_memory_db(name):
        return True
    return name == connection.creation._get_test_db_name()
