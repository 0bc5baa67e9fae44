"""``werkplaats compiletranslations``: every ``.po`` under ``locale/`` to ``.mo``, no GNU gettext.

Django's own ``compilemessages`` needs ``msgfmt``; a fresh machine has only Python, so polib does
the work. The ``.mo`` files are build output and not committed.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def locale_dirs() -> list[Path]:
    return [Path(path) for path in settings.LOCALE_PATHS]


class Command(BaseCommand):
    help = "Compile every .po file under the project's locale directories to .mo (with polib)."

    def handle(self, *args, **options):
        compiled = 0
        for directory in locale_dirs():
            for po_path in sorted(directory.rglob("*.po")):
                try:
                    catalogue = polib.pofile(str(po_path))
                except (OSError, ValueError) as error:
                    raise CommandError(f"Cannot read {po_path}: {error}") from error
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                compiled += 1
                if options["verbosity"] >= 2:
                    self.stdout.write(f"{po_path}: {catalogue.percent_translated()}% translated")
        if options["verbosity"] >= 1:
            self.stdout.write(f"Compiled {compiled} translation file(s).")
