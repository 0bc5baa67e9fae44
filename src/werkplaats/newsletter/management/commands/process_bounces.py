from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from werkplaats.newsletter.services.bounces import process_path


class Command(BaseCommand):
    help = _(
        "Read bounce messages (delivery status notifications, RFC 3464) from a file, an mbox or "
        "a directory (a Maildir, say) and stop the newsletter for addresses that bounced hard "
        "too often."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", metavar="FILE_OR_DIR", help=_("A mail file, mbox or directory.")
        )

    def handle(self, *args, path: str, verbosity: int, **options):
        source = Path(path)
        if not source.exists():
            raise CommandError(_("%(path)s: no such file or directory.") % {"path": path})
        if not (source.is_file() or source.is_dir()):
            raise CommandError(_("%(path)s: not a file or directory.") % {"path": path})
        report = process_path(source)
        for problem in report.unreadable:
            self.stderr.write(problem)
        if verbosity >= 1:
            self.stdout.write(
                _(
                    "%(messages)d message(s) read, %(others)d not a bounce report; %(hard)d hard "
                    "bounce(s), %(counted)d counted; %(stopped)d address(es) stopped after "
                    "%(limit)d bounces."
                )
                % {
                    "messages": report.messages,
                    "others": report.not_reports,
                    "hard": report.hard,
                    "counted": report.counted,
                    "stopped": report.stopped,
                    "limit": settings.NEWSLETTER_BOUNCE_LIMIT,
                }
            )
        if report.unreadable:
            raise CommandError(
                _("%(n)d input(s) could not be read; see the lines above.")
                % {"n": len(report.unreadable)}
            )
