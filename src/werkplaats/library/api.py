"""Library products in the REST API under ``/api/v1/products/``.

Anyone reads published products; coordinators also read the drafts of their werkplaatsen
(network editors: all). Makers are named only when they consented to be public. No e-mail.
"""

from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import serializers, viewsets

from werkplaats.network.models import Theme, Workshop

from . import queries
from .api_writing import ProductWriting, write_schemas
from .constants import RecognitionLevel
from .models import Product, ProductKind

SLUG_PATTERN = "[-a-zA-Z0-9_]+"


def register(router):
    """Adds the products endpoint to the API router."""
    router.register("products", ProductViewSet, basename="product")


class MakerSerializer(serializers.Serializer):
    person = serializers.SlugField(help_text="Slug of the person (see /people/).")
    name = serializers.CharField()


class LinkSerializer(serializers.Serializer):
    url = serializers.URLField()
    label = serializers.CharField()


class BuildsOnSerializer(serializers.Serializer):
    product = serializers.SlugField()
    title = serializers.CharField()
    note = serializers.CharField()


class AdoptionSerializer(serializers.Serializer):
    organisation = serializers.SlugField()
    organisation_name = serializers.CharField()
    municipality = serializers.CharField(allow_null=True)
    since = serializers.DateField(allow_null=True)
    experience = serializers.CharField()


class FileSerializer(serializers.Serializer):
    title = serializers.CharField()
    content_type = serializers.CharField(help_text="Read from the file's content on upload.")
    size = serializers.IntegerField(help_text="In bytes.")
    url = serializers.URLField(help_text="Where to download it.")


class ProductSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="product-detail", lookup_field="slug")
    kind = serializers.SlugRelatedField(read_only=True, slug_field="slug")
    workshops = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    themes = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    beneficiary_groups = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    makers = serializers.SerializerMethodField(
        help_text="Only makers who consented to be listed publicly."
    )
    links = LinkSerializer(many=True, read_only=True)
    files = serializers.SerializerMethodField(
        help_text="The product's uploaded files. A draft's are listed only to those who may "
        "see the draft."
    )
    builds_on = serializers.SerializerMethodField()
    built_upon_by = serializers.SerializerMethodField()
    adoptions = serializers.SerializerMethodField()

    class Meta:
        model = Product
        fields = [
            "url",
            "uuid",
            "slug",
            "title",
            "summary",
            "kind",
            "date",
            "licence",
            "workshops",
            "themes",
            "beneficiary_groups",
            "makers",
            "goal",
            "target_group_final",
            "target_group_intermediate",
            "approach",
            "working_elements",
            "conditions",
            "substantiation",
            "recognition_level",
            "links",
            "files",
            "builds_on",
            "built_upon_by",
            "adoptions",
            "is_published",
            "published_at",
        ]
        read_only_fields = fields

    @extend_schema_field(MakerSerializer(many=True))
    def get_makers(self, product):
        return [
            {"person": person.slug, "name": person.full_name}
            for person in product.makers.all()
            if person.is_public
        ]

    @extend_schema_field(FileSerializer(many=True))
    def get_files(self, product):
        # The viewset only ever returns products the viewer may see (drafts included only for
        # their editors), and the download view checks the same again.
        request = self.context.get("request")
        return [
            {
                "title": item.title,
                "content_type": item.content_type,
                "size": item.size,
                "url": request.build_absolute_uri(item.get_absolute_url())
                if request
                else item.get_absolute_url(),
            }
            for item in product.files.all()
        ]

    @extend_schema_field(BuildsOnSerializer(many=True))
    def get_builds_on(self, product):
        return [
            {"product": link.source.slug, "title": link.source.title, "note": link.note}
            for link in product.builds_on.all()
        ]

    @extend_schema_field(BuildsOnSerializer(many=True))
    def get_built_upon_by(self, product):
        return [
            {"product": link.product.slug, "title": link.product.title, "note": link.note}
            for link in product.built_upon_by.all()
        ]

    @extend_schema_field(AdoptionSerializer(many=True))
    def get_adoptions(self, product):
        return [
            {
                "organisation": a.organisation.slug,
                "organisation_name": a.organisation.name,
                "municipality": a.municipality.name if a.municipality_id else None,
                "since": a.since,
                "experience": a.experience,
            }
            for a in product.adoptions.all()
        ]


class ProductFilter(filters.FilterSet):
    kind = filters.ModelChoiceFilter(
        queryset=ProductKind.objects.all(), to_field_name="slug", label=_("Kind, by slug.")
    )
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
    recognition_level = filters.ChoiceFilter(
        choices=RecognitionLevel.choices, label=_("Recognition level.")
    )

    class Meta:
        model = Product
        fields = ["kind", "theme", "workshop", "recognition_level"]


@extend_schema_view(
    list=extend_schema(
        summary=_("List library products"),
        description=_(
            "Published products of the library with their plain-language summary, kind, "
            "werkplaatsen, themes, method fields, what they build on, what builds on them and "
            "who adopted them. Makers are named only when they consented. Coordinators also get "
            "their werkplaatsen's drafts, network editors all drafts. Filter by kind, theme, "
            "werkplaats or recognition level; unknown values give 400. `?search=` matches "
            "words in title and summary."
        ),
        tags=["library"],
    ),
    retrieve=extend_schema(
        summary=_("Get one library product"),
        description=_("One product, by its slug: 404 when it is a draft you may not see."),
        tags=["library"],
        parameters=[
            OpenApiParameter(
                "slug", str, OpenApiParameter.PATH, description=_("The product's slug.")
            )
        ],
    ),
    **write_schemas(ProductSerializer),
)
class ProductViewSet(ProductWriting, viewsets.ReadOnlyModelViewSet):
    serializer_class = ProductSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN
    filterset_class = ProductFilter
    ordering_fields = ["date", "title"]
    queryset = Product.objects.none()

    def get_queryset(self):
        return (
            queries.detail_queryset(self.request.user)
            .prefetch_related("files")
            .order_by("-date", "title", "pk")
        )
