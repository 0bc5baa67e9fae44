"""Validators and normal forms for the identifiers of a publication: DOI, ISBN, ISSN and the
language code. Each error says, in the user's language, what to do."""

import re

from django.conf.locale import LANG_INFO
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
DOI_PREFIXES = (
    "https://doi.org/",
    "http://doi.org/",
    "https://dx.doi.org/",
    "http://dx.doi.org/",
    "doi.org/",
    "doi:",
)
ISO_639_1 = {code for code in LANG_INFO if re.fullmatch(r"[a-z]{2}", code)}


def normalise_doi(value: str) -> str:
    """A DOI bare, as ``10.NNNN/suffix``: without ``https://doi.org/`` or ``doi:`` before it."""
    value = (value or "").strip()
    for prefix in DOI_PREFIXES:
        if value.lower().startswith(prefix):
            value = value[len(prefix) :].strip()
            break
    return value


def validate_doi(value: str) -> None:
    if not DOI_RE.match(normalise_doi(value)):
        raise ValidationError(
            _(
                "Enter a DOI as 10.NNNN/… (for example 10.1000/xyz123), with or without https://doi.org/."
            ),
            code="doi_format",
        )


def _digits(value: str) -> str:
    return re.sub(r"[\s-]", "", value or "").upper()


def isbn_is_valid(value: str) -> bool:
    digits = _digits(value)
    if re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if re.fullmatch(r"97[89]\d{10}", digits):
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits))
        return total % 10 == 0
    return False


def isbn13_check_digit(first_twelve: str) -> str:
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(first_twelve))
    return str((10 - total % 10) % 10)


def validate_isbn(value: str) -> None:
    digits = _digits(value)
    if not re.fullmatch(r"\d{9}[\dX]|\d{13}", digits):
        raise ValidationError(
            _("Enter an ISBN of 10 or 13 digits, for example 978-90-368-1234-5."),
            code="isbn_format",
        )
    if not isbn_is_valid(digits):
        raise ValidationError(
            _("This ISBN has a wrong check digit. Copy it again from the book or the publisher."),
            code="isbn_checksum",
        )


def issn_check_digit(first_seven: str) -> str:
    total = sum((8 - i) * int(c) for i, c in enumerate(first_seven))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


def normalise_issn(value: str) -> str:
    """``12345679`` -> ``1234-5679``; anything else stays for the validator to judge."""
    digits = _digits(value)
    return f"{digits[:4]}-{digits[4:]}" if re.fullmatch(r"\d{7}[\dX]", digits) else value.strip()


def validate_issn(value: str) -> None:
    digits = _digits(value)
    if not re.fullmatch(r"\d{7}[\dX]", digits):
        raise ValidationError(
            _("Enter an ISSN as two groups of four, for example 0317-8471."), code="issn_format"
        )
    if issn_check_digit(digits[:7]) != digits[7]:
        raise ValidationError(
            _("This ISSN has a wrong check digit. Copy it again from the journal."),
            code="issn_checksum",
        )


def validate_language(value: str) -> None:
    if value not in ISO_639_1:
        raise ValidationError(
            _("Enter the language as a two-letter ISO 639-1 code, such as nl or en."),
            code="language",
        )
