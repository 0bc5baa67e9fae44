"""Publications as BibTeX (bibtexparser 2), RIS (rispy) and CSL-JSON, one or many.

Every format carries the info:eu-repo type (BibTeX ``publicationtype``, RIS ``M3``) so that our
own import reads the type back exactly; other tools ignore the field. Authors are only those who
may be named in public (``citation.csl_name``).
"""

from __future__ import annotations

import json
import re

import bibtexparser
import rispy
from bibtexparser import model
from bibtexparser.middlewares import LatexEncodingMiddleware
from django.utils.text import slugify

from .citation import csl_item, csl_name
from .constants import FORMATS, semantics_uri

BIBTEX_TYPE_FIELD = "publicationtype"
CONTENT_TYPES = {
    "bib": "application/x-bibtex; charset=utf-8",
    "ris": "application/x-research-info-systems; charset=utf-8",
    "json": "application/vnd.citationstyles.csl+json; charset=utf-8",
}


def _bibtex_name(name: dict) -> str:
    family = " ".join(p for p in (name.get("non-dropping-particle"), name["family"]) if p)
    return f"{family}, {name['given']}" if name.get("given") else family


def bibtex_key(publication) -> str:
    """``jansen2023eenzaamheid``: first author, year, first word of the title; unique by UUID."""
    names = [n for n in (csl_name(a) for a in publication.authorships.all()) if n]
    author = slugify(names[0]["family"]).replace("-", "") if names else "anon"
    word = next((w for w in slugify(publication.title).split("-") if len(w) > 3), "titel")
    return f"{author}{publication.year or ''}{word}-{str(publication.uuid)[:8]}"


def _bibtex_entry(publication) -> model.Entry:
    formats = FORMATS[publication.publication_type]
    names = [n for n in (csl_name(a) for a in publication.authorships.all()) if n]
    container = "booktitle" if formats.bibtex in ("incollection", "inproceedings") else "journal"
    fields = {
        "title": publication.title,
        "author": " and ".join(_bibtex_name(n) for n in names),
        "year": str(publication.year or ""),
        "date": publication.date.isoformat() if publication.date else "",
        container: publication.journal,
        "publisher": publication.publisher,
        "volume": publication.volume,
        "number": publication.issue,
        "pages": publication.pages.replace("-", "--") if publication.pages else "",
        "isbn": publication.isbn,
        "issn": publication.issn,
        "doi": publication.doi,
        "url": publication.url,
        "abstract": publication.abstract,
        "language": publication.language,
        "type": formats.genre,
        BIBTEX_TYPE_FIELD: semantics_uri(publication.publication_type),
    }
    return model.Entry(
        formats.bibtex,
        bibtex_key(publication),
        [model.Field(key, value) for key, value in fields.items() if value],
    )


def to_bibtex(publications) -> str:
    library = bibtexparser.Library()
    for publication in publications:
        library.add(_bibtex_entry(publication))
    return bibtexparser.write_string(
        library, prepend_middleware=[LatexEncodingMiddleware(keep_math=True)]
    )


def _ris_record(publication) -> dict:
    formats = FORMATS[publication.publication_type]
    names = [n for n in (csl_name(a) for a in publication.authorships.all()) if n]
    start, _, end = (publication.pages or "").partition("-")
    record = {
        "type_of_reference": formats.ris,
        "title": publication.title,
        "authors": [_bibtex_name(n) for n in names],
        "year": str(publication.year or ""),
        "date": publication.date.strftime("%Y/%m/%d") if publication.date else "",
        "secondary_title": publication.journal,
        "publisher": publication.publisher,
        "volume": publication.volume,
        "number": publication.issue,
        "start_page": start.strip(),
        "end_page": end.strip(),
        # RIS has one SN tag for both: the ISBN for books, else the ISSN.
        "issn": publication.isbn or publication.issn,
        "doi": publication.doi,
        "urls": [publication.url] if publication.url else [],
        # One line: RIS readers join continuation lines with a space anyway.
        "abstract": re.sub(r"\s+", " ", publication.abstract).strip(),
        "language": publication.language,
        "type_of_work": semantics_uri(publication.publication_type),
        "id": str(publication.uuid),
    }
    return {key: value for key, value in record.items() if value}


class _RisWriter(rispy.RisWriter):
    def set_header(self, count):
        return ""  # no "1." numbering lines: not part of RIS, and some readers trip on them


def to_ris(publications) -> str:
    return rispy.dumps([_ris_record(p) for p in publications], implementation=_RisWriter)


def to_csl_json(publications) -> str:
    return json.dumps([csl_item(p) for p in publications], ensure_ascii=False, indent=2)


EXPORTERS = {"bib": to_bibtex, "ris": to_ris, "json": to_csl_json}
