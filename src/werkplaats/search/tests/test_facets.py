"""The in-memory facet matrix follows the index: new, changed and removed entries, and a
database whose revision went back."""

import numpy as np
import pytest

from werkplaats.network.models import Theme
from werkplaats.network.tests.factories import WorkshopFactory
from werkplaats.search import facets
from werkplaats.search.facets import FacetMatrix
from werkplaats.search.models import IndexRevision
from werkplaats.search.services import search

pytestmark = pytest.mark.django_db


def _workshops(results):
    return {f.value: f.count for f in results.facets["workshop"]}


def test_an_entry_written_after_a_search_is_counted_by_the_next_search():
    WorkshopFactory(slug="noord", name="Werkplaats Mantelzorg Noord")
    assert _workshops(search("mantelzorg")) == {"noord": 1}
    WorkshopFactory(slug="zuid", name="Werkplaats Mantelzorg Zuid")
    results = search("mantelzorg")
    assert results.total == 2
    assert _workshops(results) == {"noord": 1, "zuid": 1}
    assert search("mantelzorg", None, {"workshop": ["zuid"]}).total == 1


def test_a_changed_entry_loses_its_old_facet_values():
    armoede, wonen = Theme.objects.all()[:2]
    workshop = WorkshopFactory(slug="oost", name="Werkplaats Schulden Oost")
    workshop.themes.set([armoede])
    assert {f.value for f in search("schulden").facets["theme"]} == {armoede.slug}
    workshop.themes.set([wonen])
    assert {f.value for f in search("schulden").facets["theme"]} == {wonen.slug}
    assert search("schulden", None, {"theme": [armoede.slug]}).total == 0


def test_a_deleted_entry_is_neither_found_nor_counted():
    workshop = WorkshopFactory(slug="west", name="Werkplaats Armoede West")
    assert search("armoede").total == 1
    workshop.delete()
    results = search("armoede")
    assert results.total == 0
    assert _workshops(results) == {}


def test_entries_are_read_a_chunk_at_a_time_and_all_counted(monkeypatch):
    armoede = Theme.objects.first()
    for n in range(7):
        WorkshopFactory(slug=f"wijk-{n}", name=f"Werkplaats Wijkteams {n}").themes.set([armoede])
    monkeypatch.setattr(facets, "CHUNK", 2)
    facets.forget()
    results = search("wijkteams")
    assert results.total == 7
    assert _workshops(results) == {f"wijk-{n}": 1 for n in range(7)}
    assert {f.value: f.count for f in results.facets["theme"]} == {armoede.slug: 7}


def test_a_revision_that_went_back_reloads_everything():
    WorkshopFactory(slug="midden", name="Werkplaats Jeugd Midden")
    search("jeugd")
    held = facets.current()
    held.revision = IndexRevision.objects.get(pk=1).value + 100  # as if the database was restored
    assert facets.current() is not held
    assert _workshops(search("jeugd")) == {"midden": 1}


def test_the_matrix_counts_each_facet_under_the_filters_of_the_others():
    matrix = FacetMatrix()
    matrix.apply(
        [(1, "projects"), (2, "projects"), (5, "products")],
        [
            (1, "workshop", "twente"),
            (2, "workshop", "zeeland"),
            (5, "workshop", "twente"),
            (5, "theme", "armoede"),
        ],
    )
    rows = matrix.rows(np.array([1, 2, 5, 99]))
    assert rows[-1] == -1  # not held: never counted, never passes a filter
    counts = matrix.counts(rows, {"workshop": ["twente"]})
    assert counts["workshop"] == {"twente": 2, "zeeland": 1}
    assert counts["kind"] == {"projects": 1, "products": 1}
    assert matrix.mask(rows, {"workshop": ["twente"], "kind": ["products"]}).tolist() == [
        False,
        False,
        True,
        False,
    ]
    matrix.apply([(5, "products")], [(5, "workshop", "zeeland")])
    assert matrix.counts(rows, {})["workshop"] == {"twente": 1, "zeeland": 2}


def test_a_warm_search_reads_the_revision_and_then_only_what_it_shows(
    django_assert_max_num_queries,
):
    for n in range(30):
        WorkshopFactory(slug=f"w{n}", name=f"Werkplaats Participatie {n}")
    search("participatie")  # loads the matrix and the names of werkplaatsen and themes
    with django_assert_max_num_queries(4):  # revision, ids, ranked page, the page's entries
        results = search("participatie", None, {"workshop": ["w3", "w4"]})
    assert results.total == 2
