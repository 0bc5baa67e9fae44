"""Reading and writing spreadsheets: CSV (UTF-8, with or without BOM, ``,`` or ``;``) and XLSX.

A :class:`Table` is the header row and the data rows, each data row with the number the person sees
in their spreadsheet program (the header is row 1), so error reports point at the right line.
"""

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
XLSX_MAGIC = b"PK\x03\x04"


class TableError(ValueError):
    """A file that cannot be imported at all: the message says why and what to do."""


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)


def _is_empty(values) -> bool:
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in values)


def _table(rows_iter) -> Table:
    headers = None
    rows = []
    for number, values in enumerate(rows_iter, start=1):
        values = list(values)
        if headers is None:
            if _is_empty(values):
                raise TableError(_("The first row is empty. Put the column headers in row 1."))
            while values and (values[-1] is None or str(values[-1]).strip() == ""):
                values.pop()
            headers = [str(value or "").strip() for value in values]
            continue
        if _is_empty(values):
            continue
        values = values[: len(headers)] + [None] * (len(headers) - len(values))
        rows.append((number, values))
    if headers is None:
        raise TableError(_("The file is empty. Fill in a header row and at least one row."))
    if not rows:
        raise TableError(_("The file has a header row but no rows. Add the rows to import."))
    return Table(headers=headers, rows=rows)


def _read_csv(content: bytes) -> Table:
    if b"\x00" in content[:4096]:
        raise TableError(_("This is not a CSV or XLSX file. Save the spreadsheet as CSV or XLSX."))
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TableError(
            _(
                "The CSV file is not in UTF-8. Save it again as 'CSV UTF-8' "
                "(in Excel: Save as, CSV UTF-8 (comma delimited))."
            )
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    return _table(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _read_xlsx(content: bytes) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise TableError(
            _(
                "This XLSX file cannot be read. Open it in your spreadsheet program and save it again."
            )
        ) from None
    try:
        if not workbook.worksheets:
            raise TableError(_("The file is empty. Fill in a header row and at least one row."))
        return _table(workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()


def read_table(uploaded_file) -> Table:
    """Reads an uploaded CSV or XLSX file (an ``UploadedFile``, a file object or bytes).

    Raises :class:`TableError` for a file that is too large, empty, or neither CSV nor XLSX.
    """
    if isinstance(uploaded_file, bytes | bytearray):
        content = bytes(uploaded_file)
    else:
        size = getattr(uploaded_file, "size", None)
        if size is not None and size > MAX_UPLOAD_BYTES:
            raise _too_large()
        if hasattr(uploaded_file, "seek"):
            uploaded_file.seek(0)
        content = uploaded_file.read(MAX_UPLOAD_BYTES + 1)
    if len(content) > MAX_UPLOAD_BYTES:
        raise _too_large()
    if not content.strip():
        raise TableError(_("The file is empty. Fill in a header row and at least one row."))
    if content.startswith(XLSX_MAGIC):
        return _read_xlsx(content)
    if content.startswith((b"\xd0\xcf\x11\xe0", b"%PDF")):
        raise TableError(
            _(
                "This is not a CSV or XLSX file (old .xls or PDF?). Save the spreadsheet as XLSX or CSV."
            )
        )
    return _read_csv(content)


def _too_large() -> TableError:
    return TableError(
        _("The file is larger than %(size)s MB. Split it into smaller files.")
        % {"size": MAX_UPLOAD_BYTES // (1024 * 1024)}
    )


# Writing ----------------------------------------------------------------------------------------

FORMULA_START = ("=", "+", "-", "@")


def _csv_cell(value) -> str:
    from .parsers import format_date, format_datetime, format_decimal

    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_decimal(value)
    text = str(value)
    # Keeps a spreadsheet program from running a cell as a formula; the importer removes the ' again.
    return "'" + text if text.startswith(FORMULA_START) else text


def write_csv(headers: list[str], rows) -> bytes:
    """CSV with a BOM and semicolons, which Dutch Excel opens as columns without asking."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_csv_cell(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_xlsx(headers: list[str], rows, *, explanation: list[list[str]] | None = None) -> bytes:
    """XLSX with the headers in row 1. Text is always stored as text, never as a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Data"))
    sheet.append(headers)
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, dt.datetime):
                value = value.replace(tzinfo=None) if value.tzinfo is None else _local(value)
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            elif isinstance(value, dt.datetime):
                cell.number_format = "DD-MM-YYYY HH:MM"
            elif isinstance(value, dt.date):
                cell.number_format = "DD-MM-YYYY"
            cells.append(cell)
        sheet.append(cells)
    if explanation:
        notes = workbook.create_sheet(_("Explanation"))
        for line in explanation:
            notes.append(line)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _local(value: dt.datetime) -> dt.datetime:
    from .parsers import AMSTERDAM

    return value.astimezone(AMSTERDAM).replace(tzinfo=None)
