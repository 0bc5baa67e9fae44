"""The full-text side of the index, per database.

SQLite: an FTS5 table with external content (the entry table), kept in step by triggers, so
every insert, update and delete of an entry (also ``bulk_create``) updates it in the same
transaction. PostgreSQL: a generated ``tsvector`` column (title weight A, body weight B) with a
GIN index. Both hold the ``dutch_porter`` stems made in Python (``search.text.stems``), with the
``simple`` configuration on PostgreSQL, so both databases match exactly the same words.
"""

from django.db import migrations

SQLITE = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        stems_title, stems_body, content='search_searchentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER search_fts_ai AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_fts(rowid, stems_title, stems_body)
        VALUES (new.id, new.stems_title, new.stems_body); END""",
    """CREATE TRIGGER search_fts_ad AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, stems_title, stems_body)
        VALUES ('delete', old.id, old.stems_title, old.stems_body); END""",
    """CREATE TRIGGER search_fts_au AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, stems_title, stems_body)
        VALUES ('delete', old.id, old.stems_title, old.stems_body);
        INSERT INTO search_fts(rowid, stems_title, stems_body)
        VALUES (new.id, new.stems_title, new.stems_body); END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_fts_au",
    "DROP TRIGGER IF EXISTS search_fts_ad",
    "DROP TRIGGER IF EXISTS search_fts_ai",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES = [
    """ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, coalesce(stems_title, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(stems_body, '')), 'B')) STORED""",
    "CREATE INDEX search_entry_vector ON search_searchentry USING GIN (search_vector)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS search_entry_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
]


def _run(statements):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        todo = statements.get(vendor, [])
        for sql in todo:
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}),
        )
    ]
