"""``werkplaats backup`` and ``werkplaats restore`` in this process: what they refuse, with one line
and nothing changed, and a round trip with --force over the test database (the whole round trip
between two real instances is in ``test_backup_restore.py``)."""

import hashlib
import io
import json
import tarfile

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from werkplaats.library.models import Product, ProductFile
from werkplaats.library.tests.factories import ProductFactory
from werkplaats.network.models import Workshop
from werkplaats.network.tests.factories import WorkshopFactory
from werkplaats.utils.backup import SEEDED_MODELS, copied_models
from werkplaats.utils.restore import non_empty_models

serialized = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    settings.DOSSIER_MEDIA_ROOT = tmp_path / "dossier"
    return tmp_path


def _backup(path) -> dict:
    out = io.StringIO()
    call_command("backup", "--output", str(path), stdout=out)
    with tarfile.open(path) as archive:
        return json.load(archive.extractfile("manifest.json"))


def _rewrite(source, target, change) -> None:
    """Copies the archive, letting ``change(name, data)`` alter each member's bytes."""
    with tarfile.open(source) as old, tarfile.open(target, "w:gz") as new:
        for member in old.getmembers():
            data = change(member.name, old.extractfile(member).read())
            member.size = len(data)
            new.addfile(member, io.BytesIO(data))


def _refusal(*args) -> str:
    """The command's one-line refusal, read in English (the test checks the words)."""
    with translation.override("en"), pytest.raises(CommandError) as refused:
        call_command("restore", *args)
    with translation.override("en"):
        message = str(refused.value)
    assert "\n" not in message
    return message


def test_a_newly_migrated_database_counts_as_empty(db):
    """Keeps SEEDED_MODELS in step with the data migrations."""
    assert non_empty_models() == []
    seeded = {model._meta.label for model in copied_models() if model._base_manager.exists()}
    assert seeded <= SEEDED_MODELS


def test_it_refuses_to_restore_into_a_database_with_data(db, tmp_path):
    WorkshopFactory(slug="twente")

    message = _refusal(str(tmp_path / "backup.tar.gz"))

    assert "not empty" in message and "--force" in message
    assert Workshop.objects.count() == 1


def test_it_refuses_a_file_that_is_not_a_backup(db, tmp_path):
    junk = tmp_path / "foto.tar.gz"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)

    assert "not a werkplaats backup" in _refusal(str(junk))
    assert "no file" in _refusal(str(tmp_path / "missing.tar.gz"))


@serialized
def test_a_damaged_archive_or_another_version_is_refused_and_nothing_changes(media, tmp_path):
    WorkshopFactory(slug="twente")
    manifest = _backup(tmp_path / "backup.tar.gz")
    WorkshopFactory(slug="zeeland")

    def flip(name, data):
        if name == "data/network.Workshop.jsonl":
            return data.replace(b"twente", b"tWente")
        return data

    _rewrite(tmp_path / "backup.tar.gz", tmp_path / "damaged.tar.gz", flip)
    message = _refusal(str(tmp_path / "damaged.tar.gz"), "--force")
    assert "damaged" in message and "network.Workshop" in message

    def older(name, data):
        if name == "manifest.json":
            changed = dict(manifest, migrations=manifest["migrations"][:-1])
            return json.dumps(changed).encode()
        return data

    _rewrite(tmp_path / "backup.tar.gz", tmp_path / "older.tar.gz", older)
    assert "migrations differ" in _refusal(str(tmp_path / "older.tar.gz"), "--force")

    assert sorted(Workshop.objects.values_list("slug", flat=True)) == ["twente", "zeeland"]


@serialized
def test_restore_with_force_puts_back_every_record_and_file_as_it_was(media, tmp_path):
    product = ProductFactory(title="Handreiking buurtkamers", is_published=True)
    content = b"%PDF-1.4\n% buurtkamers\n" * 50
    ProductFile.objects.create(
        product=product,
        file=ContentFile(content, name="buurtkamers.pdf"),
        title="Handreiking",
        filename="buurtkamers.pdf",
        content_type="application/pdf",
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )
    before = {m._meta.label: m._base_manager.count() for m in copied_models()}
    manifest = _backup(tmp_path / "backup.tar.gz")
    assert {label: entry["count"] for label, entry in manifest["models"].items()} == before
    [(name, entry)] = manifest["files"].items()
    assert name.startswith("private-media/library/")
    assert entry["sha256"] == hashlib.sha256(content).hexdigest()

    # Afterwards the instance changes: a product gone with its file, a werkplaats added.
    stored = ProductFile.objects.get()
    stored.file.delete(save=False)
    Product.objects.all().delete()
    WorkshopFactory(slug="nieuw")

    out = io.StringIO()
    call_command("restore", str(tmp_path / "backup.tar.gz"), "--force", stdout=out)

    assert "checksums and counts match" in out.getvalue()
    assert {m._meta.label: m._base_manager.count() for m in copied_models()} == before
    restored = ProductFile.objects.get()
    assert restored.file.read() == content
    assert not Workshop.objects.filter(slug="nieuw").exists()
    # New records after a restore get new ids (the sequences were moved past the restored ones).
    assert WorkshopFactory(slug="daarna").pk > max(
        Workshop.objects.exclude(slug="daarna").values_list("pk", flat=True), default=0
    )
