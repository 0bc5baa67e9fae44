"""Dutch text as the index sees it: folded words, stopwords out, ``dutch_porter`` stems.

The same function makes the indexed stems and the query stems, on SQLite and PostgreSQL alike.
Words are split on every non-letter/digit (also on hyphens) so both full-text engines see the
same tokens.
"""

import html
import re
from functools import lru_cache

from werkplaats.questions.matching.text import STOPWORDS, stem
from werkplaats.utils.text import fold

TOKEN = re.compile(r"[a-z0-9]+")
#: Any run of letters or digits in the original text (for highlighting in snippets).
SURFACE = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12


def tokens(text: str) -> list[str]:
    return TOKEN.findall(fold(text or ""))


def stems(text: str) -> str:
    """The stems of every content word, space-separated, for the full-text index."""
    return " ".join(stem(w) for w in tokens(text) if w not in STOPWORDS)


def query_terms(q: str) -> tuple[list[str], bool]:
    """The distinct stems of a query, and whether it had words at all (before stopwords).

    Everything that is not a letter or digit is dropped, so FTS operators, quotes and
    parentheses never reach the database.
    """
    words = tokens((q or "")[:MAX_QUERY_LENGTH])
    content = [stem(w) for w in words if w not in STOPWORDS]
    return list(dict.fromkeys(content))[:MAX_TERMS], bool(words)


def query_words(q: str) -> list[str]:
    """The distinct content words of a query as typed (folded, not stemmed)."""
    words = tokens((q or "")[:MAX_QUERY_LENGTH])
    return list(dict.fromkeys(w for w in words if w not in STOPWORDS))[:MAX_TERMS]


@lru_cache(maxsize=100_000)
def word_stem(word: str) -> str | None:
    """The stem of one word as written, or None for a stop word or a non-word."""
    folded = fold(word)
    if not TOKEN.fullmatch(folded) or folded in STOPWORDS:
        return None
    return stem(folded)


def _matches(word: str, terms: list[str], prefixes: list[str]) -> bool:
    s = word_stem(word)
    return s is not None and (s in terms or any(s.startswith(p) for p in prefixes))


def highlight(text: str, terms: list[str], prefixes: list[str] = (), *, words: int = 0) -> str:
    """HTML-escaped text with each matching word wrapped in ``<mark>``.

    With ``words``, a window of about that many words around the first match (with ellipses).
    """
    text = text or ""
    found = [m for m in SURFACE.finditer(text) if _matches(m.group(), terms, list(prefixes))]
    start, end = 0, len(text)
    if words:
        all_words = list(SURFACE.finditer(text))
        if len(all_words) > words:
            first = 0
            if found:
                first = next(i for i, m in enumerate(all_words) if m.start() == found[0].start())
            lo = max(0, first - words // 3)
            hi = min(len(all_words), lo + words)
            start = all_words[lo].start() if lo else 0
            end = all_words[hi - 1].end() if hi < len(all_words) else len(text)
    out, position = [], start
    for m in found:
        if m.start() < start or m.end() > end:
            continue
        out.append(html.escape(text[position : m.start()]))
        out.append(f"<mark>{html.escape(m.group())}</mark>")
        position = m.end()
    out.append(html.escape(text[position:end]))
    result = "".join(out)
    if start > 0:
        result = "… " + result
    if end < len(text):
        result += " …"
    return result
