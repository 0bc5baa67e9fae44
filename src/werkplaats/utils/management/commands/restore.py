"""``werkplaats restore FILE [--force]``: a backup into an empty (newly migrated) instance."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from werkplaats.utils.backup import BackupError, describe
from werkplaats.utils.pagecache import content_changed
from werkplaats.utils.restore import restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive of 'werkplaats backup' into this instance, which must be newly"
        " migrated and hold no data (or --force: replace everything in it). Checks every"
        " checksum and count."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="The .tar.gz archive to restore.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace every record in a database that is not empty.",
        )

    def handle(self, *args, archive, force=False, **options):
        try:
            manifest = restore_backup(archive, force=force)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None
        content_changed()  # rows were written raw: no stored page may outlive the restore
        self.stdout.write(f"Restored {archive}: {describe(manifest)}, checksums and counts match")
