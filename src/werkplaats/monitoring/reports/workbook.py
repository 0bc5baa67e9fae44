"""The report as an XLSX workbook: a sheet per overview, one for the attention points, one for the
network, one for figures shown nowhere else, and one with every figure's definition. Values are
numbers (not text), so they can be summed and charted; they equal ``Figure.as_dict()``."""

import io
import re

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ..constants import LineOfForce
from ..indicators.base import Figure
from .content import ReportContent

SHEET_NAME_UNSAFE = re.compile(r"[\[\]:*?/\\]")
BOLD = Font(bold=True)
HEADING = Font(bold=True, size=13)


def sheet_title(text: str, taken: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = SHEET_NAME_UNSAFE.sub("-", str(text)).strip("'")[:31] or "Sheet"
    name, number = base, 2
    while name.lower() in taken:
        suffix = f" ({number})"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(name.lower())
    return name


def _cell_text(value) -> str:
    # A text starting with = would be read as a formula by a spreadsheet program.
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _write_figures(sheet, figures: list[Figure]) -> None:
    sheet.column_dimensions["A"].width = 48
    sheet.column_dimensions["B"].width = 24
    sheet.column_dimensions["C"].width = 14
    if not figures:
        sheet.append([_("No figures here yet.")])
        return
    for figure in figures:
        data = figure.as_dict()
        sheet.append([_cell_text(data["name"])])
        sheet.cell(row=sheet.max_row, column=1).font = HEADING
        sheet.append([_("Definition"), _cell_text(data["definition"])])
        sheet.append([_("Unit"), str(figure.indicator.unit.label)])
        sheet.append([_("What"), _("Kind"), _("Value")])
        for cell in sheet[sheet.max_row]:
            cell.font = BOLD
        for row in data["rows"]:
            sheet.append([_cell_text(row["label"]), _cell_text(row["series_label"]), row["value"]])
        if data["total"] is not None:
            sheet.append([_("Total"), "", data["total"]])
            sheet.cell(row=sheet.max_row, column=1).font = BOLD
        sheet.append([])


def _definitions(sheet, figures: list[Figure]) -> None:
    headers = [
        _("Key"),
        _("Figure"),
        _("Definition"),
        _("Line of force"),
        _("Learning levels"),
        _("Overview"),
        _("Attention point"),
        _("Unit"),
        _("Total"),
    ]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = BOLD
    for figure in figures:
        indicator = figure.indicator
        sheet.append(
            [
                figure.key,
                _cell_text(indicator.name),
                _cell_text(indicator.definition),
                str(LineOfForce(indicator.line).label),
                ", ".join(str(level.label) for level in indicator.levels),
                str(indicator.overview.label) if indicator.overview else "",
                str(indicator.attention.label) if indicator.attention else "",
                str(indicator.unit.label),
                figure.as_dict()["total"],
            ]
        )
    for number, width in enumerate([24, 40, 80, 14, 30, 30, 30, 10, 10], start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width


def build_workbook(content: ReportContent) -> bytes:
    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    by_key = {section.key: section for section in content.sections}
    for group in by_key["overviews"].groups:
        _write_figures(book.create_sheet(sheet_title(group.title, taken)), group.figures)
    _write_figures(
        book.create_sheet(sheet_title(_("Attention points"), taken)),
        content.figures_of("attention-points"),
    )
    _write_figures(
        book.create_sheet(sheet_title(_("Network"), taken)), content.figures_of("network")
    )
    shown = {
        figure.key
        for key in ("overviews", "attention-points", "network")
        for figure in content.figures_of(key)
    }
    others = [figure for figure in content.figures if figure.key not in shown]
    _write_figures(book.create_sheet(sheet_title(_("Other figures"), taken)), others)
    _definitions(book.create_sheet(sheet_title(_("Definitions"), taken)), content.figures)
    book.properties.title = content.title
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()
