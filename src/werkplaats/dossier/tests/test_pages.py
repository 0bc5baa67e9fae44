"""The public dossier pages: the list, an article's page and its images."""

import datetime

import pytest
from django.utils import timezone

from werkplaats.dossier import services
from werkplaats.dossier.constants import ArticleState
from werkplaats.library.tests.factories import ProductFactory
from werkplaats.network.models import Theme
from werkplaats.network.tests.factories import PersonFactory
from werkplaats.projects.tests.factories import ProjectFactory

from .factories import ArticleFactory, png_upload

pytestmark = pytest.mark.django_db

LIST = "/dossier/"


def _many(count, *workshops):
    theme = Theme.objects.first()
    for _ in range(count):
        article = ArticleFactory(workshops=list(workshops), themes=[theme], author=PersonFactory())
        article.projects.add(ProjectFactory(lead_workshop=workshops[0]))


@pytest.mark.parametrize("count", [2, 30])
def test_the_list_reads_a_constant_number_of_queries(
    client, twente, zeeland, django_assert_max_num_queries, count
):
    _many(count, twente, zeeland)
    with django_assert_max_num_queries(8):
        response = client.get(LIST)
    assert response.status_code == 200
    assert len(response.context["page_obj"].object_list) == min(count, 25)


def test_the_list_shows_the_newest_first_and_pages_through(client):
    now = timezone.now()
    for days in range(30):
        ArticleFactory(
            title=f"Praktijkvoorbeeld {days:02d}", published_at=now - datetime.timedelta(days=days)
        )

    first = client.get(LIST).context["page_obj"]
    second = client.get(LIST, {"page": 2}).context["page_obj"]

    assert [a.title for a in first.object_list][:2] == [
        "Praktijkvoorbeeld 00",
        "Praktijkvoorbeeld 01",
    ]
    assert [a.title for a in second.object_list] == [
        f"Praktijkvoorbeeld {d}" for d in range(25, 30)
    ]


def test_the_list_filters_by_theme_werkplaats_and_words(client, twente, zeeland):
    loneliness = Theme.objects.get(slug="eenzaamheid")
    twente_article = ArticleFactory(
        title="Eenzaamheid in Twente", workshops=[twente], themes=[loneliness]
    )
    ArticleFactory(title="Wijkteam in Zeeland", workshops=[zeeland])

    def titles(**params):
        return [a.title for a in client.get(LIST, params).context["page_obj"].object_list]

    assert titles(theme="eenzaamheid") == [twente_article.title]
    assert titles(werkplaats="zeeland") == ["Wijkteam in Zeeland"]
    assert titles(q="wijkteam") == ["Wijkteam in Zeeland"]
    response = client.get(LIST, {"theme": "bestaat-niet"})
    assert response.status_code == 200
    assert response.context["form"].errors


def test_visitors_never_see_drafts_or_articles_scheduled_for_later(client):
    draft = ArticleFactory(title="Conceptmarker", state=ArticleState.DRAFT, published_at=None)
    later = ArticleFactory(title="Geplandmarker", scheduled_in=datetime.timedelta(days=7))

    body = client.get(LIST).content.decode()

    assert "Conceptmarker" not in body and "Geplandmarker" not in body
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(later.get_absolute_url()).status_code == 404


def test_editors_preview_drafts_and_scheduled_articles(client, noor):
    draft = ArticleFactory(title="Conceptmarker", state=ArticleState.DRAFT, published_at=None)
    client.force_login(noor)

    response = client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert b"badge-private" in response.content
    assert "Conceptmarker" in client.get(LIST).content.decode()


def test_members_and_coordinators_read_only_what_visitors_read(client, mila, cor):
    draft = ArticleFactory(state=ArticleState.DRAFT, published_at=None)
    for user in (mila, cor):
        client.force_login(user)
        assert client.get(draft.get_absolute_url()).status_code == 404
        assert client.get("/dossier/nieuw/").status_code == 403


def test_the_article_page_shows_lead_sanitised_body_images_and_public_relations(
    client, twente, settings, tmp_path
):
    settings.DOSSIER_MEDIA_ROOT = tmp_path
    public_project = ProjectFactory(title="Open project", lead_workshop=twente)
    draft_project = ProjectFactory(title="Conceptproject", lead_workshop=twente, is_published=False)
    product = ProductFactory(title="Open handreiking")
    draft_product = ProductFactory(title="Concepthandreiking", is_published=False)
    article = ArticleFactory(
        lead="Een lead over de wijk.",
        body='Tekst <img src=x onerror="alert(1)"> [klik](javascript:alert(1))',
        workshops=[twente],
    )
    article.projects.set([public_project, draft_project])
    article.products.set([product, draft_product])
    image = services.attach_image(
        article, png_upload(), "Bewoners aan de keukentafel", "Keukentafel"
    )
    article.save()

    response = client.get(article.get_absolute_url())
    body = response.content.decode()

    assert "Een lead over de wijk." in body
    assert "onerror" not in body and "javascript:" not in body
    assert f'<img src="{image.url}" alt="Bewoners aan de keukentafel"' in body
    assert "<figcaption>Keukentafel</figcaption>" in body
    assert "Open project" in body and "Open handreiking" in body
    assert "Conceptproject" not in body and "Concepthandreiking" not in body
    assert twente.name in body


def test_an_author_without_consent_is_never_named(client):
    hidden = PersonFactory(given_name="Verborgenmarker", is_public=False)
    shown = PersonFactory(given_name="Zichtbaarmarker", is_public=True)
    ArticleFactory(author=hidden, author_name="")
    named = ArticleFactory(author=shown, author_name="")

    listing = client.get(LIST).content.decode()
    page = client.get(named.get_absolute_url()).content.decode()

    assert "Verborgenmarker" not in listing
    assert "Zichtbaarmarker" in listing and shown.get_absolute_url() in page


def test_an_image_is_served_with_its_type_and_nosniff_and_a_drafts_only_to_editors(
    client, noor, settings, tmp_path
):
    settings.DOSSIER_MEDIA_ROOT = tmp_path
    article = ArticleFactory()
    image = services.attach_image(article, png_upload("foto.html"), "Een buurtfeest")

    response = client.get(image.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")

    services.unpublish(article)
    assert client.get(image.url).status_code == 404
    client.force_login(noor)
    assert client.get(image.url).status_code == 200
