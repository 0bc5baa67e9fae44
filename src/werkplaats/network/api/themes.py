"""Themes in the API, with the regional comparison of one theme: what each werkplaats did on it
(``/api/v1/themes/<slug>/comparison/``), the same numbers as the page ``/themas/<slug>/``."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from ..queries.themes import theme_comparison
from .serializers import WorkshopSummarySerializer
from .views import SLUG_PATTERN, ThemeViewSet, _slug_parameter


class ComparedItemSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.SerializerMethodField(help_text="Address of its public page.")

    def get_url(self, item) -> str:
        return self.context["request"].build_absolute_uri(item.url)


class ComparedCellSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="How many this werkplaats has on the theme.")
    recent = ComparedItemSerializer(many=True, help_text="The newest few, newest first.")


class ComparedWorkshopSerializer(serializers.Serializer):
    workshop = WorkshopSummarySerializer()
    questions = ComparedCellSerializer(help_text="Published practice questions.")
    projects = ComparedCellSerializer(help_text="Projects it leads or takes part in.")
    products = ComparedCellSerializer(help_text="Library products it made.")


class ComparisonTotalsSerializer(serializers.Serializer):
    questions = serializers.IntegerField()
    projects = serializers.IntegerField()
    products = serializers.IntegerField()


class ThemeComparisonSerializer(serializers.Serializer):
    theme = serializers.SlugField(source="theme.slug")
    name = serializers.CharField(source="theme.name", help_text="Name in Dutch.")
    name_en = serializers.CharField(source="theme.name_en", help_text="Name in English.")
    totals = ComparisonTotalsSerializer(
        help_text="In the whole network, each item counted once (a joint project once)."
    )
    workshops = ComparedWorkshopSerializer(
        source="rows", many=True, help_text="Every werkplaats, also those with nothing on it."
    )


class ThemeComparisonViewSet(ThemeViewSet):
    """The theme vocabulary, plus the regional comparison of each theme."""

    lookup_value_regex = SLUG_PATTERN

    @extend_schema(
        summary=_("Compare the werkplaatsen on one theme"),
        description=_(
            "For one theme, what each werkplaats did on it: the number of published practice "
            "questions, of projects (led or joined) and of library products, each with the "
            "newest few titles. Every werkplaats is listed, also those with nothing on the "
            "theme, so regional differences show. Only what the caller may see is counted."
        ),
        tags=["vocabularies"],
        parameters=[_slug_parameter(_("Slug of the theme."))],
        responses=ThemeComparisonSerializer,
        filters=False,
    )
    @action(detail=True, methods=["get"], url_path="comparison", filter_backends=[])
    def comparison(self, request, slug=None):
        comparison = theme_comparison(self.get_object(), request.user)
        return Response(ThemeComparisonSerializer(comparison, context={"request": request}).data)


ThemeComparisonViewSet.__name__ = ThemeComparisonViewSet.__qualname__ = "ThemeViewSet"
