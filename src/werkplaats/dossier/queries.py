"""Read-side questions of the dossier pages and the API.

Related rows come with ``select_related``/``prefetch_related``, so the number of queries does not
grow with the number of articles. Who may read which article is decided in ``permissions``;
related projects and products are narrowed to what the reader may see in their own apps'
permissions, so an article never links to a draft project for a visitor.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F, Prefetch, QuerySet

from werkplaats.network.models import Theme, Workshop
from werkplaats.utils.text import fold

from . import richtext
from .models import Article, ArticleImage
from .permissions import articles_visible_to

ORDERED_WORKSHOPS = Workshop.objects.order_by("name")
ORDERED_THEMES = Theme.objects.order_by("position", "name")
#: Newest first; drafts (no date yet) on top, where the editors who see them look first.
NEWEST_FIRST = [F("published_at").desc(nulls_first=True), "-created_at", "-pk"]


def with_listing_relations(articles: QuerySet) -> QuerySet:
    """What a card shows: the author, werkplaatsen and themes."""
    return articles.select_related("author").prefetch_related(
        Prefetch("workshops", queryset=ORDERED_WORKSHOPS),
        Prefetch("themes", queryset=ORDERED_THEMES),
    )


def filter_articles(articles: QuerySet, filters: dict) -> QuerySet:
    """Narrows articles by (already validated) filters; empty ones do not narrow."""
    if filters.get("theme"):
        articles = articles.filter(
            pk__in=Article.themes.through.objects.filter(theme=filters["theme"]).values(
                "article_id"
            )
        )
    if filters.get("werkplaats"):
        articles = articles.filter(
            pk__in=Article.workshops.through.objects.filter(workshop=filters["werkplaats"]).values(
                "article_id"
            )
        )
    for word in fold(filters.get("q") or "").split():
        articles = articles.filter(search_text__contains=word)
    return articles


def article_list(user, filters: dict) -> QuerySet:
    articles = filter_articles(articles_visible_to(user), filters)
    return with_listing_relations(articles).order_by(*NEWEST_FIRST)


def detail_queryset(user) -> QuerySet:
    """Articles this user may read, with everything their page and API record show: related
    projects and products only as far as the user may see them."""
    from werkplaats.library.permissions import products_visible_to
    from werkplaats.projects.permissions import projects_visible_to

    return with_listing_relations(articles_visible_to(user)).prefetch_related(
        Prefetch("images", queryset=ArticleImage.objects.order_by("position", "uploaded_at", "pk")),
        Prefetch("projects", queryset=projects_visible_to(user).order_by("title")),
        Prefetch(
            "products",
            queryset=products_visible_to(user).select_related("kind").order_by("title"),
        ),
    )


@dataclass
class ArticlePage:
    author: dict | None
    #: Uploaded images the body does not show itself: shown as figures after the body.
    figures: list


def article_page(article: Article) -> ArticlePage:
    shown = richtext.images_in(article.body_html)
    return ArticlePage(
        author=article.public_author,
        figures=[image for image in article.images.all() if str(image.uuid) not in shown],
    )
