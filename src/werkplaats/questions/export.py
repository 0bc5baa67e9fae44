"""The inbox as a CSV file that opens cleanly in Excel and LibreOffice.

Decisions:
- UTF-8 with a byte order mark, so Excel reads "Súdwest-Fryslân" correctly; comma-separated (RFC 4180).
- No submitter name or e-mail address, and not the question's own text: a spreadsheet leaves the
  platform (it is mailed, stored on shared drives) and the retention rule could not reach it. The
  reference leads back to the question in the inbox. The title is included, as the inbox shows it.
- A cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
  return) gets a leading apostrophe, so a submitted title cannot run anything (CSV injection).
"""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _

from .constants import QuestionType, State

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def header() -> list[str]:
    return [
        _("reference"),
        _("submitted"),
        _("state"),
        _("question type"),
        _("themes"),
        _("municipality"),
        _("werkplaats"),
        _("title"),
    ]


def row(question) -> list[str]:
    submitted = timezone.localtime(question.submitted_at)
    return [
        question.reference,
        submitted.strftime("%Y-%m-%d %H:%M"),
        State(question.state).label,
        QuestionType(question.question_type).label if question.question_type else "",
        "; ".join(theme.label for theme in question.themes.all()),
        question.municipality.name,
        question.workshop.name,
        question.title,
    ]


def questions_csv(questions) -> str:
    """The questions (with municipality, werkplaats and themes fetched) as CSV text with a BOM."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(cell) for cell in header()])
    for question in questions:
        writer.writerow([safe_cell(cell) for cell in row(question)])
    return buffer.getvalue()


def filename(workshop) -> str:
    return f"vragen-{workshop.slug}-{timezone.localdate():%Y-%m-%d}.csv"
