from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from werkplaats.dossier import services


class Command(BaseCommand):
    help = _(
        "Put scheduled dossier articles whose time has come into search (they are already "
        "public on the pages and in the API). Safe to run as often as you like."
    )

    def handle(self, *args, verbosity: int, **options):
        published = services.publish_due_articles()
        if verbosity >= 1:
            self.stdout.write(
                _("%(n)d scheduled article(s) published and made findable.") % {"n": len(published)}
            )
