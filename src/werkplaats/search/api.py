"""``GET /api/v1/search/?q=``: the search service as JSON, paginated like every list."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import exceptions, serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from .services import FACETS, PAGE_SIZE, InvalidFilter, search
from .text import MAX_QUERY_LENGTH


class HitSerializer(serializers.Serializer):
    kind = serializers.CharField()
    kind_label = serializers.CharField()
    title = serializers.CharField(source="title_html", help_text="HTML: matches in <mark>")
    snippet = serializers.CharField(source="snippet_html", help_text="HTML: matches in <mark>")
    url = serializers.CharField()
    uuid = serializers.CharField(allow_null=True)
    year = serializers.IntegerField(allow_null=True)
    score = serializers.FloatField()


class FacetValueSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    count = serializers.IntegerField()
    selected = serializers.BooleanField()


def _int(value, name, default, maximum):
    if value in (None, ""):
        return default
    if not str(value).isdigit() or not 1 <= int(value) <= maximum:
        message = _("Give a whole number from 1 to %(max)d.") % {"max": maximum}
        raise exceptions.ValidationError({name: [message]})
    return int(value)


class SearchView(APIView):
    """One search over everything public: werkplaatsen, organisations, people who consented,
    published practice questions and projects, learning communities (and products).

    Dutch words are matched by stem ("eenzame" finds "eenzaamheid"), accents and case are
    ignored, every word must occur; a title match ranks higher. A short query that finds
    nothing is retried on the start of each word (`approximate: true`). Filters are facet
    values, repeatable: `kind`, `workshop`, `theme`, `year`, `province` (CBS code). An unknown
    filter or value answers 400.
    """

    permission_classes = [AllowAny]

    @extend_schema(
        summary=_lazy("Search everything"),
        description=_lazy(
            "One search over everything public, in Dutch: words match by stem, accents and case "
            "are ignored, every word must occur and title matches rank higher. Results carry "
            "snippets with the matches in <mark>, facet counts (kind, werkplaats, theme, year, "
            "province) and are paginated. Repeat a facet parameter to choose more values; an "
            "unknown parameter or value answers 400."
        ),
        tags=["search"],
        parameters=[
            OpenApiParameter("q", str, description=f"Words to find (at most {MAX_QUERY_LENGTH})."),
            OpenApiParameter("page", int),
            OpenApiParameter("page_size", int, description="1 to 100, default 20"),
            *[OpenApiParameter(name, str, many=True) for name in FACETS],
        ],
        responses=inline_serializer(
            "SearchResponse",
            {
                "count": serializers.IntegerField(),
                "next": serializers.CharField(allow_null=True),
                "previous": serializers.CharField(allow_null=True),
                "query": serializers.CharField(),
                "approximate": serializers.BooleanField(),
                "suggestions": serializers.ListField(child=serializers.CharField()),
                "facets": serializers.DictField(child=FacetValueSerializer(many=True)),
                "results": HitSerializer(many=True),
            },
        ),
    )
    def get(self, request):
        params = request.query_params
        unknown = set(params) - {"q", "page", "page_size", "format", *FACETS}
        if unknown:
            raise exceptions.ValidationError(
                {k: [_("Unknown parameter.")] for k in sorted(unknown)}
            )
        page = _int(params.get("page"), "page", 1, 500)
        page_size = _int(params.get("page_size"), "page_size", PAGE_SIZE, 100)
        filters = {name: params.getlist(name) for name in FACETS}
        try:
            found = search(params.get("q", ""), request.user, filters, page, page_size=page_size)
        except InvalidFilter as error:
            raise exceptions.ValidationError({k: [v] for k, v in error.errors.items()}) from error

        def link(number):
            query = params.copy()
            query["page"] = str(number)
            return request.build_absolute_uri(request.path) + "?" + query.urlencode()

        return Response(
            {
                "count": found.total,
                "next": link(found.page + 1) if found.has_next else None,
                "previous": link(found.page - 1) if found.has_previous else None,
                "query": found.query,
                "approximate": found.approximate,
                "suggestions": found.suggestions,
                "facets": {
                    name: FacetValueSerializer(values, many=True).data
                    for name, values in found.facets.items()
                },
                "results": HitSerializer(found.hits, many=True).data,
            }
        )
