"""``GET /api/v1/indicators/`` and ``/api/v1/indicators/<key>/``: the dashboards' figures as JSON.

The same ``compute(scope)`` as the dashboards and the report, so the three agree. The scope comes
from the query string (``period``, ``werkplaats``, ``theme``, as on the dashboards); logged-in
coordinators and network editors get their internal figures through the session.
"""

from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from . import indicators
from .forms import DashboardFilterForm
from .scope import Scope

SCOPE_PARAMETERS = ("period", "werkplaats", "theme")


class RowSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    value = serializers.FloatField()
    series = serializers.CharField(help_text="Splits a row in a stacked chart, or empty.")
    series_label = serializers.CharField()


class ScopeSerializer(serializers.Serializer):
    period = serializers.CharField(help_text="First and last year, e.g. 2020-2022.")
    werkplaats = serializers.CharField(allow_null=True, help_text="Slug, or null: the network.")
    theme = serializers.CharField(allow_null=True)
    internal = serializers.BooleanField(
        help_text="True when drafts and other internal records are counted (coordinators of the "
        "werkplaats, network editors)."
    )


class FigureSerializer(serializers.Serializer):
    key = serializers.CharField()
    name = serializers.CharField()
    definition = serializers.CharField()
    line_of_force = serializers.CharField()
    learning_levels = serializers.ListField(child=serializers.CharField())
    overview = serializers.CharField(allow_null=True)
    attention_point = serializers.CharField(allow_null=True)
    unit = serializers.CharField()
    total = serializers.FloatField(allow_null=True)
    note = serializers.CharField()
    rows = RowSerializer(many=True)
    trace_url = serializers.CharField(
        allow_null=True, help_text="Absolute path of the list of records behind the figure."
    )
    scope = ScopeSerializer()


class FigureListSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    scope = ScopeSerializer()
    results = FigureSerializer(many=True)


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))


PARAMETERS = [
    OpenApiParameter(
        "period", str, description="Years, e.g. 2020-2022; default the current subsidy period."
    ),
    OpenApiParameter("werkplaats", str, description="Slug of a werkplaats; empty: the network."),
    OpenApiParameter("theme", str, description="Slug of a theme."),
]
ERRORS = {
    400: OpenApiResponse(ErrorSerializer, description="A parameter that cannot be used."),
}


def scope_of(request) -> Scope:
    params = request.query_params
    unknown = set(params) - {*SCOPE_PARAMETERS, "format"}
    if unknown:
        raise exceptions.ValidationError(
            {name: [_("Unknown parameter.")] for name in sorted(unknown)}
        )
    form = DashboardFilterForm({name: params[name] for name in SCOPE_PARAMETERS if name in params})
    form.fields.pop("compare")
    if not form.is_valid():
        raise exceptions.ValidationError(
            {name: [str(message) for message in messages] for name, messages in form.errors.items()}
        )
    return Scope.for_user(
        request.user,
        period=form.chosen_period(),
        workshop=form.chosen_workshop(),
        theme=form.chosen_theme(),
    )


def scope_data(scope: Scope) -> dict:
    return {
        "period": scope.period.key,
        "werkplaats": scope.workshop.slug if scope.workshop else None,
        "theme": scope.theme.slug if scope.theme else None,
        "internal": scope.internal,
    }


def figure_data(figure) -> dict:
    return {**figure.as_dict(), "trace_url": figure.trace_url(), "scope": scope_data(figure.scope)}


class IndicatorListView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="indicators_list",
        summary=_lazy("Indicators for a scope"),
        description=_lazy(
            "Every figure of the monitoring for the scope in the query string: its definition, "
            "line of force, learning levels, overview and attention point, its rows and total, "
            "and the address of the records behind it. Figures over internal records only for "
            "coordinators of the werkplaats and network editors (session)."
        ),
        tags=["monitoring"],
        parameters=PARAMETERS,
        responses={200: FigureListSerializer, **ERRORS},
    )
    def get(self, request):
        scope = scope_of(request)
        figures = [figure_data(figure) for figure in indicators.compute(scope)]
        return Response({"count": len(figures), "scope": scope_data(scope), "results": figures})


class IndicatorDetailView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary=_lazy("One indicator for a scope"),
        description=_lazy("One figure of the monitoring for the scope in the query string."),
        tags=["monitoring"],
        parameters=PARAMETERS,
        responses={
            200: FigureSerializer,
            **ERRORS,
            404: OpenApiResponse(description="No such indicator (or not for this viewer)."),
        },
    )
    def get(self, request, key):
        indicator = indicators.get(key)
        scope = scope_of(request)
        if indicator is None or not indicator.visible_in(scope):
            raise exceptions.NotFound(_("There is no figure with this name."))
        return Response(figure_data(indicator.compute(scope)))


urlpatterns = [
    path("indicators/", IndicatorListView.as_view(), name="api-indicators"),
    path("indicators/<slug:key>/", IndicatorDetailView.as_view(), name="api-indicator"),
]
