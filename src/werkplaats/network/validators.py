"""Validators for the identifiers the registry accepts. Each says, in the user's language, what to do."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"
ORCID_RE = re.compile(r"^(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])$")
ROR_RE = re.compile(rf"^0[{CROCKFORD}]{{6}}\d{{2}}$")
KVK_RE = re.compile(r"^\d{8}$")
MUNICIPALITY_CODE_RE = re.compile(r"^GM\d{4}$")


def orcid_check_digit(base_digits: str) -> str:
    """ISO 7064 MOD 11-2 check character over the first 15 digits of an ORCID iD."""
    total = 0
    for digit in base_digits:
        total = (total + int(digit)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def normalise_orcid(value: str) -> str:
    """Accepts an ORCID iD bare or as its https://orcid.org/ URL; returns the bare form."""
    value = (value or "").strip()
    for prefix in ("https://orcid.org/", "http://orcid.org/", "orcid.org/"):
        if value.lower().startswith(prefix):
            value = value[len(prefix) :]
    return value.upper()


def validate_orcid(value: str) -> None:
    bare = normalise_orcid(value)
    match = ORCID_RE.match(bare)
    if not match:
        raise ValidationError(
            _("Enter an ORCID iD as four groups of four digits, for example 0000-0002-1825-0097."),
            code="orcid_format",
        )
    digits = "".join(match.groups())
    if orcid_check_digit(digits[:15]) != digits[15]:
        raise ValidationError(
            _("This ORCID iD has a wrong check digit. Copy it again from orcid.org."),
            code="orcid_checksum",
        )


def normalise_ror(value: str) -> str:
    value = (value or "").strip().lower()
    for prefix in ("https://ror.org/", "http://ror.org/", "ror.org/"):
        if value.startswith(prefix):
            value = value[len(prefix) :]
    return value


def validate_ror(value: str) -> None:
    bare = normalise_ror(value)
    if not ROR_RE.match(bare):
        raise ValidationError(
            _(
                "Enter a ROR ID: a 0, six letters or digits and two check digits, for example 05f950310."
            ),
            code="ror_format",
        )
    number = 0
    for char in bare[:7]:
        number = number * 32 + CROCKFORD.index(char)
    if f"{98 - (number * 100) % 97:02d}" != bare[7:]:
        raise ValidationError(
            _("This ROR ID has wrong check digits. Copy it again from ror.org."),
            code="ror_checksum",
        )


def validate_kvk(value: str) -> None:
    if not KVK_RE.match(value or ""):
        raise ValidationError(
            _("Enter the KvK number as exactly 8 digits, without spaces or dots."),
            code="kvk_format",
        )


def validate_municipality_code(value: str) -> None:
    if not MUNICIPALITY_CODE_RE.match(value or ""):
        raise ValidationError(
            _("Enter the CBS municipality code as GM followed by 4 digits, for example GM0363."),
            code="municipality_code_format",
        )
