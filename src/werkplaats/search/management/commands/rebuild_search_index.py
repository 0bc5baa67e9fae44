from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from werkplaats.search.index import rebuild


class Command(BaseCommand):
    help = "Empty the search index and fill it again from everything public."

    def add_arguments(self, parser):
        parser.add_argument("--kind", action="append", help="only this kind (repeatable)")

    def handle(self, *args, kind=None, verbosity=1, **options):
        counts = rebuild(kind)
        if verbosity >= 1:
            total = sum(counts.values())
            detail = ", ".join(f"{k}: {n}" for k, n in counts.items())
            self.stdout.write(
                self.style.SUCCESS(
                    _("Search index rebuilt: %(total)d entries (%(detail)s).")
                    % {"total": total, "detail": detail}
                )
            )
