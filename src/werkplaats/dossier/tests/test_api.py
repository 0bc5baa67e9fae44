"""Dossier articles in the API: ``/api/v1/articles/``."""

import datetime

import pytest

from werkplaats.dossier.constants import ArticleState
from werkplaats.network.models import Theme
from werkplaats.network.tests.factories import PersonFactory
from werkplaats.projects.tests.factories import ProjectFactory

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db

API = "/api/v1/articles/"


@pytest.mark.parametrize("count", [2, 40])
def test_the_list_reads_a_constant_number_of_queries(
    client, twente, zeeland, django_assert_max_num_queries, count
):
    theme = Theme.objects.first()
    for _ in range(count):
        article = ArticleFactory(
            workshops=[twente, zeeland], themes=[theme], author=PersonFactory()
        )
        article.projects.add(ProjectFactory(lead_workshop=twente))
    with django_assert_max_num_queries(10):
        response = client.get(API)
    assert response.status_code == 200
    assert response.json()["count"] == count


def test_an_article_reads_with_sanitised_body_author_and_relations(client, twente):
    author = PersonFactory(given_name="Anja", family_name="Bos")
    draft_project = ProjectFactory(title="Conceptproject", lead_workshop=twente, is_published=False)
    article = ArticleFactory(
        body="Tekst <script>alert(1)</script>", author=author, author_name="", workshops=[twente]
    )
    article.projects.add(draft_project)

    by_slug = client.get(f"{API}{article.slug}/").json()
    by_uuid = client.get(f"{API}{article.uuid}/").json()

    assert by_slug == by_uuid
    assert "Tekst" in by_slug["body"] and "script" not in by_slug["body"]
    assert by_slug["author"] == {"name": "Anja Bos", "person": author.slug}
    assert by_slug["workshops"] == ["twente"] and by_slug["projects"] == []
    assert by_slug["state"] == "published" and by_slug["published_at"] and by_slug["updated_at"]
    assert "body_html" not in by_slug and "search_text" not in by_slug


def test_drafts_and_articles_scheduled_for_later_never_reach_visitors(client, noor):
    draft = ArticleFactory(state=ArticleState.DRAFT, published_at=None)
    later = ArticleFactory(scheduled_in=datetime.timedelta(days=7))
    public = ArticleFactory()

    listed = {a["slug"] for a in client.get(API).json()["results"]}

    assert listed == {public.slug}
    for article in (draft, later):
        assert client.get(f"{API}{article.slug}/").status_code == 404
        assert client.get(f"{API}{article.uuid}/").status_code == 404
    client.force_login(noor)
    states = {a["slug"]: a["state"] for a in client.get(API).json()["results"]}
    assert states == {public.slug: "published", draft.slug: "draft", later.slug: "scheduled"}


def test_an_author_without_consent_is_null(client):
    article = ArticleFactory(author=PersonFactory(is_public=False), author_name="")

    assert client.get(f"{API}{article.slug}/").json()["author"] is None


def test_it_filters_by_theme_and_werkplaats_and_searches(client, twente, zeeland):
    theme = Theme.objects.get(slug="wijkteams")
    zeeland_article = ArticleFactory(
        title="Wijkteam op Walcheren", workshops=[zeeland], themes=[theme]
    )
    ArticleFactory(title="Eenzaamheid in Enschede", workshops=[twente])

    def slugs(**params):
        response = client.get(API, params)
        assert response.status_code == 200, response.content
        return [a["slug"] for a in response.json()["results"]]

    assert slugs(theme="wijkteams") == [zeeland_article.slug]
    assert slugs(workshop="zeeland") == [zeeland_article.slug]
    assert slugs(search="walcheren") == [zeeland_article.slug]
    assert client.get(API, {"theme": "onbekend"}).status_code == 400


def test_the_api_root_lists_articles(client):
    assert "articles" in client.get("/api/v1/").json()
