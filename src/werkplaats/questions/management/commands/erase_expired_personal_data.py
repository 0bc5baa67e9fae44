"""``werkplaats erase_expired_personal_data``: the retention rule, run by hand or from cron.

'werkplaats serve' already enqueues the same work once a day; this command is for set-ups that
schedule it themselves, and for checking what is due (``--dry-run``).
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from werkplaats.questions.services.retention import (
    erase_expired_personal_data,
    erasure_due_before,
    questions_due_for_erasure,
)


class Command(BaseCommand):
    help = (
        "Erase the submitter's personal data of practice questions closed longer ago than"
        " QUESTION_RETENTION_MONTHS."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count the questions that are due."
        )

    def handle(self, *args, dry_run, **options):
        before = erasure_due_before()
        if dry_run:
            count = questions_due_for_erasure().count()
            self.stdout.write(
                f"{count} question(s) closed before {before:%Y-%m-%d} would be erased"
                f" (retention {settings.QUESTION_RETENTION_MONTHS} months)."
            )
            return
        count = erase_expired_personal_data()
        self.stdout.write(
            f"Erased the personal data of {count} question(s) closed before {before:%Y-%m-%d}."
        )
