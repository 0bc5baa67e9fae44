"""The import engine: what an import spec is, how a table is checked, committed and exported.

An :class:`ImportSpec` names its columns (a Dutch header first, with English and other aliases), a
parser per column, how a checked row becomes an unsaved object (:meth:`ImportSpec.make`) and how
all of them are written (:meth:`ImportSpec.commit`). :func:`preview` checks every row and reports,
per row, what will happen or what is wrong; :func:`run` commits only when no row has an error, in
one transaction. :func:`export` writes the same headers, so an export imports again.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from werkplaats.utils.text import fold

from .parsers import CellError, cell_text
from .tables import Table, TableError, write_csv, write_xlsx


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    parser: Callable
    aliases: tuple[str, ...] = ()
    required: bool = False
    help: str = ""

    def names(self) -> list[str]:
        return [self.header, self.key, *self.aliases]


@dataclass
class ImportContext:
    """What an import runs for (werkplaats, user) and a cache for lookups of this one import."""

    workshop: object = None
    user: object = None
    cache: dict = field(default_factory=dict)
    seen: dict = field(default_factory=dict)
    row: int = 0


@dataclass
class RowProblem:
    row: int
    column: str
    value: str
    message: str

    def __str__(self) -> str:
        if not self.column:
            return _("Row %(row)s: %(message)s") % {"row": self.row, "message": self.message}
        return _("Row %(row)s, column '%(column)s': '%(value)s' %(message)s") % {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "message": self.message,
        }

    def as_dict(self) -> dict:
        return {**self.__dict__, "text": str(self)}


class RowInvalid(Exception):
    """Raised by :meth:`ImportSpec.make`: ``errors`` maps a column key (or ``""``) to a message."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(errors)
        self.errors = errors


@dataclass
class RowResult:
    number: int
    raw: list
    obj: object = None
    action: str = ""
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Preview:
    rows: list[RowResult]

    @property
    def problems(self) -> list[RowProblem]:
        return [problem for row in self.rows for problem in row.problems]

    @property
    def error_rows(self) -> list[RowResult]:
        return [row for row in self.rows if not row.ok]

    @property
    def ok(self) -> bool:
        return not self.error_rows


class ImportSpec:
    """One kind of thing to import and export. Subclasses set the attributes and implement
    :meth:`make`, :meth:`commit`, :meth:`export_queryset` and :meth:`export_values`."""

    name: str = ""
    label: str = ""
    columns: list[Column] = []

    # Headers -----------------------------------------------------------------------------------

    @property
    def headers(self) -> list[str]:
        return [column.header for column in self.columns]

    def match_headers(self, headers: list[str]) -> dict[int, Column]:
        """Which column each position of the file holds. Unknown, repeated or missing headers
        raise :class:`TableError` naming them and the headers that are expected."""
        index = {fold(name): column for column in self.columns for name in column.names()}
        mapping: dict[int, Column] = {}
        unknown, repeated = [], []
        for position, header in enumerate(headers):
            column = index.get(fold(header))
            if column is None:
                unknown.append(header or _("(empty)"))
            elif column in mapping.values():
                repeated.append(header)
            else:
                mapping[position] = column
        missing = [c.header for c in self.columns if c.required and c not in mapping.values()]
        messages = []
        if missing:
            messages.append(
                _("Required columns are missing: %(names)s.") % {"names": _join(missing)}
            )
        if unknown:
            messages.append(_("Unknown columns: %(names)s.") % {"names": _join(unknown)})
        if repeated:
            messages.append(_("Columns appear twice: %(names)s.") % {"names": _join(repeated)})
        if messages:
            messages.append(
                _("Use these headers in row 1 (download the empty template): %(names)s.")
                % {"names": _join(self.headers)}
            )
            raise TableError(" ".join(messages))
        return mapping

    # Rows --------------------------------------------------------------------------------------

    def build(self, row_values: list, context: ImportContext, *, number: int = 0, mapping=None):
        """Checks one row and returns ``(object, action)``: an unsaved (or existing) object and
        what committing will do with it. Raises :class:`RowInvalid` listing every problem."""
        mapping = mapping if mapping is not None else dict(enumerate(self.columns))
        values, errors = {column.key: None for column in self.columns}, {}
        for position, column in mapping.items():
            raw = row_values[position] if position < len(row_values) else None
            try:
                values[column.key] = column.parser(raw, context)
            except CellError as error:
                errors[column.key] = str(error)
                continue
            if column.required and values[column.key] in (None, "", []):
                errors[column.key] = _("is empty; this column is required.")
        if errors:
            raise RowInvalid(errors)
        context.row = number
        return self.make(values, context)

    def make(self, values: dict, context: ImportContext):
        raise NotImplementedError

    def commit(self, results: list[RowResult], context: ImportContext) -> int:
        raise NotImplementedError

    # Export ------------------------------------------------------------------------------------

    def export_queryset(self, workshop):
        raise NotImplementedError

    def export_values(self, obj) -> dict:
        raise NotImplementedError

    def explanation(self) -> list[list[str]]:
        rows = [[_("Column"), _("Required"), _("What to enter")]]
        for column in self.columns:
            rows.append([column.header, _("yes") if column.required else _("no"), str(column.help)])
        return rows


def _join(names: Iterable[str]) -> str:
    return ", ".join(f"'{name}'" for name in names)


def _column_header(mapping: dict[int, Column], headers: list[str], key: str) -> tuple[str, int]:
    for position, column in mapping.items():
        if column.key == key:
            return headers[position], position
    return key, -1


def preview(spec: ImportSpec, table: Table, context: ImportContext, *, progress=None) -> Preview:
    """Checks every row of ``table``. Raises :class:`TableError` for wrong headers.

    ``progress(done)`` is called every 250 rows, so a task can show how far it is.
    """
    mapping = spec.match_headers(table.headers)
    results = []
    for done, (number, values) in enumerate(table.rows, start=1):
        result = RowResult(number=number, raw=values)
        try:
            result.obj, result.action = spec.build(values, context, number=number, mapping=mapping)
        except RowInvalid as invalid:
            for key, message in invalid.errors.items():
                header, position = _column_header(mapping, table.headers, key)
                value = cell_text(values[position]) if position >= 0 else ""
                result.problems.append(
                    RowProblem(number, header if key else "", value, str(message))
                )
        results.append(result)
        if progress and done % 250 == 0:
            progress(done)
    return Preview(rows=results)


def run(spec: ImportSpec, table: Table, context: ImportContext, *, progress=None, committed=None):
    """Checks and, only when every row is right, commits all rows in one transaction.

    ``committed(created)`` runs inside that transaction, so what records the import as done
    commits with the rows or not at all. Returns ``(preview, created)``; ``created`` is ``None``
    when nothing was committed.
    """
    checked = preview(spec, table, context, progress=progress)
    if not checked.ok:
        return checked, None
    with transaction.atomic():
        created = spec.commit(checked.rows, context)
        if committed is not None:
            committed(created)
    return checked, created


def export(spec: ImportSpec, queryset, file_format: str) -> bytes:
    """The rows of ``queryset`` as CSV or XLSX with the spec's headers."""
    rows = ([obj_values.get(c.key) for c in spec.columns] for obj_values in _values(spec, queryset))
    if file_format == "csv":
        return write_csv(spec.headers, rows)
    return write_xlsx(spec.headers, rows, explanation=spec.explanation())


def template(spec: ImportSpec, file_format: str) -> bytes:
    """An empty file with only the headers, to fill in."""
    return export(spec, [], file_format)


def _values(spec, queryset):
    for obj in queryset:
        yield spec.export_values(obj)


class SlugAllocator:
    """Unique slugs for many new rows at once: one query for the slugs in use, not one per row."""

    def __init__(self, model, field_name: str = "slug"):
        self.model = model
        self.max_length = model._meta.get_field(field_name).max_length or 50
        self.used = set(model._default_manager.values_list(field_name, flat=True))

    def __call__(self, text: str) -> str:
        base = slugify(text)[: self.max_length - 6].strip("-") or self.model._meta.model_name
        slug, number = base, 2
        while slug in self.used:
            slug = f"{base}-{number}"
            number += 1
        self.used.add(slug)
        return slug


def fill_search_text(obj) -> None:
    """``bulk_create`` skips ``save()``, where :class:`Searchable` folds its search text."""
    obj.search_text = fold(" ".join(part for part in obj.search_parts() if part))
