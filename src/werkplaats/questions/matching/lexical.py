"""BM25 over stemmed Dutch text: how much the words of a question and a document have in common.

Documents are given as stem counts (see ``text.content_stems``); the index is built once and then
scores a query in time proportional to the documents that share a stem with it, not to all of them.
"""

import math
from collections.abc import Hashable, Iterable, Mapping

#: Query words beyond this many (the rarest are kept) add little but cost the most.
MAX_QUERY_STEMS = 24
#: Words in more than this share of the documents say little about any one of them (and cost the
#: most to score); in a small corpus every word counts.
MAX_DOCUMENT_SHARE = 0.3
SMALL_CORPUS = 50


class BM25Index:
    """Okapi BM25 (k1=1.2, b=0.75) over documents keyed by anything hashable.

    The length-normalised term weight of every (stem, document) pair is computed when the index
    is built, so scoring is one multiplication and one addition per posting.
    """

    def __init__(self, documents: Mapping[Hashable, Mapping[str, int]], k1=1.2, b=0.75):
        self.k1, self.b = k1, b
        lengths = {key: sum(stems.values()) for key, stems in documents.items()}
        lengths = {key: length for key, length in lengths.items() if length}
        self.size = len(lengths)
        average = (sum(lengths.values()) / self.size) if self.size else 0.0
        self.postings: dict[str, list[tuple[Hashable, float]]] = {}
        self.stems_of: dict[Hashable, frozenset[str]] = {}
        for key, length in lengths.items():
            stems = documents[key]
            self.stems_of[key] = frozenset(stems)
            norm = k1 * (1 - b + b * length / average)
            for stem_, count in stems.items():
                weight = count * (k1 + 1) / (count + norm)
                self.postings.setdefault(stem_, []).append((key, weight))
        self.idf = {
            stem_: math.log(1 + (self.size - len(docs) + 0.5) / (len(docs) + 0.5))
            for stem_, docs in self.postings.items()
        }

    def __len__(self) -> int:
        return self.size

    def query_stems(self, query: Iterable[str]) -> list[str]:
        """The query's stems that can tell documents apart: known, not too common, the rarest."""
        limit = self.size if self.size < SMALL_CORPUS else MAX_DOCUMENT_SHARE * self.size
        useful = [s for s in dict.fromkeys(query) if 0 < len(self.postings.get(s, ())) <= limit]
        useful.sort(key=lambda s: (-self.idf[s], s))
        return useful[:MAX_QUERY_STEMS]

    def score(self, query: Iterable[str]) -> dict[Hashable, float]:
        """Score of every document sharing a (useful) stem with the query."""
        scores: dict[Hashable, float] = {}
        get = scores.get
        for stem_ in self.query_stems(query):
            idf = self.idf[stem_]
            for key, weight in self.postings[stem_]:
                scores[key] = get(key, 0.0) + idf * weight
        return scores

    def shared(self, key: Hashable, query: Iterable[str]) -> list[str]:
        """The query's useful stems that this document holds, rarest first (for a reason)."""
        stems = self.stems_of.get(key, frozenset())
        return [s for s in self.query_stems(query) if s in stems]

    def max_score(self, query: Iterable[str]) -> float:
        """The score of a document of average length holding each query word once: scores
        divided by it are about 1 for a document that covers the whole question."""
        return sum(self.idf[s] for s in self.query_stems(query)) or 1.0
