"""``werkplaats backup [--output FILE]``: the database and every uploaded file in one archive."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from werkplaats.utils.backup import BackupError, create_backup, describe


class Command(BaseCommand):
    help = (
        "Write the whole database and every uploaded file to one .tar.gz archive, consistent"
        " while the site runs (default: VAR_DIR/backups/werkplaats-<date>-<time>.tar.gz)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", type=Path, help="The archive to write.")

    def handle(self, *args, output=None, **options):
        try:
            path, manifest = create_backup(output)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None
        for name in manifest["missing_files"]:
            self.stderr.write(f"Missing (deleted while the backup ran?): {name}")
        self.stdout.write(f"{path}: {describe(manifest)}")
