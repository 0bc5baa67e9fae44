"""The search service; every test here runs on SQLite and on PostgreSQL (DATABASE_URL)."""

import pytest

from werkplaats.communities.tests.factories import CommunityFactory
from werkplaats.network.tests.factories import PersonFactory, WorkshopFactory
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.search.services import InvalidFilter, search

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(twente, zeeland):
    ProjectFactory(
        title="Eenzaamheid onder ouderen in Twente",
        goal="Ouderen die eenzaam zijn eerder bereiken.",
        lead_workshop=twente,
    )
    ProjectFactory(
        title="Mantelzorg in Zeeland",
        goal="Over eenzaamheid bij mantelzorgers, vooral oudere.",
        lead_workshop=zeeland,
    )
    CommunityFactory(name="Leernetwerk schulden", purpose="Schulden en armoede.", workshop=zeeland)
    return twente, zeeland


def titles(results):
    return [h.title_html for h in results.hits]


def test_it_finds_eenzaamheid_when_searching_eenzame(network):
    results = search("eenzame ouderen", None)
    assert results.total == 2
    assert all("<mark>" in h.title_html + h.snippet_html for h in results.hits)


def test_a_title_match_ranks_above_a_body_match(network):
    results = search("eenzaamheid", None)
    assert results.hits[0].title_html.startswith("<mark>Eenzaamheid</mark>")


def test_facets_count_and_filters_narrow(network):
    results = search("eenzaamheid", None)
    workshops = {f.value: f.count for f in results.facets["workshop"]}
    assert workshops == {"twente": 1, "zeeland": 1}
    assert {f.value: f.count for f in results.facets["kind"]} == {"projects": 2}
    narrowed = search("eenzaamheid", None, {"workshop": ["zeeland"]})
    assert narrowed.total == 1
    assert "Mantelzorg" in narrowed.hits[0].title_html
    # The werkplaats facet is counted without its own filter, so the alternative stays visible.
    assert {(f.value, f.count, f.selected) for f in narrowed.facets["workshop"]} == {
        ("zeeland", 1, True),
        ("twente", 1, False),
    }
    # Other facets are counted within the chosen werkplaats.
    assert {f.value: f.count for f in narrowed.facets["kind"]} == {"projects": 1}


def test_kind_filter_keeps_one_kind(network):
    assert search("schulden", None, {"kind": ["projects"]}).total == 0
    assert search("schulden", None, {"kind": ["communities"]}).total == 1


@pytest.mark.parametrize(
    "query",
    [
        'eenzaam" OR ouder*',
        "NEAR(eenzaam ouder)",
        "eenzaam AND -ouder ^ : ( ) { } [ ]",
        "'; DROP TABLE search_searchentry; --",
        "x" * 10_000,
        "eenzaam\x00ouder",
        "é" * 300,
        "",
        "   ",
    ],
)
def test_malformed_queries_never_raise(network, query):
    results = search(query, None)
    assert results.total >= 0


def test_only_stop_words_give_an_empty_result_with_a_suggestion(network):
    results = search("de het een en van", None)
    assert results.total == 0
    assert results.suggestions


def test_a_typo_in_a_short_query_still_finds_by_the_start_of_the_word(network):
    results = search("mantelzo", None)
    assert results.approximate
    assert results.total == 1
    assert "<mark>Mantelzorg</mark>" in results.hits[0].title_html


def test_nothing_found_suggests_what_to_try(network):
    results = search("ruimtevaart", None, {"workshop": ["twente"]})
    assert results.total == 0
    assert len(results.suggestions) >= 2


def test_snippets_escape_html(twente):
    WorkshopFactory(name="Werkplaats Test", description="<script>alert(1)</script> participatie")
    hit = search("participatie", None).hits[0]
    assert "<script>" not in hit.snippet_html
    assert "&lt;script&gt;" in hit.snippet_html
    assert "<mark>participatie</mark>" in hit.snippet_html


def test_accents_and_case_do_not_matter(db):
    PersonFactory(given_name="Fenna", family_name="Súdwest")
    assert search("SUDWEST", None).total == 1
    assert search("súdwest", None).total == 1


@pytest.mark.parametrize(
    "filters",
    [{"colour": ["red"]}, {"kind": ["spaceships"]}, {"year": ["20x4"]}, {"theme": ["a b"]}],
)
def test_bad_filters_are_refused(filters):
    with pytest.raises(InvalidFilter):
        search("zorg", None, filters)


def test_pages_split_many_results(twente):
    for n in range(25):
        ProjectFactory(title=f"Buurtzorg project {n}", lead_workshop=twente)
    first = search("buurtzorg", None, page=1)
    second = search("buurtzorg", None, page=2)
    assert (first.total, len(first.hits), len(second.hits)) == (25, 20, 5)
    assert not {h.url for h in first.hits} & {h.url for h in second.hits}
    assert search("buurtzorg", None, page=9).hits == []
