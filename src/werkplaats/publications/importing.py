"""Importing publications from BibTeX (bibtexparser 2) or RIS (rispy): all or nothing.

A file that cannot be read, or a record in it that is not valid, stops the import with one
message that says where and what to do, and nothing is saved. Records that are already in the
platform (same DOI, or the same title in the same year) or twice in the file are reported and
skipped, never imported twice. Authors who are people in the registry (by ORCID or exact name)
are linked to them, so someone who did not consent is not named in public because a file did.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

import bibtexparser
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts
from bibtexparser.model import DuplicateBlockKeyBlock, DuplicateFieldKeyBlock
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .constants import BIBTEX_TYPES, RIS_TYPES, PublicationType, from_semantics_uri
from .exports import BIBTEX_TYPE_FIELD
from .models import Publication, title_key
from .services import AuthorInput, create_publication, find_duplicate
from .validators import isbn_is_valid, normalise_doi

MAX_RECORDS = 2000
RIS_LINE = re.compile(r"^([A-Z][A-Z0-9])  - ?(.*)$")
LANGUAGES = {
    "dutch": "nl",
    "nederlands": "nl",
    "nld": "nl",
    "dut": "nl",
    "english": "en",
    "engels": "en",
    "eng": "en",
    "frisian": "fy",
    "fries": "fy",
    "german": "de",
    "duits": "de",
    "french": "fr",
    "frans": "fr",
}


class ImportFileError(ValueError):
    """The file cannot be imported; the message says why and what to do, in one line."""


@dataclass
class Record:
    fields: dict
    authors: list[AuthorInput]


@dataclass
class Duplicate:
    title: str
    reason: str
    existing: Publication | None = None


@dataclass
class ImportResult:
    created: list[Publication] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)


def detect_format(text: str, filename: str = "") -> str:
    name = filename.lower()
    if name.endswith((".bib", ".bibtex")):
        return "bib"
    if name.endswith(".ris"):
        return "ris"
    if re.search(r"^TY  - ", text, re.MULTILINE):
        return "ris"
    if re.search(r"^\s*@\w+\s*[{(]", text, re.MULTILINE):
        return "bib"
    raise ImportFileError(_("This is neither a BibTeX nor a RIS file. Export the list again."))


# Reading BibTeX ----------------------------------------------------------------------------


def _language(value: str) -> str:
    value = (value or "").strip().lower()
    return LANGUAGES.get(value, value) if value else "nl"


def _year(value) -> int | None:
    match = re.search(r"\d{4}", str(value or ""))
    return int(match.group()) if match else None


def _date(value: str) -> datetime.date | None:
    match = re.match(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})", (value or "").strip())
    if not match:
        return None
    try:
        return datetime.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _type(uri: str, guess) -> str:
    short = from_semantics_uri(uri)
    return short if short in PublicationType.values else (guess or PublicationType.OTHER)


def _bibtex_failure(block) -> str:
    line = (block.start_line or 0) + 1
    if isinstance(block, DuplicateBlockKeyBlock):
        return _(
            "The BibTeX file has the key %(key)s twice (line %(line)d): give each entry its own key."
        ) % {"key": block.key, "line": line}
    if isinstance(block, DuplicateFieldKeyBlock):
        return _(
            "An entry of the BibTeX file has the field %(field)s twice (line %(line)d): keep one."
        ) % {"field": ", ".join(sorted(block.duplicate_keys)), "line": line}
    return _(
        "The BibTeX file cannot be read at line %(line)d: check the braces and commas there."
    ) % {"line": line}


def read_bibtex(text: str) -> list[Record]:
    library = bibtexparser.parse_string(
        text,
        append_middleware=[LatexDecodingMiddleware(), SeparateCoAuthors(), SplitNameParts()],
    )
    if library.failed_blocks:
        raise ImportFileError(_bibtex_failure(library.failed_blocks[0]))
    if not library.entries:
        raise ImportFileError(_("The BibTeX file holds no entries (@article{…}, @book{…}, …)."))
    records = []
    for entry in library.entries:
        values = {f.key.lower(): f.value for f in entry.fields}
        authors = [
            AuthorInput(family_name=" ".join([*n.von, *n.last]), given_name=" ".join(n.first))
            for n in values.get("author", [])
        ]
        kind = _type(values.get(BIBTEX_TYPE_FIELD, ""), BIBTEX_TYPES.get(entry.entry_type.lower()))
        records.append(
            Record(
                fields={
                    "publication_type": kind,
                    "title": _flat(values.get("title")),
                    "year": _year(values.get("year")),
                    "date": _date(values.get("date", "")),
                    "journal": _flat(values.get("journal") or values.get("booktitle")),
                    "publisher": _flat(
                        values.get("publisher") or values.get("institution") or values.get("school")
                    ),
                    "volume": _flat(values.get("volume")),
                    "issue": _flat(values.get("number")),
                    "pages": re.sub(r"\s*(--|–|—)\s*", "-", _flat(values.get("pages"))),
                    "isbn": _flat(values.get("isbn")),
                    "issn": _flat(values.get("issn")),
                    "doi": normalise_doi(_flat(values.get("doi"))),
                    "url": _flat(values.get("url")),
                    "abstract": _flat(values.get("abstract"), keep_lines=True),
                    "language": _language(_flat(values.get("language"))),
                },
                authors=authors,
            )
        )
    return records


def _flat(value, keep_lines: bool = False) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    return text if keep_lines else " ".join(text.split())


# Reading RIS -------------------------------------------------------------------------------


def check_ris_structure(text: str) -> None:
    """rispy skips what it does not understand; we refuse it, naming the line."""
    inside, records = False, 0
    for number, line in enumerate(text.splitlines(), start=1):
        match = RIS_LINE.match(line)
        if not line.strip():
            continue
        if match and match.group(1) == "TY":
            if inside:
                raise ImportFileError(
                    _(
                        "Line %(line)d of the RIS file starts a record before the previous one ended (ER  -)."
                    )
                    % {"line": number}
                )
            inside, records = True, records + 1
        elif match and match.group(1) == "ER":
            if not inside:
                raise ImportFileError(
                    _("Line %(line)d of the RIS file ends a record that never began (TY  -).")
                    % {"line": number}
                )
            inside = False
        elif not inside:
            raise ImportFileError(
                _(
                    "Line %(line)d of the RIS file is outside any record: every record starts "
                    "with TY  - and ends with ER  -."
                )
                % {"line": number}
            )
    if inside:
        raise ImportFileError(_("The last record of the RIS file has no end (ER  -)."))
    if not records:
        raise ImportFileError(_("The RIS file holds no records (TY  - … ER  -)."))


def _ris_author(value: str) -> AuthorInput:
    family, _sep, given = value.partition(",")
    return AuthorInput(family_name=family.strip(), given_name=given.strip().rstrip(","))


def read_ris(text: str) -> list[Record]:
    check_ris_structure(text)
    records = []
    for entry in rispy.loads(text):
        number = entry.get("issn", "")
        number = number[0] if isinstance(number, list) else number
        is_isbn = isbn_is_valid(number) if number else False
        first = entry.get("start_page", "")
        last = entry.get("end_page", "")
        journal = next(
            (
                entry[k]
                for k in (
                    "secondary_title",
                    "journal_name",
                    "alternate_title3",
                    "alternate_title1",
                    "alternate_title2",
                )
                if entry.get(k)
            ),
            "",
        )
        kind = _type(entry.get("type_of_work", ""), RIS_TYPES.get(entry.get("type_of_reference")))
        records.append(
            Record(
                fields={
                    "publication_type": kind,
                    "title": _flat(entry.get("title") or entry.get("primary_title")),
                    "year": _year(entry.get("year") or entry.get("publication_year")),
                    "date": _date(entry.get("date", "")),
                    "journal": _flat(journal),
                    "publisher": _flat(entry.get("publisher")),
                    "volume": _flat(entry.get("volume")),
                    "issue": _flat(entry.get("number")),
                    "pages": f"{first}-{last}" if first and last else _flat(first),
                    "isbn": number if is_isbn else "",
                    "issn": "" if is_isbn else _flat(number),
                    "doi": normalise_doi(_flat(entry.get("doi"))),
                    "url": (entry.get("urls") or [""])[0],
                    "abstract": _flat(entry.get("abstract") or entry.get("notes_abstract")),
                    "language": _language(_flat(entry.get("language"))),
                },
                authors=[
                    _ris_author(a)
                    for a in [*entry.get("first_authors", []), *entry.get("authors", [])]
                ],
            )
        )
    return records


# Importing ---------------------------------------------------------------------------------


def _describe(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{Publication._meta.get_field(name).verbose_name if name != '__all__' else ''}: "
            f"{' '.join(messages)}".lstrip(": ")
            for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


def _check(records: list[Record]) -> None:
    """Every record valid before anything is written; else one message naming the record."""
    if len(records) > MAX_RECORDS:
        raise ImportFileError(
            _("The file holds %(n)d records; import at most %(max)d at a time.")
            % {"n": len(records), "max": MAX_RECORDS}
        )
    for number, record in enumerate(records, start=1):
        if not record.fields["title"]:
            raise ImportFileError(_("Record %(n)d has no title.") % {"n": number})
        candidate = Publication(slug="import", **record.fields)
        try:
            candidate.full_clean(
                exclude=["slug"], validate_unique=False, validate_constraints=False
            )
            for author in record.authors:
                if not author.family_name:
                    raise ValidationError(_("An author has no family name."))
        except ValidationError as error:
            raise ImportFileError(
                _("Record %(n)d (“%(title)s”): %(error)s")
                % {"n": number, "title": record.fields["title"][:80], "error": _describe(error)}
            ) from error


def read_file(text: str, fmt: str | None = None, filename: str = "") -> list[Record]:
    """The records of a BibTeX or RIS text; ``ImportFileError`` when it cannot be read."""
    if "\x00" in text:
        raise ImportFileError(_("This is not a text file. Export the list as BibTeX or RIS."))
    fmt = fmt or detect_format(text, filename)
    records = read_bibtex(text) if fmt == "bib" else read_ris(text)
    _check(records)
    return records


@transaction.atomic
def import_publications(
    text: str, *, workshop, fmt: str | None = None, filename: str = "", publish: bool = False
) -> ImportResult:
    """Import every new record of the file for ``workshop``; duplicates are reported, skipped."""
    records = read_file(text, fmt, filename)
    result = ImportResult()
    seen_dois, seen_titles = set(), set()
    for record in records:
        fields = record.fields
        title, doi = fields["title"], fields["doi"].lower()
        key = (title_key(title), fields["year"])
        if (doi and doi in seen_dois) or key in seen_titles:
            result.duplicates.append(Duplicate(title, _("twice in this file")))
            continue
        existing = find_duplicate(doi=doi, title=title, year=fields["year"])
        if existing is not None:
            same_doi = bool(doi) and existing.doi.lower() == doi
            reason = _("same DOI") if same_doi else _("same title and year")
            result.duplicates.append(Duplicate(title, reason, existing))
            continue
        if doi:
            seen_dois.add(doi)
        seen_titles.add(key)
        result.created.append(
            create_publication(
                authors=record.authors, workshops=[workshop], publish=publish, **fields
            )
        )
    return result
