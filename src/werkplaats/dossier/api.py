"""Dossier articles in the REST API under ``/api/v1/articles/``.

Anyone reads published articles whose time has come; network editors also read drafts and
articles scheduled for later. The body is the sanitised HTML the site shows, never the editor's
source. An author from the registry is named only while they consent to be public.
"""

import uuid

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import serializers, viewsets

from werkplaats.network.models import Theme, Workshop

from . import queries
from .constants import ArticleState
from .models import Article

SLUG_PATTERN = "[-a-zA-Z0-9_]+"


def register(router):
    """Adds the articles endpoint to the API router."""
    router.register("articles", ArticleViewSet, basename="article")


class ArticleAuthorSerializer(serializers.Serializer):
    name = serializers.CharField()
    person = serializers.SlugField(
        allow_null=True, help_text="Slug of the person (see /people/), when in the registry."
    )


class ArticleImageSerializer(serializers.Serializer):
    url = serializers.URLField()
    alt = serializers.CharField(help_text="What the image shows.")
    caption = serializers.CharField()
    content_type = serializers.CharField(help_text="Read from the image's content on upload.")


class ArticleRelatedSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    title = serializers.CharField()


def _absolute(request, address: str) -> str:
    return request.build_absolute_uri(address) if request else address


class ArticleSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="article-detail", lookup_field="slug")
    body = serializers.CharField(
        source="body_html",
        read_only=True,
        help_text="Sanitised HTML: p, h2, h3, lists, links, strong, em, blockquote, figures and "
        "the article's own images.",
    )
    state = serializers.SerializerMethodField(
        help_text="`published`; for network editors also `draft` or `scheduled` (not public yet)."
    )
    author = serializers.SerializerMethodField(
        help_text="A registry person only while they consent to be public, or a free author "
        "line; null when no author may be named."
    )
    workshops = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    themes = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    projects = serializers.SerializerMethodField(help_text="Only projects you may see.")
    products = serializers.SerializerMethodField(help_text="Only library products you may see.")
    images = serializers.SerializerMethodField()

    class Meta:
        model = Article
        fields = [
            "url",
            "uuid",
            "slug",
            "title",
            "lead",
            "body",
            "author",
            "state",
            "published_at",
            "updated_at",
            "workshops",
            "themes",
            "projects",
            "products",
            "images",
        ]
        read_only_fields = fields

    @extend_schema_field(OpenApiTypes.STR)
    def get_state(self, article):
        return ArticleState.PUBLISHED.value if article.is_public else article.state

    @extend_schema_field(ArticleAuthorSerializer(allow_null=True))
    def get_author(self, article):
        author = article.public_author
        if author is None:
            return None
        return {
            "name": author["name"],
            "person": author["person"].slug if author["person"] else None,
        }

    @extend_schema_field(ArticleRelatedSerializer(many=True))
    def get_projects(self, article):
        return [{"slug": p.slug, "title": p.title} for p in article.projects.all()]

    @extend_schema_field(ArticleRelatedSerializer(many=True))
    def get_products(self, article):
        return [{"slug": p.slug, "title": p.title} for p in article.products.all()]

    @extend_schema_field(ArticleImageSerializer(many=True))
    def get_images(self, article):
        request = self.context.get("request")
        return [
            {
                "url": _absolute(request, image.url),
                "alt": image.alt,
                "caption": image.caption,
                "content_type": image.content_type,
            }
            for image in article.images.all()
        ]


class ArticleFilter(filters.FilterSet):
    theme = filters.ModelChoiceFilter(
        field_name="themes",
        queryset=Theme.objects.all(),
        to_field_name="slug",
        label=_("Theme, by slug."),
    )
    workshop = filters.ModelChoiceFilter(
        field_name="workshops",
        queryset=Workshop.objects.all(),
        to_field_name="slug",
        label=_("Werkplaats, by slug."),
    )

    class Meta:
        model = Article
        fields = ["theme", "workshop"]


@extend_schema_view(
    list=extend_schema(
        summary=_("List dossier articles"),
        description=_(
            "Editorial articles on practice examples, newest first: lead, body as sanitised "
            "HTML, author (named only with consent), werkplaatsen, themes, related projects and "
            "products, images with alt text. Drafts and articles scheduled for later are never "
            "listed for visitors. Filter by theme or werkplaats; unknown values give 400. "
            "`?search=` matches words in title, lead and body."
        ),
        tags=["dossier"],
    ),
    retrieve=extend_schema(
        summary=_("Get one dossier article"),
        description=_(
            "One article, by its slug or UUID: 404 when it is a draft or scheduled for later."
        ),
        tags=["dossier"],
        parameters=[
            OpenApiParameter(
                "slug", str, OpenApiParameter.PATH, description=_("The article's slug or UUID.")
            )
        ],
    ),
)
class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ArticleSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN
    filterset_class = ArticleFilter
    ordering_fields = ["published_at", "title"]
    queryset = Article.objects.none()

    def get_queryset(self):
        return queries.detail_queryset(self.request.user).order_by(*queries.NEWEST_FIRST)

    def get_object(self):
        value = self.kwargs[self.lookup_field]
        try:
            lookup = {"uuid": uuid.UUID(value)}
        except ValueError:
            lookup = {"slug": value}
        article = get_object_or_404(self.get_queryset(), **lookup)
        self.check_object_permissions(self.request, article)
        return article
