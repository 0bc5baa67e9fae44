"""``werkplaats restore``: an archive of ``werkplaats backup`` into an empty instance.

Before anything is written the archive is checked whole: its format, the SHA-256 of every table
and file against the manifest, and that this instance has applied exactly the migrations the
backup was made with (so every table has the columns the archive holds). Then the files are put in
place and checked again, and the records go in, all in one transaction: the rows a fresh migration
seeded (vocabularies, content types, permissions) are replaced by the archive's own, so every
reference in the archive keeps pointing where it did. Inside that transaction the foreign keys are
checked and the rows counted per model against the manifest; any difference rolls it all back.
On PostgreSQL the id sequences are set past the restored ids. The search index is restored with its
rows (SQLite's full-text table is rebuilt from them; PostgreSQL computes its column on insert).
"""

from __future__ import annotations

import json
import shutil
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils.translation import gettext as _

from .backup import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    SEEDED_MODELS,
    BackupError,
    applied_migrations,
    columns,
    copied_models,
    file_roots,
    require_migrated,
    sha256_of,
)

BATCH = 500


def non_empty_models() -> list[str]:
    """Labels of the models holding rows a fresh migration does not make."""
    return [
        model._meta.label
        for model in copied_models()
        if model._meta.label not in SEEDED_MODELS
        and not model._meta.auto_created
        and model._base_manager.exists()
    ]


def _safe_members(archive: tarfile.TarFile) -> list[tarfile.TarInfo]:
    members = []
    for member in archive.getmembers():
        path = PurePosixPath(member.name)
        if member.isdir():
            continue
        if not member.isfile() or path.is_absolute() or ".." in path.parts:
            raise BackupError(
                _("The archive holds an unsafe entry: %(name)s.") % {"name": member.name}
            )
        members.append(member)
    return members


def unpack(archive_path: Path, into: Path) -> dict:
    """Unpacks the archive into ``into`` and returns its manifest, after checking every part."""
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            members = _safe_members(archive)
            archive.extractall(into, members=members, filter="data")
    except FileNotFoundError:
        raise BackupError(_("There is no file %(path)s.") % {"path": archive_path}) from None
    except (tarfile.TarError, OSError, EOFError) as error:
        raise BackupError(
            _("%(path)s is not a werkplaats backup (%(error)s).")
            % {"path": archive_path, "error": error}
        ) from None
    try:
        manifest = json.loads((into / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise BackupError(
            _("%(path)s is not a werkplaats backup: it has no manifest.") % {"path": archive_path}
        ) from None
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            _("%(path)s is a backup of another format or version (%(version)s).")
            % {"path": archive_path, "version": manifest.get("format_version")}
        )
    for label, entry in manifest["models"].items():
        path = into / entry["path"]
        if not path.is_file() or sha256_of(path) != entry["sha256"]:
            raise BackupError(
                _("The archive is damaged: the records of %(model)s do not match their checksum.")
                % {"model": label}
            )
    for name, entry in manifest["files"].items():
        path = into / "files" / name
        if not path.is_file() or sha256_of(path) != entry["sha256"]:
            raise BackupError(
                _("The archive is damaged: the file %(name)s does not match its checksum.")
                % {"name": name}
            )
    return manifest


def check_compatible(manifest: dict) -> None:
    """The archive's tables and columns are this instance's."""
    here = set(applied_migrations())
    there = set(manifest["migrations"])
    if here != there:
        missing, extra = sorted(there - here), sorted(here - there)
        raise BackupError(
            _(
                "This instance's migrations differ from the backup's (missing here: %(missing)s;"
                " not in the backup: %(extra)s). Restore with the version of werkplaats that made"
                " the backup."
            )
            % {"missing": ", ".join(missing) or "-", "extra": ", ".join(extra) or "-"}
        )
    models_here = {model._meta.label: model for model in copied_models()}
    for label, entry in manifest["models"].items():
        model = models_here.get(label)
        if model is None or [f.attname for f in columns(model)] != entry["columns"]:
            raise BackupError(
                _("The table of %(model)s differs from the backup's.") % {"model": label}
            )


def _rows(path: Path, model, names: list[str]):
    fields = {field.attname: field for field in columns(model)}
    ordered = [fields[name] for name in names]
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            values = json.loads(line)
            obj = model.__new__(model)
            obj._state = models.base.ModelState()
            obj._state.adding = False
            for field, value in zip(ordered, values, strict=True):
                obj.__dict__[field.attname] = None if value is None else field.to_python(value)
            yield obj


def _insert(model, objs: list) -> None:
    if objs:
        model._base_manager._insert(objs, fields=columns(model), raw=True)


def _load_records(work: Path, manifest: dict) -> dict[str, int]:
    quote = connection.ops.quote_name
    everything = copied_models()
    restored = [model for model in everything if model._meta.label in manifest["models"]]
    with connection.cursor() as cursor:
        for model in everything:
            cursor.execute(f"DELETE FROM {quote(model._meta.db_table)}")
    for model in restored:
        entry = manifest["models"][model._meta.label]
        batch = []
        for obj in _rows(work / entry["path"], model, entry["columns"]):
            batch.append(obj)
            if len(batch) >= BATCH:
                _insert(model, batch)
                batch = []
        _insert(model, batch)
    connection.check_constraints()
    counts = {model._meta.label: model._base_manager.count() for model in restored}
    for label, entry in manifest["models"].items():
        if counts[label] != entry["count"]:
            raise BackupError(
                _("%(model)s holds %(found)s records after restoring, the backup %(expected)s.")
                % {"model": label, "found": counts[label], "expected": entry["count"]}
            )
    sequences = connection.ops.sequence_reset_sql(no_style(), restored)
    if sequences:
        with connection.cursor() as cursor:
            for sql in sequences:
                cursor.execute(sql)
    return counts


def _place_files(work: Path, manifest: dict) -> int:
    roots = file_roots()
    for name, entry in manifest["files"].items():
        root_name, _sep, relative = name.partition("/")
        root = roots.get(root_name)
        if root is None:
            raise BackupError(
                _("This instance has no place for the files under %(root)s.") % {"root": root_name}
            )
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o750)
        partial = target.with_name(target.name + ".restoring")
        shutil.copyfile(work / "files" / name, partial)
        partial.chmod(0o640)
        partial.replace(target)
        if sha256_of(target) != entry["sha256"]:
            raise BackupError(_("The file %(name)s was not restored intact.") % {"name": name})
    return len(manifest["files"])


def _rebuild_full_text() -> None:
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    from werkplaats.search import facets

    facets.forget()


def restore_backup(archive_path: Path, *, force: bool = False) -> dict:
    """Restores the archive; returns its manifest. Raises ``BackupError`` (nothing changed in the
    database) when the archive is damaged, made by another version or the database is not empty
    (unless ``force``: then everything in it is replaced)."""
    archive_path = Path(archive_path)
    require_migrated()
    if not force:
        filled = non_empty_models()
        if filled:
            raise BackupError(
                _(
                    "The database is not empty (%(models)s hold records): restore into a newly"
                    " migrated database, or add --force to replace everything in it."
                )
                % {"models": ", ".join(filled[:3]) + (", ..." if len(filled) > 3 else "")}
            )
    from django.conf import settings

    Path(settings.VAR_DIR).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=settings.VAR_DIR, prefix=".restore-") as work:
        work = Path(work)
        manifest = unpack(archive_path, work)
        check_compatible(manifest)
        _place_files(work, manifest)
        with transaction.atomic():
            _load_records(work, manifest)
            _rebuild_full_text()
    return manifest
