"""Publications in the one search: published ones found with facets, drafts never, and
unpublishing or deleting takes them out at once."""

import pytest
from django.core.management import call_command

from werkplaats.network.models import Theme
from werkplaats.network.tests.factories import PersonFactory
from werkplaats.publications import services
from werkplaats.search.models import SearchEntry
from werkplaats.search.services import search

from .factories import PublicationFactory

pytestmark = pytest.mark.django_db


def kinds(query, user=None):
    return sorted(h.kind for h in search(query, user).hits)


def test_a_published_publication_is_found_with_its_facets(twente):
    theme = Theme.objects.get_or_create(slug="eenzaamheid", defaults={"name": "Eenzaamheid"})[0]
    publication = PublicationFactory(
        title="Zingevingsgesprekken met eenzame ouderen", year=2022, workshops=[twente]
    )
    publication.themes.add(theme)

    results = search("zingevingsgesprekken", None)

    assert [h.kind for h in results.hits] == ["publications"]
    assert results.hits[0].url == publication.get_absolute_url()
    facets = {name: {f.value for f in values} for name, values in results.facets.items()}
    assert "publications" in facets["kind"]
    assert "twente" in facets["workshop"]
    assert "eenzaamheid" in facets["theme"]
    assert "2022" in facets["year"]
    filtered = search("zingevingsgesprekken", None, {"kind": ["publications"], "year": ["2022"]})
    assert filtered.total == 1


def test_a_draft_is_not_found_and_unpublishing_removes_it_at_once():
    draft = PublicationFactory(title="Buurtpastoraat concept", is_published=False)
    assert kinds("buurtpastoraat") == []
    services.publish_publication(draft)
    assert kinds("buurtpastoraat") == ["publications"]
    services.unpublish_publication(draft)
    assert kinds("buurtpastoraat") == []
    services.publish_publication(draft)
    draft.delete()
    assert kinds("buurtpastoraat") == []


def test_the_rebuilt_index_holds_published_publications_only():
    PublicationFactory(title="Schuldhulpmaatjes in beeld")
    PublicationFactory(title="Schuldhulpmaatjes concept", is_published=False)
    call_command("rebuild_search_index", verbosity=0)
    assert SearchEntry.objects.filter(kind="publications").count() == 1


def test_an_authors_name_does_not_find_a_publication():
    """Author names stay out of the index: a withdrawn consent must not leave them findable."""
    person = PersonFactory(given_name="Quirijntje", family_name="Auteursnaam", is_public=True)
    PublicationFactory(title="Over wijkteams", authors=[person])
    assert kinds("auteursnaam") == ["people"]
