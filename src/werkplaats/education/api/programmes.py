"""``/api/v1/programmes/``: programmes of hogescholen and ROCs, for anyone."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import filters as drf_filters
from rest_framework import serializers, viewsets

from werkplaats.network.api.serializers import OrganisationSummarySerializer
from werkplaats.network.models import Organisation, Theme
from werkplaats.projects.constants import EDUCATION_INSTITUTION_KINDS

from ..constants import MBO_LEVELS, Level
from ..filter_forms import HBO, MBO
from ..models import Programme
from .common import BY_SLUG, SLUG_PATTERN, PublicPersonSerializer, page, public_person


class PeriodSerializer(serializers.Serializer):
    name = serializers.CharField()
    starts_on = serializers.DateField()
    ends_on = serializers.DateField()


class ProgrammeSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="programme-detail", lookup_field="slug")
    page = serializers.SerializerMethodField(help_text="The programme's page on the site.")
    institution = OrganisationSummarySerializer(read_only=True)
    sector = serializers.SerializerMethodField(help_text="mbo or hbo (higher education).")
    periods = PeriodSerializer(
        many=True, read_only=True, help_text="When it can take on work (semesters, blocks)."
    )
    themes = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    contact_lecturer = serializers.SerializerMethodField(
        help_text="Only when the contact lecturer consented to be listed publicly; null otherwise."
    )
    takes_on_work = serializers.BooleanField(source="is_active", read_only=True)

    class Meta:
        model = Programme
        fields = [
            "url",
            "page",
            "uuid",
            "slug",
            "name",
            "institution",
            "level",
            "sector",
            "location",
            "periods",
            "themes",
            "contact_lecturer",
            "takes_on_work",
        ]
        read_only_fields = fields

    @extend_schema_field(OpenApiTypes.URI)
    def get_page(self, programme):
        return page(self, programme)

    def get_sector(self, programme) -> str:
        return _sector(programme.level)

    @extend_schema_field(PublicPersonSerializer(allow_null=True))
    def get_contact_lecturer(self, programme):
        return public_person(self, programme.contact_lecturer)


def _sector(level: str) -> str:
    return MBO if level in MBO_LEVELS else HBO


class ProgrammeFilter(filters.FilterSet):
    level = filters.ChoiceFilter(choices=Level.choices, label=_("Level of education."))
    sector = filters.ChoiceFilter(
        choices=[(MBO, "mbo"), (HBO, "hbo")],
        method="of_sector",
        label=_("mbo (levels 2 to 4) or hbo (Associate degree, bachelor, master)."),
    )
    institution = filters.ModelChoiceFilter(
        queryset=Organisation.objects.filter(kind__slug__in=EDUCATION_INSTITUTION_KINDS),
        to_field_name="slug",
        label=_("Hogeschool or ROC, by slug."),
    )

    class Meta:
        model = Programme
        fields = ["level", "sector", "institution"]

    def of_sector(self, queryset, name, value):
        if value == MBO:
            return queryset.filter(level__in=MBO_LEVELS)
        return queryset.exclude(level__in=MBO_LEVELS)


@extend_schema_view(
    list=extend_schema(
        summary=_("List programmes"),
        description=_(
            "Programmes of hogescholen and ROCs that take on work from practice: institution, "
            "level, location, the periods in which they can take it on, themes, and the contact "
            "lecturer when that person consented to be listed publicly. Filter by level, sector "
            "(mbo or hbo) or institution; unknown values give 400."
        ),
        tags=["education"],
    ),
    retrieve=extend_schema(
        summary=_("Get one programme"),
        description=_("One programme, addressed by its slug."),
        tags=["education"],
        parameters=[BY_SLUG],
    ),
)
class ProgrammeViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ProgrammeSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN
    filterset_class = ProgrammeFilter
    # Programmes are few and found by level and institution; there is no free-text search.
    filter_backends = [filters.DjangoFilterBackend, drf_filters.OrderingFilter]
    ordering_fields = ["name", "level"]

    def get_queryset(self):
        return (
            Programme.objects.select_related("institution__kind", "contact_lecturer")
            .prefetch_related("periods", Prefetch("themes", queryset=Theme.objects.only("slug")))
            .order_by("name", "institution__name", "pk")
        )
