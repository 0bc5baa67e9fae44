"""Regional comparison by theme: for one theme, what each werkplaats did (public questions,
projects, products), side by side; only what the viewer may see is counted or listed."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from werkplaats.library.tests.factories import ProductFactory
from werkplaats.network.models import Theme
from werkplaats.network.tests.factories import WorkshopFactory
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.questions.services import workflow
from werkplaats.questions.tests.factories import submit

pytestmark = pytest.mark.django_db

DRAFT_PRODUCT = "CONCEPTPRODUCTMARKER4K"
PRIVATE_QUESTION = "PRIVEVRAAGMARKER7T"
DRAFT_PROJECT = "CONCEPTPROJECTMARKER2D"
MARKERS = [DRAFT_PRODUCT, PRIVATE_QUESTION, DRAFT_PROJECT]


def en(name, **kwargs):
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None)


def loneliness():
    return Theme.objects.get(slug="eenzaamheid")


def question_on(workshop, actor, theme, title):
    question, _token = submit(workshop=workshop, title="Eigen woorden", question="Eigen tekst")
    question.themes.set([theme])
    workflow.publish_question(question, actor, title, "Een samenvatting voor iedereen.")
    return question


def project_on(workshop, theme, title, *, joined=(), published=True):
    project = ProjectFactory(lead_workshop=workshop, title=title, is_published=published)
    project.themes.set([theme])
    project.workshops.set(joined)
    return project


def product_on(workshop, theme, title, *, published=True):
    product = ProductFactory(title=title, workshops=[workshop], is_published=published)
    product.themes.set([theme])
    return product


@pytest.fixture
def compared(cor, otto, twente, zeeland):
    """Twente asked, ran a joint project with Zeeland and made a product; Friesland did
    nothing on loneliness. Drafts and a private question hold markers."""
    theme = loneliness()
    friesland = WorkshopFactory(slug="friesland", name="Werkplaats Sociaal Domein Friesland")
    question_on(twente, cor, theme, "Hoe bereiken we eenzame ouderen?")
    private, _token = submit(workshop=twente, title=PRIVATE_QUESTION, question=PRIVATE_QUESTION)
    private.themes.set([theme])
    project_on(twente, theme, "Samen tegen eenzaamheid", joined=[zeeland])
    project_on(twente, theme, DRAFT_PROJECT, published=False)
    product_on(twente, theme, "Handreiking eenzaamheid onder ouderen")
    product_on(zeeland, theme, DRAFT_PRODUCT, published=False)
    other = Theme.objects.get(slug="jeugd")
    product_on(friesland, other, "Lesmodule jeugd")
    return {"theme": theme, "friesland": friesland}


def rows_by_slug(response):
    return {row.workshop.slug: row for row in response.context["comparison"].rows}


def test_the_theme_page_shows_every_werkplaats_side_by_side(client, compared):
    response = client.get(en("network:theme", slug="eenzaamheid"))

    assert response.status_code == 200
    rows = rows_by_slug(response)
    assert set(rows) == {"twente", "zeeland", "friesland"}
    twente, zeeland, friesland = rows["twente"], rows["zeeland"], rows["friesland"]
    assert (twente.questions.count, twente.projects.count, twente.products.count) == (1, 1, 1)
    assert (zeeland.questions.count, zeeland.projects.count, zeeland.products.count) == (0, 1, 0)
    assert friesland.total == 0
    body = response.content.decode()
    for title, url in [
        ("Hoe bereiken we eenzame ouderen?", twente.questions.recent[0].url),
        ("Samen tegen eenzaamheid", twente.projects.recent[0].url),
        ("Handreiking eenzaamheid onder ouderen", twente.products.recent[0].url),
    ]:
        assert f'<a href="{url}">{title}</a>' in body
    assert zeeland.projects.recent == twente.projects.recent
    assert twente.projects.recent[0].url.endswith("/samen-tegen-eenzaamheid/")
    assert body.count("Nothing on this theme yet.") == 1  # Friesland, shown, not hidden
    assert '<caption id="comparison-caption">' in body
    assert response.context["comparison"].totals == {"questions": 1, "projects": 1, "products": 1}


def test_drafts_and_private_questions_are_never_counted_or_listed_for_visitors(client, compared):
    for address in (
        en("network:theme", slug="eenzaamheid"),
        en("network:theme_list"),
        "/api/v1/themes/eenzaamheid/comparison/",
    ):
        body = client.get(address).content.decode()
        for marker in MARKERS:
            assert marker not in body, (address, marker)


def test_a_coordinator_also_sees_the_drafts_of_their_own_werkplaats(client, cor, otto, compared):
    client.force_login(cor)
    rows = rows_by_slug(client.get(en("network:theme", slug="eenzaamheid")))
    assert rows["twente"].projects.count == 2
    assert rows["zeeland"].products.count == 0
    assert rows["twente"].questions.count == 1  # never a private question, not even for cor

    client.force_login(otto)
    rows = rows_by_slug(client.get(en("network:theme", slug="eenzaamheid")))
    assert rows["twente"].projects.count == 1
    assert [item.title for item in rows["zeeland"].products.recent] == [DRAFT_PRODUCT]


def test_the_newest_three_titles_are_listed_per_werkplaats(client, twente):
    theme = loneliness()
    for number, year in enumerate([2019, 2024, 2021, 2023]):
        product = product_on(twente, theme, f"Product {number}")
        product.date = f"{year}-05-01"
        product.save()

    rows = rows_by_slug(client.get(en("network:theme", slug="eenzaamheid")))

    assert rows["twente"].products.count == 4
    assert [i.title for i in rows["twente"].products.recent] == [
        "Product 1",
        "Product 3",
        "Product 2",
    ]


def test_an_unknown_theme_is_not_found(client, compared):
    assert client.get(en("network:theme", slug="bestaat-niet")).status_code == 404
    assert client.get("/api/v1/themes/bestaat-niet/comparison/").status_code == 404


def test_the_theme_list_counts_what_the_viewer_may_see_and_links_each_theme(client, compared):
    response = client.get(en("network:theme_list"))

    assert response.status_code == 200
    summaries = {s.theme.slug: s for s in response.context["themes"]}
    assert set(summaries) == set(
        Theme.objects.filter(is_active=True).values_list("slug", flat=True)
    )
    lonely = summaries["eenzaamheid"]
    assert (lonely.questions, lonely.projects, lonely.products) == (1, 1, 1)
    assert summaries["jeugd"].products == 1
    assert f'href="{en("network:theme", slug="eenzaamheid")}"' in response.content.decode()


def test_the_main_navigation_and_the_werkplaats_page_lead_to_the_themes(client, compared, twente):
    twente.themes.set([loneliness()])
    body = client.get(en("network:workshop", slug="twente")).content.decode()
    assert f'href="{en("network:theme_list")}"' in body
    assert f'href="{en("network:theme", slug="eenzaamheid")}"' in body


def test_the_api_gives_the_same_counts_for_every_werkplaats(client, compared):
    response = client.get("/api/v1/themes/eenzaamheid/comparison/")

    assert response.status_code == 200
    data = response.json()
    assert data["theme"] == "eenzaamheid"
    assert data["totals"] == {"questions": 1, "projects": 1, "products": 1}
    by_slug = {row["workshop"]["slug"]: row for row in data["workshops"]}
    assert set(by_slug) == {"twente", "zeeland", "friesland"}
    assert by_slug["twente"]["questions"]["count"] == 1
    assert by_slug["zeeland"]["projects"]["recent"][0]["url"] == (
        "http://testserver/projecten/samen-tegen-eenzaamheid/"
    )
    assert by_slug["friesland"]["products"] == {"count": 0, "recent": []}


def _queries(client, address) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(address).status_code == 200
    return len(captured.captured_queries)


def _grow(cor, count):
    """More werkplaatsen, each with a question, a joint project and two products on the theme."""
    theme = loneliness()
    for number in range(count):
        workshop = WorkshopFactory()
        workshop.coordinators.add(cor)
        question_on(workshop, cor, theme, f"Vraag {number}")
        project_on(workshop, theme, f"Project {number}", joined=[WorkshopFactory()])
        product_on(workshop, theme, f"Product {number}a")
        product_on(workshop, theme, f"Product {number}b", published=False)


@pytest.mark.parametrize(
    "address",
    [
        en("network:theme", slug="eenzaamheid"),
        en("network:theme_list"),
        "/api/v1/themes/eenzaamheid/comparison/",
    ],
)
@pytest.mark.parametrize("who", ["visitor", "coordinator"])
def test_the_pages_take_a_fixed_number_of_queries(
    client, compared, cor, address, who, django_assert_max_num_queries
):
    if who == "coordinator":
        client.force_login(cor)
    few = _queries(client, address)
    _grow(cor, 12)
    with django_assert_max_num_queries(few):
        response = client.get(address)
    assert response.status_code == 200
    if "comparison" in (response.context or {}):
        assert len(response.context["comparison"].rows) == 3 + 24
