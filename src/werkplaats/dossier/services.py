"""What happens to dossier articles: writing, scheduling, publishing, images, and making scheduled
articles findable once their time has come. Views, the admin, the API, commands and tasks call
these; nothing here knows about HTTP."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.utils.pagecache import content_changed
from werkplaats.utils.slugs import unique_slug

from . import images, richtext
from .constants import RESERVED_SLUGS, ArticleState
from .models import Article, ArticleImage

RELATIONS = ("themes", "workshops", "projects", "products")


def article_slug(title: str, exclude_pk=None) -> str:
    """A readable slug from the title that no article and no dossier page uses."""
    slug = unique_slug(Article, title, exclude_pk=exclude_pk)
    if slug in RESERVED_SLUGS:
        slug = unique_slug(Article, f"{title} artikel", exclude_pk=exclude_pk)
    return slug


def plan_publication(
    article: Article, state: str, publish_at: datetime | None = None, now: datetime | None = None
) -> None:
    """Sets the state and the moment of publication (not saved).

    A draft keeps its earlier date (for when it returns). Publishing now keeps the first
    publication date, unless there is none or it lies in the future. Scheduling needs a moment
    in the future.
    """
    now = now or timezone.now()
    if state == ArticleState.SCHEDULED:
        if publish_at is None:
            raise ValidationError(
                {"publish_at": _("Choose the date and time at which the article is published.")}
            )
        if publish_at <= now:
            raise ValidationError(
                {
                    "publish_at": _(
                        "This moment has passed. Choose one in the future, or choose “publish now”."
                    )
                }
            )
        article.published_at = publish_at
    elif state == ArticleState.PUBLISHED:
        if article.published_at is None or article.published_at > now:
            article.published_at = now
    elif state != ArticleState.DRAFT:
        raise ValidationError({"state": _("Choose draft, publish now or schedule.")})
    article.state = state


def _write(article: Article, fields: dict, relations: dict) -> Article:
    for name, value in fields.items():
        setattr(article, name, value)
    if article.author_id:
        article.author_name = ""
    article.full_clean(exclude=["slug", *RELATIONS])
    article.save()
    for name in RELATIONS:
        if name in relations:
            getattr(article, name).set(relations[name])
    return article


@transaction.atomic
def create_article(
    *,
    title: str,
    lead: str,
    body: str = "",
    state: str = ArticleState.DRAFT,
    publish_at: datetime | None = None,
    author=None,
    author_name: str = "",
    **relations,
) -> Article:
    """A new article with its relations (``themes``, ``workshops``, ``projects``, ``products``)."""
    article = Article(slug=article_slug(title))
    plan_publication(article, state, publish_at)
    fields = {"title": title, "lead": lead, "body": body, "author": author}
    return _write(article, {**fields, "author_name": author_name}, relations)


@transaction.atomic
def update_article(
    article: Article,
    *,
    state: str | None = None,
    publish_at: datetime | None = None,
    **values,
) -> Article:
    """Changes an article's fields and relations; the slug stays, so links keep working."""
    if state is not None:
        plan_publication(article, state, publish_at)
    relations = {name: values.pop(name) for name in RELATIONS if name in values}
    return _write(article, values, relations)


def publish(article: Article) -> Article:
    plan_publication(article, ArticleState.PUBLISHED)
    article.save()
    return article


def unpublish(article: Article) -> Article:
    """Back to a draft: gone from pages, API and search at once."""
    plan_publication(article, ArticleState.DRAFT)
    article.save()
    return article


def schedule(article: Article, when: datetime) -> Article:
    plan_publication(article, ArticleState.SCHEDULED, when)
    article.save()
    return article


def attach_image(article: Article, upload, alt: str, caption: str = "") -> ArticleImage:
    """Keeps an uploaded image with the article under a random name.

    The type is read from the content; a file that is too large or not an image we take, and alt
    text that is empty or a file name, are refused with a ValidationError. The caller removes the
    stored file again when its transaction fails (``discard_stored``).
    """
    content_type = images.detect_image(upload, upload.name)
    alt = images.validate_alt(alt, upload.name)
    image = ArticleImage(
        article=article,
        alt=alt,
        caption=(caption or "").strip(),
        content_type=content_type,
        size=upload.size,
        position=article.images.count(),
    )
    image.file.save(upload.name, upload, save=False)
    image.save()
    return image


def discard_stored(items: list[ArticleImage]) -> None:
    """Removes the stored files of images whose transaction was rolled back."""
    for item in items:
        if item.file.name:
            item.file.storage.delete(item.file.name)


def remove_image(image: ArticleImage) -> None:
    """Deletes an image; the stored file goes once the deletion is committed."""
    image.delete()


def refresh_body(article: Article) -> richtext.Rendered:
    """Renders the body again with the article's current images and saves it."""
    rendered = richtext.render(article.body, article.image_alts())
    article.save()
    return rendered


def publish_due_articles(now: datetime | None = None) -> list[Article]:
    """Scheduled articles whose time has come: marked published and put in the search index.

    They are public on the pages and in the API from their moment on (``published()`` reads the
    clock); only the search index, which is written on save, needs this. Marking them published
    is what makes a second run do nothing. ``updated_at`` is left alone: nothing was edited.
    """
    from werkplaats.search.index import reindex_object

    now = now or timezone.now()
    due = list(Article.objects.due(now).order_by("published_at", "pk"))
    for article in due:
        with transaction.atomic():
            Article.objects.filter(pk=article.pk, state=ArticleState.SCHEDULED).update(
                state=ArticleState.PUBLISHED
            )
            article.state = ArticleState.PUBLISHED
            reindex_object(article)
            content_changed()  # the update above sent no signal
    return due
