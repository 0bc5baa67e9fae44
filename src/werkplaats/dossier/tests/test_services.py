"""Writing, scheduling and publishing articles, and a scheduled article becoming public and
findable when its time comes."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from werkplaats.dossier import services
from werkplaats.dossier.constants import ArticleState
from werkplaats.dossier.models import Article
from werkplaats.search.models import SearchEntry

from .factories import ArticleFactory, png_upload

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)


def indexed(article) -> bool:
    return SearchEntry.objects.filter(kind="articles", object_uuid=article.uuid).exists()


def time_passes(article):
    """Moves the article's moment into the past without saving it, as the clock would."""
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - HOUR)


@pytest.fixture
def media(settings, tmp_path):
    settings.DOSSIER_MEDIA_ROOT = tmp_path / "dossier"
    return settings.DOSSIER_MEDIA_ROOT


def test_a_new_article_is_a_draft_with_a_readable_slug_and_no_date():
    article = services.create_article(title="Hoe Twente eenzaamheid aanpakt", lead="Lead.")

    assert article.state == ArticleState.DRAFT
    assert article.slug == "hoe-twente-eenzaamheid-aanpakt"
    assert article.published_at is None
    assert not Article.objects.published().exists()


def test_an_article_never_takes_the_slug_of_a_dossier_page():
    assert services.create_article(title="Nieuw", lead="Lead.").slug != "nieuw"


def test_publishing_sets_the_date_once_and_keeps_it_when_published_again():
    article = services.create_article(title="Wijkteam Zeeland", lead="Lead.")
    services.publish(article)
    first = article.published_at

    services.unpublish(article)
    assert not Article.objects.published().filter(pk=article.pk).exists()
    services.publish(article)

    assert article.published_at == first
    assert Article.objects.published().filter(pk=article.pk).exists()


def test_scheduling_needs_a_moment_in_the_future():
    article = services.create_article(title="Schulden en jongeren", lead="Lead.")

    for moment in (None, timezone.now() - HOUR):
        with pytest.raises(ValidationError) as error:
            services.schedule(article, moment)
        assert "publish_at" in error.value.message_dict
    article.refresh_from_db()
    assert article.state == ArticleState.DRAFT


def test_a_scheduled_article_is_public_by_itself_when_its_time_comes():
    article = ArticleFactory(scheduled_in=HOUR)
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert not indexed(article)

    time_passes(article)

    assert Article.objects.published().filter(pk=article.pk).exists()


def test_the_command_puts_due_articles_in_search_once_and_leaves_later_ones(capsys):
    due = ArticleFactory(scheduled_in=HOUR)
    later = ArticleFactory(scheduled_in=datetime.timedelta(days=7))
    time_passes(due)
    updated = Article.objects.get(pk=due.pk).updated_at

    call_command("publish_scheduled")

    assert indexed(due) and not indexed(later)
    due.refresh_from_db()
    assert due.state == ArticleState.PUBLISHED
    assert due.updated_at == updated
    assert "1" in capsys.readouterr().out
    assert services.publish_due_articles() == []


def test_the_daily_task_runs_the_same(settings):
    from werkplaats.dossier.tasks import publish_scheduled_articles

    assert "werkplaats.dossier.tasks.publish_scheduled_articles" in settings.FREQUENT_TASKS
    article = ArticleFactory(scheduled_in=HOUR)
    time_passes(article)

    result = publish_scheduled_articles.enqueue()

    assert result.return_value == 1
    assert indexed(article)


def test_unpublishing_takes_an_article_out_of_search_at_once():
    article = ArticleFactory()
    assert indexed(article)

    services.unpublish(article)

    assert not indexed(article)


def test_an_author_is_a_consenting_person_or_a_line_never_someone_without_consent():
    from werkplaats.network.tests.factories import PersonFactory

    hidden = PersonFactory(is_public=False, given_name="Verborgen")
    article = services.create_article(title="Artikel", lead="Lead.", author=hidden)

    assert article.public_author is None
    assert "verborgen" not in article.search_text
    with pytest.raises(ValidationError):
        Article(title="Artikel", lead="Lead.", author=hidden, author_name="Iemand").clean()


def test_an_image_needs_alt_text_and_the_body_shows_it_with_that_text(media):
    article = services.create_article(title="Met beeld", lead="Lead.")
    with pytest.raises(ValidationError):
        services.attach_image(article, png_upload("IMG_1.png"), "IMG_1.png")

    image = services.attach_image(article, png_upload(), "Wijkcoach op de markt", "Markt")
    article.body = f"Tekst\n\n{image.markdown}\n\n<script>x</script>"
    rendered = services.refresh_body(article)

    assert f'<img src="{image.url}" alt="Wijkcoach op de markt">' in article.body_html
    assert "<script" not in article.body_html and rendered.removed
    assert (media / image.file.name).read_bytes().startswith(b"\x89PNG")
