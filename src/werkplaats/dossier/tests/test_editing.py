"""Network editors write articles in the site: the form, images with alt text, scheduling, and
unsafe markup removed with a notice. Bad input comes back with messages and saves nothing."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from werkplaats.dossier.constants import ArticleState
from werkplaats.dossier.models import Article, ArticleImage
from werkplaats.network.models import Theme
from werkplaats.network.tests.factories import PersonFactory

from .factories import ArticleFactory, png_upload

pytestmark = pytest.mark.django_db

NEW = "/en/dossier/nieuw/"


@pytest.fixture
def media(settings, tmp_path):
    settings.DOSSIER_MEDIA_ROOT = tmp_path / "dossier"
    return settings.DOSSIER_MEDIA_ROOT


def form_data(**overrides):
    data = {
        "title": "Hoe Twente eenzaamheid onder ouderen aanpakt",
        "lead": "In Enschede werken wijkcoaches en studenten samen.",
        "body": "## Aanpak\n\nSamen **koffie** drinken.",
        "author": "",
        "author_name": "Redactie WSD",
        "state": ArticleState.DRAFT,
        "publish_at": "",
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "uploads-TOTAL_FORMS": "2",
        "uploads-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def messages_of(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_only_network_editors_and_administrators_may_write(client, named_users):
    expected = {
        "member": 403,
        "coordinator": 403,
        "outsider": 403,
        "network_editor": 200,
        "administrator": 200,
    }
    assert client.get(NEW).status_code == 302  # to the login page
    for role, status in expected.items():
        client.force_login(named_users[role])
        assert client.get(NEW).status_code == status, role
        assert client.post(NEW, form_data()).status_code in (status, 302), role
    assert Article.objects.count() == 2


def test_an_editor_writes_a_draft_with_an_image_and_publishes_it(client, noor, twente, media):
    client.force_login(noor)
    theme = Theme.objects.get(slug="eenzaamheid")

    response = client.post(
        NEW,
        form_data(
            workshops=[twente.pk],
            themes=[theme.pk],
            **{"uploads-0-file": png_upload(), "uploads-0-alt": "Ouderen aan de koffietafel"},
        ),
    )

    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"].endswith("/bewerken/")
    assert article.state == ArticleState.DRAFT and not article.is_public
    assert list(article.workshops.all()) == [twente]
    image = article.images.get()
    assert image.alt == "Ouderen aan de koffietafel" and image.content_type == "image/png"

    edit = f"/en/dossier/{article.slug}/bewerken/"
    page = client.get(edit)
    assert page.status_code == 200 and image.markdown in page.content.decode()
    response = client.post(
        edit,
        form_data(
            body=f"Tekst\n\n{image.markdown}",
            state=ArticleState.PUBLISHED,
            **{
                "images-TOTAL_FORMS": "1",
                "images-INITIAL_FORMS": "1",
                "images-0-id": image.pk,
                "images-0-article": article.pk,
                "images-0-alt": "Ouderen aan de koffietafel",
                "images-0-caption": "",
                "images-0-position": "0",
            },
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    article.refresh_from_db()
    assert article.is_public and article.published_at <= timezone.now()
    assert 'alt="Ouderen aan de koffietafel"' in article.body_html
    assert client.logout() is None
    assert client.get(article.get_absolute_url()).status_code == 200


def test_unsafe_markup_is_removed_and_the_editor_is_told(client, noor):
    client.force_login(noor)

    response = client.post(
        NEW,
        form_data(
            body='Hallo <script>alert(1)</script><img src=x onerror="alert(2)"> '
            "[klik](javascript:alert(3))"
        ),
    )

    article = Article.objects.get()
    assert "script" not in article.body_html and "onerror" not in article.body_html
    assert "javascript" not in article.body_html
    notices = [m for m in messages_of(response) if "Unsafe markup was removed" in m]
    assert len(notices) == 1
    assert "<script>" in notices[0] and "onerror" in notices[0] and "javascript:" in notices[0]


def test_a_clean_body_gives_no_notice(client, noor):
    client.force_login(noor)

    response = client.post(NEW, form_data())

    assert not [m for m in messages_of(response) if "Unsafe" in m]


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"title": ""}, "title"),
        ({"lead": ""}, "lead"),
        ({"state": ArticleState.SCHEDULED, "publish_at": ""}, "publish_at"),
        ({"state": ArticleState.SCHEDULED, "publish_at": "2001-01-01T10:00"}, "publish_at"),
        ({"state": "everywhere"}, "state"),
        ({"publish_at": "gisteren", "state": ArticleState.SCHEDULED}, "publish_at"),
    ],
)
def test_bad_input_comes_back_with_a_message_and_saves_nothing(client, noor, overrides, field):
    client.force_login(noor)

    response = client.post(NEW, form_data(**overrides))

    assert response.status_code == 400
    assert response.context["form"].errors.get(field), response.context["form"].errors
    assert not Article.objects.exists()
    assert 'role="alert"' in response.content.decode()


@pytest.mark.parametrize(
    "upload, alt",
    [
        (lambda: png_upload("IMG_2041.png"), ""),
        (lambda: png_upload("IMG_2041.png"), "IMG_2041.png"),
        (lambda: png_upload("buurt.png"), "buurt"),
        (lambda: SimpleUploadedFile("buurt.svg", b"<svg></svg>"), "Een buurt"),
    ],
)
def test_an_image_without_real_alt_text_or_of_another_type_is_refused(
    client, noor, media, upload, alt
):
    client.force_login(noor)

    response = client.post(NEW, form_data(**{"uploads-0-file": upload(), "uploads-0-alt": alt}))

    assert response.status_code == 400
    assert response.context["editor"].uploads.forms[0].errors
    assert not Article.objects.exists() and not ArticleImage.objects.exists()
    assert not media.exists() or not [p for p in media.rglob("*") if p.is_file()]


def test_alt_text_without_an_image_is_refused(client, noor):
    client.force_login(noor)

    response = client.post(NEW, form_data(**{"uploads-0-alt": "Een buurtfeest"}))

    assert response.status_code == 400
    assert not Article.objects.exists()


def test_an_author_from_the_registry_must_consent(client, noor):
    hidden = PersonFactory(is_public=False)
    shown = PersonFactory(is_public=True)
    client.force_login(noor)

    refused = client.post(NEW, form_data(author=hidden.pk, author_name=""))
    both = client.post(NEW, form_data(author=shown.pk, author_name="Iemand"))
    accepted = client.post(NEW, form_data(author=shown.pk, author_name=""))

    assert refused.status_code == 400 and refused.context["form"].errors["author"]
    assert both.status_code == 400 and both.context["form"].errors["author_name"]
    assert accepted.status_code == 302
    assert Article.objects.get().author == shown


def test_scheduling_keeps_the_article_private_until_its_time(client, noor):
    client.force_login(noor)
    moment = timezone.localtime() + datetime.timedelta(days=7)

    response = client.post(
        NEW,
        form_data(state=ArticleState.SCHEDULED, publish_at=moment.strftime("%Y-%m-%dT%H:%M")),
    )

    article = Article.objects.get()
    assert response.status_code == 302
    assert article.state == ArticleState.SCHEDULED and article.is_scheduled
    assert abs(article.published_at - moment) < datetime.timedelta(minutes=1)
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_removing_an_image_takes_it_out_of_the_body(client, noor, media):
    from werkplaats.dossier import services

    article = ArticleFactory()
    image = services.attach_image(article, png_upload(), "Een buurtfeest")
    article.body = image.markdown
    article.save()
    assert "<img" in article.body_html
    client.force_login(noor)

    response = client.post(
        f"/en/dossier/{article.slug}/bewerken/",
        form_data(
            title=article.title,
            body=article.body,
            state=ArticleState.PUBLISHED,
            **{
                "images-TOTAL_FORMS": "1",
                "images-INITIAL_FORMS": "1",
                "images-0-id": image.pk,
                "images-0-article": article.pk,
                "images-0-alt": image.alt,
                "images-0-position": "0",
                "images-0-DELETE": "on",
            },
        ),
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert "<img" not in article.body_html and not article.images.exists()
