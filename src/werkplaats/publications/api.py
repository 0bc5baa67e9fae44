"""Publications in the REST API under ``/api/v1/publications/``.

Anyone reads published publications; coordinators also read the drafts of their werkplaatsen
(network editors: all). Authors are named only when they may be: external names, and registry
people who consented. No e-mail. A publication is addressed by its slug or its UUID.
"""

import uuid

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import serializers, viewsets

from werkplaats.library.constants import Licence
from werkplaats.network.models import Theme, Workshop

from . import queries
from .api_writing import PublicationWriting, write_schemas
from .citation import apa_text
from .constants import AccessRights, PublicationType
from .models import Publication


def register(router):
    """Adds the publications endpoint to the API router."""
    router.register("publications", PublicationViewSet, basename="publication")


class AuthorSerializer(serializers.Serializer):
    name = serializers.CharField()
    family_name = serializers.CharField()
    given_name = serializers.CharField()
    orcid = serializers.CharField(help_text="Bare ORCID iD, or empty.")
    person = serializers.SlugField(
        allow_null=True, help_text="Slug of the person (see /people/) when in the registry."
    )


class LinkedSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    title = serializers.CharField()


class PublicationSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(
        view_name="publication-detail", lookup_field="slug", lookup_url_kwarg="identifier"
    )
    type = serializers.CharField(source="publication_type", help_text="info:eu-repo type.")
    type_uri = serializers.CharField()
    access_rights_uri = serializers.CharField()
    doi_url = serializers.CharField()
    external_url = serializers.CharField(
        source="url", help_text="Where the full text is (a web address), or empty."
    )
    licence = serializers.ChoiceField(
        choices=Licence.choices, allow_blank=True, read_only=True, help_text="Empty when unknown."
    )
    authors = serializers.SerializerMethodField(
        help_text="In order; only authors who may be named in public."
    )
    workshops = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    themes = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    projects = serializers.SerializerMethodField()
    products = serializers.SerializerMethodField()
    citation = serializers.SerializerMethodField(help_text="APA 7 reference, plain text.")

    class Meta:
        model = Publication
        fields = [
            "url",
            "uuid",
            "slug",
            "type",
            "type_uri",
            "title",
            "authors",
            "year",
            "date",
            "abstract",
            "language",
            "publisher",
            "journal",
            "volume",
            "issue",
            "pages",
            "isbn",
            "issn",
            "doi",
            "doi_url",
            "external_url",
            "access_rights",
            "access_rights_uri",
            "embargo_until",
            "licence",
            "workshops",
            "themes",
            "projects",
            "products",
            "citation",
            "is_published",
            "published_at",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(AuthorSerializer(many=True))
    def get_authors(self, publication):
        return [
            {
                "name": a.display_name,
                "family_name": a.person.family_name if a.person_id else a.family_name,
                "given_name": a.person.given_name if a.person_id else a.given_name,
                "orcid": a.public_orcid,
                "person": a.person.slug if a.person_id else None,
            }
            for a in publication.authorships.all()
            if a.is_named
        ]

    @extend_schema_field(LinkedSerializer(many=True))
    def get_projects(self, publication):
        return [{"slug": p.slug, "title": p.title} for p in publication.projects.all()]

    @extend_schema_field(LinkedSerializer(many=True))
    def get_products(self, publication):
        return [{"slug": p.slug, "title": p.title} for p in publication.products.all()]

    @extend_schema_field(serializers.CharField())
    def get_citation(self, publication):
        return apa_text(publication)


class PublicationFilter(filters.FilterSet):
    type = filters.ChoiceFilter(
        field_name="publication_type",
        choices=PublicationType.choices,
        label=_("Type (info:eu-repo), e.g. article or report."),
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
    year = filters.NumberFilter(label=_("Year of publication."))
    access_rights = filters.ChoiceFilter(
        choices=AccessRights.choices, label=_("Access rights (info:eu-repo).")
    )

    class Meta:
        model = Publication
        fields = ["type", "theme", "workshop", "year", "access_rights"]


@extend_schema_view(
    list=extend_schema(
        summary=_("List publications"),
        description=_(
            "Published publications of the werkplaatsen with their info:eu-repo type, authors in "
            "order, where they appeared, DOI, access rights, werkplaatsen, themes, projects and "
            "products, and the APA 7 citation. Authors who are people in the registry are named "
            "only when they consented. Coordinators also get their werkplaatsen's drafts, network "
            "editors all drafts. Filter by type, theme, werkplaats, year or access rights; unknown "
            "values give 400. `?search=` matches words in title, abstract and journal."
        ),
        tags=["publications"],
    ),
    retrieve=extend_schema(
        summary=_("Get one publication"),
        description=_(
            "One publication, by its slug or its UUID: 404 when it is a draft you may not see."
        ),
        tags=["publications"],
        parameters=[
            OpenApiParameter(
                "identifier",
                str,
                OpenApiParameter.PATH,
                description=_("The publication's slug or UUID."),
            )
        ],
    ),
    **write_schemas(PublicationSerializer),
)
class PublicationViewSet(PublicationWriting, viewsets.ReadOnlyModelViewSet):
    serializer_class = PublicationSerializer
    lookup_field = "slug"
    lookup_url_kwarg = "identifier"
    lookup_value_regex = "[-a-zA-Z0-9_]+"
    filterset_class = PublicationFilter
    ordering_fields = ["year", "title", "updated_at"]
    queryset = Publication.objects.none()

    def get_queryset(self):
        return queries.detail_queryset(self.request.user).order_by(*queries.ORDERING)

    def get_object(self):
        value = self.kwargs["identifier"]
        try:
            lookup = {"uuid": uuid.UUID(value)}
        except ValueError:
            lookup = {"slug": value}
        publication = get_object_or_404(self.get_queryset(), **lookup)
        self.check_object_permissions(self.request, publication)
        return publication
