"""``werkplaats import_publications FILE --workshop SLUG``: a BibTeX or RIS file, all or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from werkplaats.network.models import Workshop
from werkplaats.publications.importing import ImportFileError, import_publications


class Command(BaseCommand):
    help = (
        "Import publications from a BibTeX (.bib) or RIS (.ris) file for one werkplaats. The whole "
        "file or nothing; publications already present (same DOI, or same title and year) are "
        "reported and skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .bib or .ris file.")
        parser.add_argument("--workshop", required=True, help="Slug of the werkplaats.")
        parser.add_argument(
            "--format", choices=["bib", "ris"], help="When the file name does not say."
        )
        parser.add_argument(
            "--publish", action="store_true", help="Publish at once instead of saving drafts."
        )

    def handle(self, *args, file, workshop, format, publish, verbosity, **options):
        workshop_obj = Workshop.objects.filter(slug=workshop).first()
        if workshop_obj is None:
            raise CommandError(
                _("There is no werkplaats with the slug %(slug)r.") % {"slug": workshop}
            )
        path = Path(file)
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": file, "error": error.strerror}
            ) from error
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        try:
            result = import_publications(
                text, workshop=workshop_obj, fmt=format, filename=path.name, publish=publish
            )
        except ImportFileError as error:
            raise CommandError(_("Nothing was imported: %(error)s") % {"error": error}) from error
        if verbosity < 1:
            return
        for duplicate in result.duplicates:
            self.stdout.write(
                _("Skipped “%(title)s”: %(reason)s.")
                % {"title": duplicate.title, "reason": duplicate.reason}
            )
        self.stdout.write(
            self.style.SUCCESS(
                _("Imported %(n)d publications for %(workshop)s; %(d)d already present.")
                % {
                    "n": len(result.created),
                    "workshop": workshop_obj.name,
                    "d": len(result.duplicates),
                }
            )
        )
