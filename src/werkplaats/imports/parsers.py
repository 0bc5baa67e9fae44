"""Cell parsers: turn what people type in a spreadsheet into values, or say what to write instead.

Each parser is called with the raw cell (a string from CSV; a string, number or date from XLSX) and
the :class:`~werkplaats.imports.engine.ImportContext`. It returns the value, ``None`` for an empty
cell, or raises :class:`CellError` with a message that tells the person what to do. Lookups in the
database are loaded once per import into ``context.cache``, so 5,000 rows cost a handful of queries.
"""

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db.models import TextChoices
from django.utils.translation import gettext as _

from werkplaats.utils.text import fold

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# A leading apostrophe keeps spreadsheet programs from reading text as a formula; exports add it.
FORMULA_START = ("=", "+", "-", "@")
LIST_SEPARATORS = re.compile(r"\s*[;\n]\s*")


class CellError(ValueError):
    """A cell that cannot be read. The message says what is wrong and what to write instead."""


def cell_text(raw) -> str:
    """The cell as trimmed text. Whole numbers from XLSX lose their ``.0`` (a KvK number stays one)."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, dt.datetime):
        return raw.isoformat(sep=" ")
    if isinstance(raw, dt.date):
        return raw.isoformat()
    text = str(raw).strip()
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_START:
        text = text[1:]
    return text


class Text:
    def __init__(self, max_length: int | None = None, *, validators=(), clean=None):
        self.max_length = max_length
        self.validators = tuple(validators)
        self.clean = clean

    def __call__(self, raw, context):
        text = cell_text(raw)
        if not text:
            return None
        if self.clean:
            text = self.clean(text)
        if self.max_length and len(text) > self.max_length:
            raise CellError(
                _("is %(length)s characters long; shorten it to at most %(max)s.")
                % {"length": len(text), "max": self.max_length}
            )
        for validator in self.validators:
            try:
                validator(text)
            except ValidationError as error:
                raise CellError(" ".join(str(m) for m in error.messages)) from None
        return text


class Integer:
    def __init__(self, minimum: int | None = None, maximum: int | None = None):
        self.minimum, self.maximum = minimum, maximum

    def __call__(self, raw, context):
        text = cell_text(raw).replace(".", "").replace(" ", "")
        if not text:
            return None
        try:
            value = int(text)
        except ValueError:
            raise CellError(
                _("is not a whole number. Write digits only, for example 12.")
            ) from None
        if self.minimum is not None and value < self.minimum:
            raise CellError(_("is too small; write at least %(min)s.") % {"min": self.minimum})
        if self.maximum is not None and value > self.maximum:
            raise CellError(_("is too large; write at most %(max)s.") % {"max": self.maximum})
        return value


DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d")


def parse_date(text: str) -> dt.date:
    """A date written dd-mm-jjjj (also with / or .) or ISO jjjj-mm-dd."""
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


class Date:
    def __call__(self, raw, context):
        if isinstance(raw, dt.datetime):
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        text = cell_text(raw)
        if not text:
            return None
        try:
            return parse_date(text.split(" ")[0] if re.match(r"^\d{4}-", text) else text)
        except ValueError:
            raise CellError(
                _("is not a valid date. Write it as dd-mm-yyyy, for example 31-01-2025.")
            ) from None


def parse_datetime(text: str) -> dt.datetime:
    """``dd-mm-jjjj uu:mm`` or ISO ``jjjj-mm-ddTuu:mm``, as Europe/Amsterdam time unless an offset is
    given."""
    text = text.strip().replace("T", " ")
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        value = None
        for fmt in DATE_FORMATS:
            for time_fmt in ("%H:%M", "%H.%M", "%H:%M:%S"):
                try:
                    value = dt.datetime.strptime(text, f"{fmt} {time_fmt}")
                    break
                except ValueError:
                    continue
            if value:
                break
        if value is None:
            raise ValueError(text) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=AMSTERDAM)
    return value


class DateTime:
    def __call__(self, raw, context):
        if isinstance(raw, dt.datetime):
            return raw if raw.tzinfo else raw.replace(tzinfo=AMSTERDAM)
        text = cell_text(raw)
        if not text:
            return None
        try:
            return parse_datetime(text)
        except ValueError:
            raise CellError(
                _(
                    "is not a valid date and time. Write it as dd-mm-yyyy hh:mm, "
                    "for example 31-01-2025 14:30."
                )
            ) from None


THOUSANDS_ONLY = re.compile(r"^-?[1-9]\d{0,2}(\.\d{3})+$")
DUTCH_GROUPS = re.compile(r"^-?\d{1,3}(\.\d{3})*$")


def parse_decimal(text: str) -> Decimal:
    """A number as Dutch people write it (``1.234,56``) or as computers do (``1234.56``).

    With a comma, the comma is the decimal mark and dots group thousands. Without one, dots that
    group thousands exactly (``1.500``) are read the Dutch way, as 1500; any other dot is a decimal
    mark.
    """
    text = text.strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    if "," in text:
        whole, _comma, fraction = text.partition(",")
        if not (re.match(r"^-?\d+$", whole) or DUTCH_GROUPS.match(whole)) or "," in fraction:
            raise ValueError(text)
        text = whole.replace(".", "") + "." + fraction
    elif THOUSANDS_ONLY.match(text):
        text = text.replace(".", "")
    if not re.match(r"^-?\d+(\.\d+)?$", text):
        raise ValueError(text)
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None


class Number:
    def __init__(self, decimal_places: int = 2, minimum: Decimal | None = None):
        self.decimal_places, self.minimum = decimal_places, minimum

    def __call__(self, raw, context):
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            value = Decimal(str(raw))
        else:
            text = cell_text(raw)
            if not text:
                return None
            try:
                value = parse_decimal(text)
            except ValueError:
                raise CellError(
                    _("is not a number. Write it with a decimal comma, for example 1250,50.")
                ) from None
        if self.minimum is not None and value < self.minimum:
            raise CellError(_("is too small; write at least %(min)s.") % {"min": self.minimum})
        return value.quantize(Decimal(1).scaleb(-self.decimal_places))


class Choice:
    """One of a fixed set of choices, by its value or its label in Dutch or English."""

    def __init__(self, choices: type[TextChoices]):
        self.choices = choices

    def _index(self, context) -> dict[str, str]:
        from django.utils import translation

        key = ("choice", self.choices)
        if key not in context.cache:
            index = {}
            for value, label in self.choices.choices:
                index[fold(value)] = value
                for language in ("nl", "en"):
                    with translation.override(language):
                        index[fold(str(label))] = value
            context.cache[key] = index
        return context.cache[key]

    def __call__(self, raw, context):
        text = cell_text(raw)
        if not text:
            return None
        value = self._index(context).get(fold(text))
        if value is None:
            raise CellError(
                _("is not one of the choices. Write one of: %(choices)s.")
                % {"choices": ", ".join(str(label) for label in self.choices.labels)}
            )
        return value


class Lookup:
    """An object found by any of ``fields`` (slug, name, CBS code, ...), compared folded.

    A name that two objects share is refused with the advice to use the slug. With ``many``, the
    cell holds several values separated by semicolons (or line breaks) and a list is returned.
    """

    def __init__(self, queryset, fields=("slug", "name"), *, many=False, noun=None, scoped=False):
        # ``scoped``: ``queryset`` is a function of the import context (e.g. its werkplaats).
        self.queryset = queryset
        self.scoped = scoped
        self.fields = fields
        self.many = many
        self.noun = noun

    def _index(self, context) -> dict[str, object]:
        key = ("lookup", id(self))
        if key not in context.cache:
            if self.scoped:
                queryset = self.queryset(context)
            else:
                queryset = self.queryset() if callable(self.queryset) else self.queryset
            index: dict[str, object] = {}
            # "Hengelo" finds "Hengelo (O.)" as CBS writes it, unless the short name is taken.
            short: dict[str, object] = {}
            for obj in queryset:
                for field in self.fields:
                    value = getattr(obj, field, "")
                    if not value:
                        continue
                    folded = fold(str(value))
                    if folded in index and index[folded] is not obj and field != "slug":
                        index[folded] = AMBIGUOUS
                    else:
                        index.setdefault(folded, obj)
                    if " (" in folded:
                        stem = folded.split(" (")[0]
                        short[stem] = AMBIGUOUS if stem in short else obj
            for stem, obj in short.items():
                index.setdefault(stem, obj)
            context.cache[key] = index
        return context.cache[key]

    def _find(self, text: str, context):
        found = self._index(context).get(fold(text))
        if found is AMBIGUOUS:
            raise CellError(_("matches more than one; use its exact slug from the site instead."))
        return found

    def __call__(self, raw, context):
        text = cell_text(raw)
        if not text:
            return [] if self.many else None
        if not self.many:
            found = self._find(text, context)
            if found is None:
                raise self._unknown(text)
            return found
        found, missing = [], []
        for part in (p for p in LIST_SEPARATORS.split(text) if p):
            obj = self._find(part, context)
            if obj is None and "," in part:
                pieces = [self._find(piece.strip(), context) for piece in part.split(",")]
                if all(pieces):
                    found.extend(pieces)
                    continue
            if obj is None:
                missing.append(part)
            else:
                found.append(obj)
        if missing:
            raise self._unknown("; ".join(missing))
        return list(dict.fromkeys(found))

    def _unknown(self, text: str) -> CellError:
        noun = self.noun or _("value")
        hint = _("Separate several with a semicolon (;).") if self.many else ""
        return CellError(
            (
                _(
                    "contains '%(text)s', which is not a known %(noun)s. "
                    "Use the name or slug as the site shows it."
                )
                % {"text": text, "noun": noun}
                + (" " + hint if hint else "")
            ).strip()
        )


AMBIGUOUS = object()


def format_date(value) -> str:
    """How exports write a date: dd-mm-jjjj, which the importer reads back."""
    return value.strftime("%d-%m-%Y") if value else ""


def format_datetime(value) -> str:
    if not value:
        return ""
    return value.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M")


def format_decimal(value) -> str:
    """Dutch decimal comma, no thousands grouping (``1250,50``)."""
    if value is None:
        return ""
    return str(value).replace(".", ",")


__all__ = [
    "CellError",
    "Choice",
    "Date",
    "DateTime",
    "Integer",
    "Lookup",
    "Number",
    "Text",
    "cell_text",
    "format_date",
    "format_datetime",
    "format_decimal",
    "parse_date",
    "parse_datetime",
    "parse_decimal",
]
