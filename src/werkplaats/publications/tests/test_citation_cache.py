"""APA entries are rendered once per content: the cache key is what the entry is made of, so a
changed publication, or an author who withdraws consent, gets a new entry at once."""

import pytest
from django.core.cache import cache
from django.utils import translation

from werkplaats.network.tests.factories import PersonFactory
from werkplaats.publications import citation

from .factories import PublicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def renders(monkeypatch):
    """Counts the real renderings (citeproc), while still making them."""
    cache.clear()
    made = []
    real = citation._render_now

    def counting(item, output, language):
        made.append(item["title"])
        return real(item, output, language)

    monkeypatch.setattr(citation, "_render_now", counting)
    yield made
    cache.clear()


@pytest.fixture
def author():
    return PersonFactory(given_name="Piet", family_name="Toestemming", is_public=True)


def test_the_same_entry_is_rendered_once_per_language_and_format(renders, author):
    publication = PublicationFactory(title="Wat werkt in de wijk?", year=2023, authors=[author])

    first = citation.apa_html(publication)
    again = citation.apa_html(publication)
    with translation.override("en"):
        citation.apa_html(publication)
    citation.apa_text(publication)

    assert first == again and "Toestemming" in first
    assert len(renders) == 3  # nl html (once), en html, nl text


def test_a_changed_title_or_a_withdrawn_consent_shows_at_once(renders, author):
    publication = PublicationFactory(title="Eerste titel", year=2023, authors=[author])
    assert "Eerste titel" in citation.apa_text(publication)

    publication.title = "Tweede titel"
    publication.save()
    assert "Tweede titel" in citation.apa_text(publication)

    author.is_public = False
    author.save()
    publication.refresh_from_db()
    assert "Toestemming" not in citation.apa_text(publication)
    assert len(renders) == 3
