"""Text normalisation shared by search over every domain."""

import unicodedata


def fold(text: str) -> str:
    """Lower-case and strip diacritics, so ``Súdwest`` and ``sudwest`` find each other.

    Python does this identically for SQLite and PostgreSQL, which is why search keys are stored folded
    instead of relying on the database's collation.
    """
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())
