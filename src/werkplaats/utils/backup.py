"""``werkplaats backup``: the whole database and every uploaded file in one ``.tar.gz`` archive.

The format is database-agnostic. Every table of every model (the automatic many-to-many tables
too) is written as JSON lines, one row a line, in the column order the manifest names; values are
written the way Django's own serialisers write them (``Field.value_to_string``) and read back with
``Field.to_python``. So a backup made on SQLite restores on PostgreSQL and the other way round, and
no client program (``pg_dump``, whose version must match the server's) is needed.

Consistent while the site runs: every table is read inside one read-only snapshot, on PostgreSQL a
``REPEATABLE READ READ ONLY`` transaction, on SQLite (WAL) one deferred read transaction, which sees
the database as it was at its first read and lets writers go on meanwhile. The uploaded files
(random names, never changed once written) are copied while that snapshot is open; a file that a
record of the snapshot names but that was deleted meanwhile is listed under ``missing_files``.

Layout of the archive::

    data/<app_label>.<model>.jsonl     one JSON array per row
    files/<root>/<path>                 uploaded files, <root> is a key of ``file_roots()``
    manifest.json                       format, migrations, per model its columns, count and
                                        SHA-256, per file its SHA-256 and size

``restore.py`` reads it back into an empty instance.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tarfile
import tempfile
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.translation import gettext as _

FORMAT = "werkplaats-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHUNK = 2000

#: Models whose rows a freshly migrated database already holds (data migrations and Django's
#: post_migrate): a database with rows in these only still counts as empty.
SEEDED_MODELS = frozenset(
    {
        "contenttypes.ContentType",
        "auth.Permission",
        "network.Municipality",
        "network.Theme",
        "network.Competence",
        "network.OrganisationKind",
        "network.ParticipantRole",
        "projects.LearningForm",
        "projects.BeneficiaryGroup",
        "projects.FundingKind",
        "library.ProductKind",
        "search.IndexRevision",
    }
)


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is for the person running it."""


def copied_models() -> list[type[models.Model]]:
    """Every model with a table of its own: concrete, managed, not a proxy; automatic
    many-to-many tables included. Sorted by label, so archives list them in a stable order."""
    found = [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy and not model._meta.swapped
    ]
    return sorted(found, key=lambda model: model._meta.label)


def columns(model) -> list[models.Field]:
    """The columns of the model's own table (a child of multi-table inheritance: only its own)."""
    return [field for field in model._meta.local_concrete_fields if not field.generated]


def file_roots() -> dict[str, Path]:
    """Where uploaded and generated files live, by the name they carry in the archive."""
    from werkplaats.dossier.images import media_root

    roots = {
        "private-media": Path(settings.PRIVATE_MEDIA_ROOT),
        "dossier-media": media_root(),
    }
    if getattr(settings, "MEDIA_ROOT", ""):
        roots["media"] = Path(settings.MEDIA_ROOT)
    return {name: path.resolve() for name, path in roots.items()}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def applied_migrations() -> list[str]:
    recorder = MigrationRecorder(connection)
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def require_migrated() -> None:
    """Every table of this version exists: no migration is waiting."""
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise BackupError(_("The database is not up to date: run 'werkplaats migrate' first."))


def _dump_value(field: models.Field, obj):
    value = getattr(obj, field.attname)
    if value is None or isinstance(field, models.JSONField):
        return value
    if isinstance(value, bool | int | float | str) and not isinstance(value, models.Model):
        return value
    return field.value_to_string(obj)


@contextlib.contextmanager
def snapshot():
    """One consistent, read-only view of the whole database for the duration of the block."""
    if connection.vendor == "postgresql":
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
        return
    if connection.vendor == "sqlite":
        # Django starts SQLite transactions as BEGIN IMMEDIATE (settings), which would hold the
        # write lock for the whole backup; a deferred read transaction holds none.
        if connection.in_atomic_block:
            raise BackupError(_("A backup cannot run inside another transaction."))
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("BEGIN DEFERRED")
            try:
                cursor.execute("SELECT count(*) FROM django_migrations")  # the snapshot starts
                yield
            finally:
                cursor.execute("ROLLBACK")
        return
    raise BackupError(
        _("Backups support SQLite and PostgreSQL, not %(vendor)s.") % {"vendor": connection.vendor}
    )


def _write_table(model, target: Path) -> tuple[int, str]:
    fields = columns(model)
    digest, count = hashlib.sha256(), 0
    manager = model._base_manager
    rows = manager.order_by("pk").iterator(chunk_size=CHUNK)
    with target.open("w", encoding="utf-8") as stream:
        for obj in rows:
            line = json.dumps([_dump_value(f, obj) for f in fields], ensure_ascii=False) + "\n"
            encoded = line.encode("utf-8")
            digest.update(encoded)
            stream.write(line)
            count += 1
    return count, digest.hexdigest()


def _referenced_files(model) -> list[tuple[str, str]]:
    """(root name, relative path) of every file the model's rows name."""
    found = []
    roots = file_roots()
    for field in columns(model):
        if not isinstance(field, models.FileField):
            continue
        location = Path(field.storage.location).resolve()
        for name in model._base_manager.exclude(**{field.attname: ""}).values_list(
            field.attname, flat=True
        ):
            if not name:
                continue
            path = location / name
            for root_name, root in roots.items():
                if path.is_relative_to(root):
                    found.append((root_name, path.relative_to(root).as_posix()))
                    break
    return found


def _walk_files(roots: dict[str, Path]):
    """(archive name, path) of every regular file under the roots; a root inside another root
    is walked once, under its own name."""
    for name, root in roots.items():
        others = [other for other in roots.values() if other != root and other.is_relative_to(root)]
        if not root.is_dir():
            continue
        for directory, subdirectories, filenames in os.walk(root):
            here = Path(directory)
            subdirectories[:] = sorted(d for d in subdirectories if here / d not in others)
            for filename in sorted(filenames):
                path = here / filename
                if path.is_file() and not path.is_symlink():
                    yield f"{name}/{path.relative_to(root).as_posix()}", path


def default_output() -> Path:
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    return Path(settings.VAR_DIR) / "backups" / f"werkplaats-{stamp}.tar.gz"


def _add_file(archive: tarfile.TarFile, arcname: str, path: Path) -> None:
    info = archive.gettarinfo(str(path), arcname=arcname)
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mode = 0o600
    with path.open("rb") as stream:
        archive.addfile(info, stream)


def create_backup(output: Path | None = None) -> tuple[Path, dict]:
    """Writes the archive (to ``output`` or ``default_output()``) and returns it with its
    manifest. The archive appears under its name only when it is complete."""
    require_migrated()
    output = Path(output) if output else default_output()
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": timezone.now().isoformat(),
        "database": connection.vendor,
        "django": django.get_version(),
        "migrations": [],
        "models": {},
        "files": {},
        "missing_files": [],
    }
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=".backup-") as work:
        work = Path(work)
        (work / "data").mkdir()
        with (
            snapshot(),
            tarfile.open(partial, "w:gz", compresslevel=6) as archive,
        ):
            manifest["migrations"] = applied_migrations()
            referenced = []
            for model in copied_models():
                label = model._meta.label
                path = work / "data" / f"{label}.jsonl"
                count, digest = _write_table(model, path)
                manifest["models"][label] = {
                    "table": model._meta.db_table,
                    "columns": [field.attname for field in columns(model)],
                    "count": count,
                    "path": f"data/{label}.jsonl",
                    "sha256": digest,
                }
                _add_file(archive, f"data/{label}.jsonl", path)
                referenced += _referenced_files(model)
            for arcname, path in _walk_files(file_roots()):
                try:
                    digest, size = sha256_of(path), path.stat().st_size
                    _add_file(archive, f"files/{arcname}", path)
                except FileNotFoundError:  # deleted while we copied: not in the archive
                    continue
                manifest["files"][arcname] = {"sha256": digest, "size": size}
            manifest["missing_files"] = sorted(
                f"{root}/{name}"
                for root, name in set(referenced)
                if f"{root}/{name}" not in manifest["files"]
            )
            data = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
            manifest_path = work / MANIFEST
            manifest_path.write_bytes(data)
            _add_file(archive, MANIFEST, manifest_path)
        partial.chmod(0o600)
        partial.replace(output)
    return output, manifest


def describe(manifest: dict) -> str:
    rows = sum(entry["count"] for entry in manifest["models"].values())
    size = sum(entry["size"] for entry in manifest["files"].values())
    return (
        f"{rows} records of {len(manifest['models'])} models, "
        f"{len(manifest['files'])} files ({size} bytes)"
    )
