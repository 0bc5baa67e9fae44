"""Published articles are found through the one search, with werkplaats, theme and year facets;
drafts and articles scheduled for later are not, until their time has come."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from werkplaats.dossier import services
from werkplaats.dossier.models import Article
from werkplaats.network.models import Theme

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db

API = "/api/v1/search/"
WORD = "keukentafelgesprek"


def found(client, **params) -> set[str]:
    response = client.get(API, {"q": WORD, **params})
    assert response.status_code == 200, response.content
    return {r["title"] for r in response.json()["results"] if r["kind"] == "articles"}


def test_a_published_article_is_found_with_its_facets(client, twente):
    theme = Theme.objects.get(slug="eenzaamheid")
    moment = timezone.now().replace(year=2024)
    ArticleFactory(
        title="Twente aan tafel",
        body=f"Het {WORD} helpt.",
        workshops=[twente],
        themes=[theme],
        published_at=moment,
    )

    assert found(client) == {"Twente aan tafel"}
    assert found(client, kind="articles", workshop="twente", theme="eenzaamheid", year=2024) == {
        "Twente aan tafel"
    }
    assert found(client, year=2023) == set()
    facets = client.get(API, {"q": WORD}).json()["facets"]
    assert any(v["value"] == "articles" for v in facets["kind"])


def test_drafts_and_future_articles_are_not_found_until_their_time(client):
    ArticleFactory(title="Concept", body=WORD, state="draft", published_at=None)
    later = ArticleFactory(title="Gepland", body=WORD, scheduled_in=datetime.timedelta(days=7))
    assert found(client) == set()

    Article.objects.filter(pk=later.pk).update(published_at=timezone.now())
    call_command("publish_scheduled", verbosity=0)

    assert found(client) == {"Gepland"}


def test_unpublishing_and_deleting_take_an_article_out_at_once(client):
    article = ArticleFactory(title="Weg", body=WORD)
    assert found(client) == {"Weg"}

    services.unpublish(article)
    assert found(client) == set()
    services.publish(article)
    assert found(client) == {"Weg"}
    article.delete()
    assert found(client) == set()


def test_the_name_of_an_author_without_consent_finds_nothing(client):
    from werkplaats.network.tests.factories import PersonFactory

    hidden = PersonFactory(given_name=WORD, family_name="Prive", is_public=False)
    ArticleFactory(title="Zonder naam", author=hidden, author_name="")

    assert found(client) == set()
