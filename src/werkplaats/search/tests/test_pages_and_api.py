import pytest
from django.urls import reverse

from werkplaats.network.tests.factories import PersonFactory
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.questions.tests.factories import submit

pytestmark = pytest.mark.django_db
MARKER = "Xylofoonmarker"


@pytest.fixture
def private_things(twente):
    PersonFactory(
        given_name=MARKER, family_name="Verborgenmarker", is_public=False, email="x@example.org"
    )
    ProjectFactory(title=f"{MARKER} concept", lead_workshop=twente, is_published=False)
    question, _ = submit(workshop=twente, title=f"{MARKER} vraag", question=f"{MARKER} tekst")
    return question


def test_private_people_and_unpublished_work_are_never_found(client, private_things):
    page = client.get(reverse("search:results"), {"q": MARKER})
    html = page.content.decode()
    assert 'class="search-hit"' not in html
    assert "Verborgenmarker" not in html and "x@example.org" not in html
    api = client.get("/api/v1/search/", {"q": MARKER}).json()
    assert api["count"] == 0


def test_a_published_question_is_found_by_its_public_title_only(client, private_things):
    question = private_things
    question.is_published = True
    question.public_title = "Armoede bij jonge gezinnen"
    question.public_summary = "Hoe helpen we gezinnen met geldzorgen?"
    question.save()
    assert client.get("/api/v1/search/", {"q": MARKER}).json()["count"] == 0
    found = client.get("/api/v1/search/", {"q": "geldzorgen"}).json()
    assert [r["kind"] for r in found["results"]] == ["questions"]


def test_the_page_shows_highlighted_results_and_facets_in_dutch(client, twente):
    ProjectFactory(title="Eenzaamheid in de wijk", lead_workshop=twente)
    page = client.get(reverse("search:results"), {"q": "eenzame"})
    html = page.content.decode()
    assert page.status_code == 200
    assert "<mark>Eenzaamheid</mark>" in html
    assert "1 result" in html  # "1 resultaat" once the lead translates
    assert "workshop=twente" in html


def test_an_empty_result_page_suggests_what_to_try(client, twente):
    html = client.get(reverse("search:results"), {"q": "ruimtevaart"}).content.decode()
    assert "Niets gevonden" in html or "Nothing found" in html
    assert "<li>" in html


def test_bad_filters_in_the_page_address_do_not_break_it(client):
    assert client.get(reverse("search:results"), {"q": "zorg", "year": "abc"}).status_code == 200


@pytest.mark.parametrize(
    "params", [{"q": "zorg", "year": "abc"}, {"q": "zorg", "colour": "red"}, {"page": "0"}]
)
def test_the_api_answers_400_on_bad_filters(client, params):
    response = client.get("/api/v1/search/", params)
    assert response.status_code == 400
    assert response.json()["detail"]


@pytest.mark.parametrize("rows", [2, 30])
def test_the_page_and_api_take_a_constant_number_of_queries(
    client, twente, rows, django_assert_max_num_queries
):
    for n in range(rows):
        ProjectFactory(title=f"Buurtzorg {n}", lead_workshop=twente)
    with django_assert_max_num_queries(8):
        assert client.get("/api/v1/search/", {"q": "buurtzorg"}).status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(reverse("search:results"), {"q": "buurtzorg"}).status_code == 200


def test_the_api_pages_through_results(client, twente):
    for n in range(5):
        ProjectFactory(title=f"Wijkteam {n}", lead_workshop=twente)
    first = client.get("/api/v1/search/", {"q": "wijkteam", "page_size": 2}).json()
    assert first["count"] == 5 and len(first["results"]) == 2 and first["next"]
    assert "email" not in str(first)
