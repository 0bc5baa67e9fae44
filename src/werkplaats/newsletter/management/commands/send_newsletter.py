from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from werkplaats.newsletter.services.sending import issues_being_sent, resume_sending


class Command(BaseCommand):
    help = _(
        "Send what is left of every newsletter issue that is being sent, e.g. after the task "
        "worker was stopped halfway. Nobody gets a copy twice: sent deliveries are recorded."
    )

    def handle(self, *args, verbosity: int, **options):
        issues = issues_being_sent().count()
        sent = resume_sending()
        if verbosity >= 1:
            self.stdout.write(
                _("%(mails)d mail(s) sent for %(issues)d issue(s).")
                % {"mails": sent, "issues": issues}
            )
