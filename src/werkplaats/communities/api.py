"""Learning communities and their meetings in the REST API: ``/api/v1/communities/`` and
``/api/v1/meetings/``.

Public fields for everyone, the same rules as the public pages: members by name only for an open
community and only with their consent (all others as counts by role); a closed community's
meetings with title and time only; a reflection only when published by an open community.
"""

from collections import Counter

from django.db.models import Count, Prefetch, Q
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import filters as drf_filters
from rest_framework import serializers, viewsets
from rest_framework.fields import SkipField

from werkplaats.network.models import Theme, Workshop
from werkplaats.utils.api import UtcDateTimeFilter, represent

from .api_writing import MeetingWriting, write_schemas
from .models import LearningCommunity, Meeting, Membership
from .permissions import communities_seen_closely_by, communities_visible_to


def register(router):
    router.register("communities", CommunityViewSet, basename="community")
    router.register("meetings", MeetingViewSet, basename="meeting")


class CommunityMemberSerializer(serializers.Serializer):
    person = serializers.SlugField(source="person.slug", help_text="Slug of the person.")
    name = serializers.CharField(source="person.full_name")
    role = serializers.SlugField(source="role.slug", help_text="Slug of the role (see /roles/).")
    is_facilitator = serializers.BooleanField()


class CommunityRoleCountSerializer(serializers.Serializer):
    role = serializers.SlugField(help_text="Slug of the role.")
    count = serializers.IntegerField()


class RolesOnly:
    """A nested field that is left out of the answer, not merely null, for anyone who may not see
    more of this community: anonymous answers keep exactly their public fields."""

    def get_attribute(self, instance):
        community_id = getattr(instance, "community_id", instance.pk)
        if community_id not in self.context.get("seen_closely", ()):
            raise SkipField()
        return instance


class MemberForRolesSerializer(serializers.Serializer):
    person = serializers.SlugField(source="person.slug", help_text="Slug of the person.")
    name = serializers.CharField(source="person.full_name")
    role = serializers.SlugField(source="role.slug", help_text="Slug of the role (see /roles/).")
    is_facilitator = serializers.BooleanField()
    is_public = serializers.BooleanField(
        source="person.is_public", help_text="Whether the person consented to be public."
    )


class ReflectionForRolesSerializer(serializers.Serializer):
    meeting = serializers.UUIDField(source="meeting.uuid", help_text="UUID of the meeting.")
    what_we_saw = serializers.CharField()
    what_we_learned = serializers.CharField()
    what_we_will_try = serializers.CharField()
    open_questions = serializers.CharField()
    is_published = serializers.BooleanField()
    updated_at = serializers.DateTimeField()


class CommunityForRolesSerializer(RolesOnly, serializers.Serializer):
    members = serializers.SerializerMethodField(
        help_text="Every member by name with role, whether or not they consented to be public."
    )
    unpublished_reflections = serializers.SerializerMethodField(
        help_text="Reflections the community has not published (yet), newest meeting first."
    )

    @extend_schema_field(MemberForRolesSerializer(many=True))
    def get_members(self, community):
        return represent(self, MemberForRolesSerializer, community.memberships.all())

    @extend_schema_field(ReflectionForRolesSerializer(many=True))
    def get_unpublished_reflections(self, community):
        meetings = getattr(community, "unpublished_meetings", [])
        return represent(self, ReflectionForRolesSerializer, [m.reflection for m in meetings])


class CommunitySerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="community-detail", lookup_field="slug")
    workshop = serializers.SlugRelatedField(
        read_only=True, slug_field="slug", help_text="Slug of the werkplaats."
    )
    theme = serializers.SlugRelatedField(
        read_only=True, slug_field="slug", allow_null=True, help_text="Slug of the theme."
    )
    members = serializers.SerializerMethodField(
        help_text="Members who consented to be public, of an open community; empty otherwise."
    )
    member_counts = serializers.SerializerMethodField(
        help_text="Every member, counted by role (named members included)."
    )
    for_roles = CommunityForRolesSerializer(
        source="*",
        required=False,
        help_text=(
            "Only for the community's members, the coordinators of its werkplaats and network "
            "editors; absent for everyone else."
        ),
    )

    class Meta:
        model = LearningCommunity
        fields = [
            "url",
            "uuid",
            "slug",
            "name",
            "workshop",
            "theme",
            "purpose",
            "is_open",
            "members",
            "member_counts",
            "for_roles",
        ]
        read_only_fields = fields

    @extend_schema_field(CommunityMemberSerializer(many=True))
    def get_members(self, community):
        if not community.is_open:
            return []
        public = [m for m in community.memberships.all() if m.person.is_public]
        return represent(self, CommunityMemberSerializer, public)

    @extend_schema_field(CommunityRoleCountSerializer(many=True))
    def get_member_counts(self, community):
        counts = Counter(m.role.slug for m in community.memberships.all())
        return [{"role": role, "count": n} for role, n in sorted(counts.items())]


class PublicReflectionSerializer(serializers.Serializer):
    what_we_saw = serializers.CharField()
    what_we_learned = serializers.CharField()
    what_we_will_try = serializers.CharField()
    open_questions = serializers.CharField()
    published_at = serializers.DateTimeField()


class AttendanceCountSerializer(serializers.Serializer):
    present = serializers.IntegerField()
    absent = serializers.IntegerField()


class MeetingForRolesSerializer(RolesOnly, serializers.Serializer):
    attendance = serializers.SerializerMethodField(help_text="Members present and absent.")
    reflection = serializers.SerializerMethodField(
        help_text="The reflection, published or not; null when none was written."
    )

    @extend_schema_field(AttendanceCountSerializer)
    def get_attendance(self, meeting):
        return {
            "present": getattr(meeting, "present_count", 0),
            "absent": getattr(meeting, "absent_count", 0),
        }

    @extend_schema_field(ReflectionForRolesSerializer(allow_null=True))
    def get_reflection(self, meeting):
        reflection = getattr(meeting, "reflection", None)
        if reflection is None:
            return None
        return represent(self, ReflectionForRolesSerializer, reflection, many=False)


CLOSED_HELP = "Null for a closed community, except for those who see more (see for_roles)."


class MeetingSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="meeting-detail", lookup_field="uuid")
    community = serializers.SlugRelatedField(
        read_only=True, slug_field="slug", help_text="Slug of the learning community."
    )
    agenda = serializers.SerializerMethodField(help_text=CLOSED_HELP)
    location = serializers.SerializerMethodField(help_text=CLOSED_HELP)
    online_url = serializers.SerializerMethodField(help_text=CLOSED_HELP)
    reflection = serializers.SerializerMethodField(
        help_text="The reflection, once an open community published it; null otherwise."
    )
    for_roles = MeetingForRolesSerializer(
        source="*",
        required=False,
        help_text=(
            "Only for the community's members, the coordinators of its werkplaats and network "
            "editors; absent for everyone else."
        ),
    )

    class Meta:
        model = Meeting
        fields = [
            "url",
            "uuid",
            "community",
            "title",
            "starts_at",
            "ends_at",
            "agenda",
            "location",
            "online_url",
            "reflection",
            "for_roles",
        ]
        read_only_fields = fields

    def _open(self, meeting, value):
        seen_closely = meeting.community_id in self.context.get("seen_closely", ())
        return value if meeting.community.is_open or seen_closely else None

    # Null for a closed community's meeting unless you may see it closely (found by Schemathesis).
    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_agenda(self, meeting):
        return self._open(meeting, meeting.agenda)

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_location(self, meeting):
        return self._open(meeting, meeting.location)

    @extend_schema_field(
        serializers.CharField(allow_null=True, help_text="A web address, or empty when none.")
    )
    def get_online_url(self, meeting):
        return self._open(meeting, meeting.online_url)

    @extend_schema_field(PublicReflectionSerializer(allow_null=True))
    def get_reflection(self, meeting):
        reflection = getattr(meeting, "reflection", None)
        if reflection is None or not (reflection.is_published and meeting.community.is_open):
            return None
        return represent(self, PublicReflectionSerializer, reflection, many=False)


class CommunityFilter(filters.FilterSet):
    workshop = filters.ModelChoiceFilter(
        queryset=Workshop.objects.all(), to_field_name="slug", label=_("Werkplaats, by slug.")
    )
    theme = filters.ModelChoiceFilter(
        queryset=Theme.objects.all(), to_field_name="slug", label=_("Theme, by slug.")
    )
    is_open = filters.BooleanFilter(label=_("Open (true) or closed (false) communities."))

    class Meta:
        model = LearningCommunity
        fields = ["workshop", "theme", "is_open"]


class MeetingFilter(filters.FilterSet):
    community = filters.ModelChoiceFilter(
        queryset=LearningCommunity.objects.all(),
        to_field_name="slug",
        label=_("Learning community, by slug."),
    )
    workshop = filters.ModelChoiceFilter(
        field_name="community__workshop",
        queryset=Workshop.objects.all(),
        to_field_name="slug",
        label=_("Werkplaats, by slug."),
    )
    starts_after = UtcDateTimeFilter(
        field_name="starts_at", lookup_expr="gte", label=_("Meetings starting at or after.")
    )
    starts_before = UtcDateTimeFilter(
        field_name="starts_at", lookup_expr="lt", label=_("Meetings starting before.")
    )

    class Meta:
        model = Meeting
        fields = ["community", "workshop", "starts_after", "starts_before"]


@extend_schema_view(
    list=extend_schema(
        summary=_("List learning communities"),
        description=_(
            "Every learning community, open and closed, with its purpose. Members appear by "
            "name only for an open community and only with their consent; all members are "
            "counted by role. The community's members, its werkplaats's coordinators and network "
            "editors also get `for_roles`: every member by name with role, and the reflections "
            "not published. Filter by werkplaats, theme or openness."
        ),
        tags=["communities"],
    ),
    retrieve=extend_schema(
        summary=_("Get one learning community"),
        description=_("One learning community, addressed by its slug."),
        tags=["communities"],
        parameters=[
            OpenApiParameter(
                "slug", OpenApiTypes.STR, OpenApiParameter.PATH, description=_("Its slug.")
            )
        ],
    ),
)
class CommunityViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = CommunitySerializer
    lookup_field = "slug"
    filterset_class = CommunityFilter
    ordering_fields = ["name"]

    def get_serializer_context(self):
        return {
            **super().get_serializer_context(),
            "seen_closely": getattr(self, "seen_closely", ()),
        }

    def get_queryset(self):
        self.seen_closely = communities_seen_closely_by(self.request.user)
        memberships = Membership.objects.select_related("person", "role").order_by(
            "person__family_name", "person__given_name"
        )
        communities = (
            communities_visible_to(self.request.user)
            .select_related("workshop", "theme")
            .prefetch_related(Prefetch("memberships", queryset=memberships))
            .order_by("name")
        )
        if not self.seen_closely:
            return communities
        unpublished = (
            Meeting.objects.filter(reflection__isnull=False, reflection__is_published=False)
            .select_related("reflection")
            .order_by("-starts_at")
        )
        return communities.prefetch_related(
            Prefetch("meetings", queryset=unpublished, to_attr="unpublished_meetings")
        )


@extend_schema_view(
    list=extend_schema(
        summary=_("List meetings of learning communities"),
        description=_(
            "Meetings in time order, with agenda and place for open communities; a closed "
            "community's meetings with title and time only. A reflection appears once an open "
            "community published it. Never members or attendance, except in `for_roles`: the "
            "community's members, its werkplaats's coordinators and network editors also get "
            "the agenda and place, attendance counts and the reflection before it is published. "
            "Filter by community, werkplaats or period."
        ),
        tags=["communities"],
    ),
    retrieve=extend_schema(
        summary=_("Get one meeting"),
        description=_("One meeting, addressed by its UUID."),
        tags=["communities"],
        parameters=[
            OpenApiParameter(
                "uuid", OpenApiTypes.UUID, OpenApiParameter.PATH, description=_("Its UUID.")
            )
        ],
    ),
    **write_schemas(MeetingSerializer),
)
class MeetingViewSet(MeetingWriting, viewsets.ReadOnlyModelViewSet):
    serializer_class = MeetingSerializer
    lookup_field = "uuid"
    lookup_value_regex = "[0-9a-fA-F-]{32,36}"
    filterset_class = MeetingFilter
    # Meetings are found by community, werkplaats and period; there is no free-text search.
    filter_backends = [filters.DjangoFilterBackend, drf_filters.OrderingFilter]
    ordering_fields = ["starts_at"]

    def get_serializer_context(self):
        return {
            **super().get_serializer_context(),
            "seen_closely": getattr(self, "seen_closely", ()),
        }

    def get_queryset(self):
        self.seen_closely = communities_seen_closely_by(self.request.user)
        meetings = (
            Meeting.objects.filter(community__in=communities_visible_to(self.request.user))
            .select_related("community", "reflection")
            .order_by("starts_at", "pk")
        )
        if not self.seen_closely:
            return meetings
        return meetings.annotate(
            present_count=Count("attendances", filter=Q(attendances__present=True)),
            absent_count=Count("attendances", filter=Q(attendances__present=False)),
        )
