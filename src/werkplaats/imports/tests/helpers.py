"""Spreadsheets made in the test, the way coordinators make them."""

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile


def csv_file(rows, *, delimiter=";", bom=True, name="lijst.csv") -> SimpleUploadedFile:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    content = (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")
    return SimpleUploadedFile(name, content, content_type="text/csv")


def xlsx_bytes(rows) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Blad1")
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_file(rows, name="lijst.xlsx") -> SimpleUploadedFile:
    return SimpleUploadedFile(
        name,
        xlsx_bytes(rows),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
