"""``/api/v1/assignments/``: offers of practice to education, public fields for anyone and
``for_roles`` for who follows an offer (``permissions.offers_followed_by``)."""

from django.db.models import F, Prefetch
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.fields import SkipField
from rest_framework.reverse import reverse

from werkplaats.network.api.serializers import OrganisationSummarySerializer
from werkplaats.network.models import Theme, Workshop
from werkplaats.utils.api import represent

from ..constants import Level, OfferKind, OfferState
from ..matching import suiting_q
from ..models import AssignmentEvent, AssignmentOffer, GroupMember, Programme
from ..permissions import offers_followed_by, offers_visible_to
from .common import BY_SLUG, SLUG_PATTERN, PublicPersonSerializer, page, public_person


class GroupForRolesSerializer(serializers.Serializer):
    programme = serializers.SlugField(source="programme.slug", help_text="Slug of the programme.")
    lecturer = serializers.CharField(source="lecturer.username", help_text="Account name.")
    size = serializers.SerializerMethodField(help_text="How many students joined.")
    matched_at = serializers.DateTimeField()

    def get_size(self, group) -> int:
        return len(group.members.all())


STATE_OR_EMPTY = "A state (" + ", ".join(OfferState.values) + "), or empty when none changed."


class EventForRolesSerializer(serializers.ModelSerializer):
    from_state = serializers.CharField(help_text=STATE_OR_EMPTY)
    to_state = serializers.CharField(help_text=STATE_OR_EMPTY)

    class Meta:
        model = AssignmentEvent
        fields = ["kind", "from_state", "to_state", "text", "created_at"]
        read_only_fields = fields


class WorkForRolesSerializer(serializers.Serializer):
    title = serializers.CharField(source="work_title")
    summary = serializers.CharField(source="work_summary")
    link = serializers.CharField(source="work_link", help_text="A web address, or empty.")
    delivered_at = serializers.DateTimeField()


class AssignmentForRolesSerializer(serializers.Serializer):
    """Left out of the answer, not merely null, for anyone who does not follow the offer."""

    question = serializers.CharField(
        source="question_reference",
        allow_null=True,
        help_text="Reference of the practice question it came from; null when none.",
    )
    group = serializers.SerializerMethodField(help_text="Null until a lecturer claimed it.")
    events = serializers.SerializerMethodField(help_text="The timeline, oldest first.")
    work = serializers.SerializerMethodField(help_text="Null until the work was delivered.")

    def get_attribute(self, instance):
        if instance.pk not in self.context.get("followed", ()):
            raise SkipField()
        return instance

    @extend_schema_field(GroupForRolesSerializer(allow_null=True))
    def get_group(self, offer):
        group = getattr(offer, "group", None)
        if group is None:
            return None
        return represent(self, GroupForRolesSerializer, group, many=False)

    @extend_schema_field(EventForRolesSerializer(many=True))
    def get_events(self, offer):
        return represent(self, EventForRolesSerializer, offer.events.all())

    @extend_schema_field(WorkForRolesSerializer(allow_null=True))
    def get_work(self, offer):
        group = getattr(offer, "group", None)
        if group is None or group.delivered_at is None:
            return None
        return represent(self, WorkForRolesSerializer, group, many=False)


class ProductLinkSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    title = serializers.CharField()
    url = serializers.URLField(help_text="The product in the API (see /products/).")
    page = serializers.URLField(help_text="The product's page in the library.")


class AssignmentSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="assignment-detail", lookup_field="slug")
    page = serializers.SerializerMethodField(help_text="The offer's page on the site.")
    levels = serializers.SerializerMethodField(help_text="Levels of education it suits.")
    programmes = serializers.SlugRelatedField(
        many=True,
        read_only=True,
        slug_field="slug",
        help_text="Slugs of the programmes it names; none: every programme of a suitable level.",
    )
    workshop = serializers.SlugRelatedField(
        read_only=True, slug_field="slug", help_text="Slug of the werkplaats that offers it."
    )
    municipality = serializers.SlugRelatedField(
        read_only=True, slug_field="code", allow_null=True, help_text="CBS code."
    )
    themes = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    practice_organisation = OrganisationSummarySerializer(read_only=True, allow_null=True)
    practice_supervisor = serializers.SerializerMethodField(
        help_text="Only when the supervisor consented to be listed publicly; null otherwise."
    )
    product = serializers.SerializerMethodField(
        help_text="The students' work in the library, once published; null before."
    )
    students_named = serializers.SerializerMethodField(
        help_text="Names of the students who consented to be named publicly."
    )
    for_roles = AssignmentForRolesSerializer(
        source="*",
        required=False,
        help_text=(
            "Only for who follows the offer: the coordinators of its werkplaats, network "
            "editors, its group's lecturer and students and its practice supervisor; absent "
            "for everyone else."
        ),
    )

    class Meta:
        model = AssignmentOffer
        fields = [
            "url",
            "page",
            "uuid",
            "slug",
            "title",
            "summary",
            "kind",
            "levels",
            "programmes",
            "starts_on",
            "ends_on",
            "students",
            "expected_product",
            "workshop",
            "municipality",
            "themes",
            "state",
            "practice_organisation",
            "practice_supervisor",
            "product",
            "students_named",
            "created_at",
            "for_roles",
        ]
        read_only_fields = fields

    @extend_schema_field(OpenApiTypes.URI)
    def get_page(self, offer):
        return page(self, offer)

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(Level.choices)))
    def get_levels(self, offer):
        return offer.level_values

    @extend_schema_field(PublicPersonSerializer(allow_null=True))
    def get_practice_supervisor(self, offer):
        return public_person(self, offer.practice_supervisor)

    @extend_schema_field(ProductLinkSerializer(allow_null=True))
    def get_product(self, offer):
        product = offer.product
        if product is None or not product.is_published:
            return None
        api = reverse(
            "product-detail", kwargs={"slug": product.slug}, request=self.context.get("request")
        )
        return {
            "slug": product.slug,
            "title": product.title,
            "url": api,
            "page": page(self, product),
        }

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_students_named(self, offer):
        group = getattr(offer, "group", None)
        if group is None:
            return []
        return [m.display_name for m in group.members.all() if m.named_publicly]


class AssignmentFilter(filters.FilterSet):
    level = filters.ChoiceFilter(
        field_name="levels__level",
        choices=Level.choices,
        distinct=True,
        label=_("Level of education it suits."),
    )
    programme = filters.ModelChoiceFilter(
        field_name="programmes",
        queryset=Programme.objects.all(),
        to_field_name="slug",
        method="suiting",
        label=_("Programme, by slug: offers that name it, or name none and suit its level."),
    )
    kind = filters.ChoiceFilter(choices=OfferKind.choices, label=_("Kind of assignment."))
    workshop = filters.ModelChoiceFilter(
        queryset=Workshop.objects.all(), to_field_name="slug", label=_("Werkplaats, by slug.")
    )
    theme = filters.ModelChoiceFilter(
        field_name="themes",
        queryset=Theme.objects.all(),
        to_field_name="slug",
        distinct=True,
        label=_("Theme, by slug."),
    )
    state = filters.ChoiceFilter(choices=OfferState.choices, label=_("State of the offer."))
    starts_before = filters.DateFilter(
        field_name="starts_on",
        lookup_expr="lte",
        label=_("Offers starting on or before this date (YYYY-MM-DD)."),
    )
    ends_after = filters.DateFilter(
        field_name="ends_on",
        lookup_expr="gte",
        label=_(
            "Offers ending on or after this date (YYYY-MM-DD); with starts_before, the offers "
            "that overlap a period."
        ),
    )

    class Meta:
        model = AssignmentOffer
        fields = [
            "level",
            "programme",
            "kind",
            "workshop",
            "theme",
            "state",
            "starts_before",
            "ends_after",
        ]

    def suiting(self, queryset, name, programme):
        return queryset.filter(suiting_q(programme))


@extend_schema_view(
    list=extend_schema(
        summary=_("List assignment offers"),
        description=_(
            "Offers of practice to education that are not withdrawn: kind, levels, programmes, "
            "period, number of students, expected product, werkplaats, municipality, themes, "
            "state, practice partner, the supervisor and the students by name only with their "
            "consent, and the work in the library once published. Who runs an offer and its "
            "group also get it once withdrawn; they and its practice supervisor get "
            "`for_roles`: the reference of the question it came from, the group, the timeline "
            "and the work. Never the question's text or its submitter. Filter by level, "
            "programme, kind, werkplaats, theme, state or period; unknown values give 400. "
            "`?search=` matches words in title, description and expected product."
        ),
        tags=["education"],
    ),
    retrieve=extend_schema(
        summary=_("Get one assignment offer"),
        description=_(
            "One offer, addressed by its slug: 404 when it was withdrawn and you do not follow it."
        ),
        tags=["education"],
        parameters=[BY_SLUG],
    ),
)
class AssignmentViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = AssignmentSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN
    filterset_class = AssignmentFilter
    ordering_fields = ["starts_on", "created_at"]

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "followed": getattr(self, "followed", ())}

    def get_queryset(self):
        user = self.request.user
        self.followed = offers_followed_by(user)
        members = GroupMember.objects.only("group_id", "display_name", "named_publicly")
        offers = (
            offers_visible_to(user)
            .select_related(
                "workshop",
                "municipality",
                "practice_organisation__kind",
                "practice_supervisor",
                "product",
                "group",
            )
            .prefetch_related(
                "levels",
                Prefetch("programmes", queryset=Programme.objects.only("slug")),
                Prefetch("themes", queryset=Theme.objects.only("slug")),
                Prefetch("group__members", queryset=members),
            )
            .order_by("-created_at", "pk")
        )
        if not self.followed:
            return offers
        return (
            offers.select_related("group__programme", "group__lecturer")
            .prefetch_related("events")
            .annotate(question_reference=F("question__reference"))
        )
