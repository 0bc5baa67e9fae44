"""Search costs a constant number of queries, and nothing a person types makes it fail.

The page ``/zoeken/`` and the API ``/api/v1/search/`` are read with few and with many matching
items (3 against 60, of several kinds, werkplaatsen and themes), with and without filters, for an
empty result and for page 2: the number of database queries stays the same. Malformed queries
(full-text operators, quotes, 10 000 characters, NUL, only stop words, emoji, SQL) answer 200;
unknown filters answer 400 with a Dutch message in the API. Hypothesis feeds the search service
arbitrary text.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkplaats.library.tests.factories import ProductFactory
from werkplaats.network.models import Municipality, Theme
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.search.services import search

pytestmark = pytest.mark.django_db

PAGE, API = "/zoeken/", "/api/v1/search/"
WORD = "buurtkracht"

#: Queries for one page or API answer, at most: page 1, filters, page 2, empty result alike.
MAX_PAGE_QUERIES = 10
MAX_API_QUERIES = 8


@pytest.fixture
def network(twente, zeeland):
    twente.municipalities.add(Municipality.objects.get(code="GM0153"))
    zeeland.municipalities.add(Municipality.objects.get(code="GM0687"))
    return twente, zeeland, list(Theme.objects.order_by("slug")[:3])


def make_items(network, count: int, start: int = 0) -> None:
    """``count`` items that all match ``WORD``: projects, products, organisations and people,
    spread over two werkplaatsen and three themes."""
    twente, zeeland, themes = network
    for n in range(start, start + count):
        workshop, theme = (twente, zeeland)[n % 2], themes[n % 3]
        title = f"{WORD.capitalize()} in de wijk {n}"
        kind = n % 4
        if kind == 0:
            item = ProjectFactory(title=title, lead_workshop=workshop, goal=f"Over {WORD}.")
        elif kind == 1:
            item = ProductFactory(title=title, summary=f"Over {WORD}.", slug=f"product-{n}")
            item.workshops.add(workshop)
        elif kind == 2:
            item = OrganisationFactory(name=title, description=f"Over {WORD}.")
        else:
            item = PersonFactory(given_name=WORD.capitalize(), family_name=f"Wijk{n}", bio=WORD)
            item.workshops.add(workshop)
        item.themes.add(theme)


def requests(theme_slug: str) -> list[tuple[str, dict]]:
    both = [
        {"q": WORD},
        {"q": WORD, "workshop": "twente"},
        {"q": WORD, "workshop": "twente", "theme": theme_slug, "kind": "projects"},
        {"q": WORD, "province": "PV23", "year": "2026"},
        {"q": WORD, "page": 2},
        {"q": "ruimtevaartuig"},
        {"q": "ruimtevaartuig", "workshop": "zeeland"},
        {"q": WORD[:5]},
        {"q": ""},
    ]
    return [(PAGE, params) for params in both] + [(API, params) for params in both]


def count_queries(client, address, params) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address, params)
    assert response.status_code == 200, (address, params, response.content[:300])
    return len(captured.captured_queries)


@pytest.mark.parametrize("rows", [3, 60])
def test_the_page_and_api_stay_under_a_fixed_number_of_queries(
    client, network, rows, django_assert_max_num_queries
):
    make_items(network, rows)
    for address, params in requests(network[2][0].slug):
        limit = MAX_PAGE_QUERIES if address == PAGE else MAX_API_QUERIES
        with django_assert_max_num_queries(limit):
            assert client.get(address, params).status_code == 200, (address, params)


def test_the_number_of_queries_does_not_grow_with_the_number_of_matches(client, network):
    theme = network[2][0].slug
    make_items(network, 3)
    client.get(PAGE, {"q": WORD})  # anything held in memory is read once, for both rounds
    few = {(a, tuple(sorted(p.items()))): count_queries(client, a, p) for a, p in requests(theme)}
    make_items(network, 57, start=3)
    client.get(PAGE, {"q": WORD})
    many = {(a, tuple(sorted(p.items()))): count_queries(client, a, p) for a, p in requests(theme)}
    # Page 2 of 3 results is empty (and reads no entries); of 60 it is full: it may cost what
    # page 1 costs, never more.
    for key, number in many.items():
        address, params = key
        if ("page", 2) in params:
            assert number <= many[(address, (("q", WORD),))], key
        else:
            assert number == few[key], key
    assert client.get(API, {"q": WORD}).json()["count"] == 60


def test_the_first_search_after_many_changes_still_takes_few_queries(
    client, network, django_assert_max_num_queries
):
    make_items(network, 60)
    with django_assert_max_num_queries(MAX_PAGE_QUERIES):
        assert client.get(PAGE, {"q": WORD, "workshop": "twente"}).status_code == 200


MALFORMED = [
    "NEAR(",
    "NEAR(buurtkracht wijk, 3)",
    '"',
    '"buurtkracht',
    'buurtkracht"',
    "*",
    "buurt*",
    "AND OR NOT",
    "buurtkracht AND OR NOT wijk",
    "NOT buurtkracht",
    "^",
    "^buurtkracht",
    ":",
    "title:buurtkracht",
    "buurtkracht:*",
    "(",
    ")",
    "((buurtkracht",
    "buurtkracht))",
    "(buurtkracht OR (wijk",
    "{buurtkracht}",
    "[",
    "-buurtkracht",
    "+buurtkracht",
    "buurtkracht & wijk | !zorg",
    "buurtkracht <-> wijk",
    "!!",
    "x" * 1_500,
    "buurtkracht " * 150,
    "buurtkracht\x00wijk",
    "\x00",
    "de het een en van",
    "de",
    "🙂",
    "buurtkracht 🙂 wijk",
    "👩‍👩‍👧",
    "%",
    "_",
    "%buurt%",
    "buurt_kracht",
    "'",
    "''",
    "' OR '1'='1",
    "'; DROP TABLE search_searchentry; --",
    '"; SELECT 1; --',
    "\\",
    "\\'",
    "buurtkracht\u200bwijk",
    "\ufeffbuurtkracht",
    "ｂｕｕｒｔｋｒａｃｈｔ",
    "BUURTKRACHT",
    "ḃuurtkracht",
    "İ",
    "\u0301",
    "  \t\n  ",
    "1",
    "0" * 300,
    "ä" * 300,
]


@pytest.mark.parametrize("query", MALFORMED)
def test_malformed_queries_answer_200_on_the_page_and_in_the_api(client, network, query):
    make_items(network, 4)
    page = client.get(PAGE, {"q": query})
    assert page.status_code == 200
    assert b"<h1>" in page.content
    for params in ({"q": query}, {"q": query, "workshop": "twente", "page": 2}):
        answer = client.get(API, params)
        assert answer.status_code == 200, answer.content[:300]
        assert answer.json()["count"] >= 0
    assert client.get(PAGE, {"q": query, "kind": "projects", "page": 3}).status_code == 200


def test_operators_are_ignored_and_the_words_still_count(client, network):
    make_items(network, 4)
    plain = client.get(API, {"q": WORD}).json()["count"]
    assert plain == 4
    for query in (f'"{WORD}"', f"{WORD}*", f"({WORD}", f"{WORD})", f"{WORD}:", f"^{WORD}"):
        assert client.get(API, {"q": query}).json()["count"] == plain, query


def test_only_stop_words_give_an_empty_result_with_a_suggestion(client, network):
    make_items(network, 4)
    answer = client.get(API, {"q": "de het een en van"}).json()
    assert answer["count"] == 0 and answer["results"] == []
    assert answer["suggestions"]
    page = client.get(PAGE, {"q": "de het een en van"})
    assert page.status_code == 200
    assert b'class="search-hit"' not in page.content


@pytest.mark.parametrize(
    "params,field,message",
    [
        ({"q": WORD, "colour": "red"}, "colour", "Onbekende parameter."),
        ({"q": WORD, "kind": "spaceships"}, "kind", "Onbekende soort."),
        ({"q": WORD, "year": "20x4"}, "year", "Een jaartal heeft vier cijfers."),
        ({"q": WORD, "theme": "a b"}, "theme", "Geen geldige waarde."),
        ({"q": WORD, "workshop": "'; --"}, "workshop", "Geen geldige waarde."),
        ({"q": WORD, "page": "0"}, "page", "Geef een heel getal van 1 tot en met 500."),
        ({"q": WORD, "page": "x"}, "page", "Geef een heel getal van 1 tot en met 500."),
        ({"q": WORD, "page_size": "1000"}, "page_size", "Geef een heel getal"),
    ],
)
def test_bad_filters_answer_400_json_with_a_dutch_message(client, network, params, field, message):
    answer = client.get(API, params)
    assert answer.status_code == 400
    assert answer["Content-Type"].startswith("application/json")
    assert answer.json()["detail"] == "Sommige parameters zijn ongeldig."
    assert message in str(answer.json()["errors"][field])


@pytest.mark.parametrize("query", ["x" * 10_000, "buurtkracht " * 1_000, "ä" * 5_000])
def test_a_query_of_thousands_of_characters_is_refused_with_a_message_not_an_error(
    client, network, query
):
    # The address itself is too long (the form allows 200 characters): 414 before any view.
    page = client.get(PAGE, {"q": query})
    assert page.status_code == 414
    assert page.content.strip()
    answer = client.get(API, {"q": query})
    assert answer.status_code == 414
    assert answer.json()["detail"]
    # The service itself takes any length.
    assert search(query, None).total >= 0


@pytest.mark.parametrize(
    "params",
    [
        {"q": WORD, "colour": "red"},
        {"q": WORD, "kind": "spaceships"},
        {"q": WORD, "year": "20x4"},
        {"q": WORD, "workshop": "'; --"},
        {"q": WORD, "page": "0"},
        {"q": WORD, "page": "-1"},
        {"q": WORD, "page": "99999999999999999999"},
        {"q": WORD, "page": "x"},
    ],
)
def test_bad_filters_on_the_page_still_answer_200(client, network, params):
    make_items(network, 4)
    page = client.get(PAGE, params)
    assert page.status_code == 200
    assert b"<h1>" in page.content


def test_a_page_far_beyond_the_results_is_empty_not_an_error(client, network):
    make_items(network, 4)
    assert client.get(PAGE, {"q": WORD, "page": 500}).status_code == 200
    answer = client.get(API, {"q": WORD, "page": 500})
    assert answer.status_code == 200
    assert answer.json()["results"] == [] and answer.json()["count"] == 4


QUERY_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(list("\"'*^:()[]{}-+!&|<>%_\\ \x00NEARORANDT")), max_size=60),
    st.lists(
        st.sampled_from(
            ["buurtkracht", "wijk", "NEAR", "AND", "OR", "NOT", '"', "*", "(", ")", "de", "🙂"]
        ),
        max_size=12,
    ).map(" ".join),
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=QUERY_TEXT, page=st.integers(min_value=-5, max_value=600))
def test_any_text_is_a_query_the_service_answers(network_items, query, page):
    results = search(query, None, {}, page)
    assert results.total >= 0
    assert len(results.hits) <= results.page_size
    assert results.page >= 1
    for hit in results.hits:
        assert "<script" not in hit.title_html + hit.snippet_html


@pytest.fixture
def network_items(network):
    make_items(network, 8)
    return network
