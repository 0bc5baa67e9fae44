"""``werkplaats scheduler``: enqueues the daily and frequent tasks; 'serve' runs it."""

import contextlib

from django.core.management.base import BaseCommand

from werkplaats.utils import scheduler


class Command(BaseCommand):
    help = "Enqueue the daily background tasks when they are due; runs until stopped."

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Enqueue what is due now, then stop."
        )

    def handle(self, *args, once, **options):
        if once:
            for path in scheduler.run_due_tasks():
                self.stdout.write(f"Enqueued {path}")
            return
        with contextlib.suppress(KeyboardInterrupt):
            scheduler.run_forever()
