"""Projects in the REST API under ``/api/v1/projects/``.

Anyone reads published projects with their public record; coordinators also read the drafts of
the werkplaatsen they coordinate (network editors: all). Participants are counts by role for
everyone; only people who consented to be public are named. No e-mail address, ever.
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
from rest_framework.fields import SkipField

from werkplaats.network.constants import Province
from werkplaats.network.models import Theme, Workshop
from werkplaats.questions.constants import QuestionType
from werkplaats.utils.api import represent

from . import queries
from .api_writing import ProjectWriting, write_schemas
from .constants import OutcomeKind, ProjectStatus
from .models import LearningForm, Project
from .permissions import sees_participants_of, workshops_seeing_participants

SLUG_PATTERN = "[-a-zA-Z0-9_]+"


def register(router):
    """Adds the projects endpoint to the API router."""
    router.register("projects", ProjectViewSet, basename="project")


class NamedSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()


class RoleCountSerializer(serializers.Serializer):
    role = serializers.SlugField(help_text="Slug of the participant role.")
    count = serializers.IntegerField()


class NamedParticipantSerializer(serializers.Serializer):
    person = serializers.SlugField(help_text="Slug of the person (see /people/).")
    name = serializers.CharField()
    role = serializers.SlugField()
    organisation = serializers.SlugField(allow_null=True)


class ParticipantsSerializer(serializers.Serializer):
    total = serializers.IntegerField()
    counts_by_role = RoleCountSerializer(many=True)
    named = NamedParticipantSerializer(
        many=True, help_text="Only people who consented to be listed publicly."
    )


class PartnerSerializer(serializers.Serializer):
    organisation = NamedSerializer()
    role = serializers.CharField()


class FundingSerializer(serializers.Serializer):
    kind = serializers.SlugField()
    funder = NamedSerializer(allow_null=True)
    funder_name = serializers.CharField()
    scheme = serializers.CharField()
    amount = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True)
    start_date = serializers.DateField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)


class EducationSerializer(serializers.Serializer):
    institution = NamedSerializer()
    programme = serializers.CharField()
    form = serializers.CharField()
    students = serializers.IntegerField()
    academic_year = serializers.CharField()


class LevelSerializer(serializers.Serializer):
    level = serializers.CharField()
    substantiation = serializers.CharField()


class OutcomeSerializer(serializers.Serializer):
    text = serializers.CharField()
    source = serializers.CharField()


class ParticipantForRolesSerializer(serializers.Serializer):
    person = serializers.SlugField(source="person.slug", help_text="Slug of the person.")
    name = serializers.CharField(source="person.full_name")
    role = serializers.SlugField(source="role.slug")
    organisation = serializers.SlugField(source="organisation.slug", allow_null=True)
    is_public = serializers.BooleanField(
        source="person.is_public", help_text="Whether the person consented to be public."
    )


class ProjectForRolesSerializer(serializers.Serializer):
    """Left out of the answer, not merely null, for anyone but the coordinators of the project's
    werkplaatsen and network editors."""

    participants = serializers.SerializerMethodField(
        help_text="Every participant known by name, with or without consent to be public."
    )

    def get_attribute(self, instance):
        if not sees_participants_of(self.context.get("participant_workshops", ()), instance):
            raise SkipField()
        return instance

    @extend_schema_field(ParticipantForRolesSerializer(many=True))
    def get_participants(self, project):
        rows = sorted(
            (p for p in project.participants.all() if p.person_id),
            key=lambda p: (p.role.position, p.person.family_name, p.person.given_name),
        )
        return represent(self, ParticipantForRolesSerializer, rows)


def _named(obj) -> dict | None:
    return {"slug": obj.slug, "name": obj.name} if obj is not None else None


class ProjectSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="project-detail", lookup_field="slug")
    lead_workshop = serializers.SlugRelatedField(
        read_only=True, slug_field="slug", help_text="Slug of the werkplaats that leads it."
    )
    workshops = serializers.SlugRelatedField(
        many=True,
        read_only=True,
        slug_field="slug",
        help_text="Slugs of the other werkplaatsen taking part (a joint project when any).",
    )
    is_joint = serializers.SerializerMethodField()
    question_types = serializers.ListField(
        child=serializers.CharField(),
        help_text="Question types: " + ", ".join(QuestionType.values) + ".",
    )
    themes = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    learning_forms = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    beneficiary_groups = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    questions = serializers.SerializerMethodField(
        help_text="UUIDs of the practice questions it takes up that are on the question board."
    )
    other_question_count = serializers.SerializerMethodField(
        help_text="How many questions it takes up that are not public."
    )
    participants = serializers.SerializerMethodField()
    partners = serializers.SerializerMethodField()
    funding_sources = serializers.SerializerMethodField()
    education_links = serializers.SerializerMethodField()
    learning_levels = serializers.SerializerMethodField()
    learning_outcomes = serializers.SerializerMethodField()
    results = serializers.SerializerMethodField()
    for_roles = ProjectForRolesSerializer(
        source="*",
        required=False,
        help_text=(
            "Only for the coordinators of the project's werkplaatsen and network editors; "
            "absent for everyone else."
        ),
    )

    class Meta:
        model = Project
        fields = [
            "url",
            "uuid",
            "slug",
            "title",
            "background",
            "goal",
            "approach",
            "result",
            "status",
            "start_date",
            "end_date",
            "lead_workshop",
            "workshops",
            "is_joint",
            "question_types",
            "themes",
            "learning_forms",
            "beneficiary_groups",
            "questions",
            "other_question_count",
            "participants",
            "partners",
            "funding_sources",
            "education_links",
            "learning_levels",
            "learning_outcomes",
            "results",
            "is_published",
            "published_at",
            "for_roles",
        ]
        read_only_fields = fields

    def get_is_joint(self, project) -> bool:
        return bool(project.workshops.all())

    @extend_schema_field(serializers.ListField(child=serializers.UUIDField()))
    def get_questions(self, project):
        return [str(q.uuid) for q in project.questions.all() if q.is_published]

    def get_other_question_count(self, project) -> int:
        return sum(1 for q in project.questions.all() if not q.is_published)

    @extend_schema_field(ParticipantsSerializer)
    def get_participants(self, project):
        rows = list(project.participants.all())
        counts: dict = {}
        for row in rows:
            counts.setdefault(row.role, 0)
            counts[row.role] += 1
        summary = queries.summarise_participants(rows)
        return {
            "total": len(rows),
            "counts_by_role": [
                {"role": role.slug, "count": count}
                for role, count in sorted(counts.items(), key=lambda item: item[0].position)
            ],
            "named": [
                {
                    "person": p.person.slug,
                    "name": p.person.full_name,
                    "role": p.role.slug,
                    "organisation": p.organisation.slug if p.organisation_id else None,
                }
                for p in summary.named
            ],
        }

    @extend_schema_field(PartnerSerializer(many=True))
    def get_partners(self, project):
        return [
            {"organisation": _named(p.organisation), "role": p.role} for p in project.partners.all()
        ]

    @extend_schema_field(FundingSerializer(many=True))
    def get_funding_sources(self, project):
        return [
            {
                "kind": f.kind.slug,
                "funder": _named(f.funder),
                "funder_name": f.funder_label,
                "scheme": f.scheme,
                "amount": None if f.amount is None else f"{f.amount:.2f}",
                "start_date": f.start_date,
                "end_date": f.end_date,
            }
            for f in project.funding_sources.all()
        ]

    @extend_schema_field(EducationSerializer(many=True))
    def get_education_links(self, project):
        return [
            {
                "institution": _named(e.institution),
                "programme": e.programme,
                "form": e.form,
                "students": e.students,
                "academic_year": e.academic_year,
            }
            for e in project.education_links.all()
        ]

    @extend_schema_field(LevelSerializer(many=True))
    def get_learning_levels(self, project):
        return [
            {"level": c.level, "substantiation": c.substantiation}
            for c in project.learning_levels.all()
        ]

    def _outcomes(self, project, kind):
        return [
            {"text": o.text, "source": o.source} for o in project.outcomes.all() if o.kind == kind
        ]

    @extend_schema_field(OutcomeSerializer(many=True))
    def get_learning_outcomes(self, project):
        return self._outcomes(project, OutcomeKind.LEARNING)

    @extend_schema_field(OutcomeSerializer(many=True))
    def get_results(self, project):
        return self._outcomes(project, OutcomeKind.RESULT)


class ProjectFilter(filters.FilterSet):
    workshop = filters.ModelChoiceFilter(
        field_name="lead_workshop",
        queryset=Workshop.objects.all(),
        to_field_name="slug",
        method="narrow",
        label=_("Werkplaats that leads or takes part, by slug."),
    )
    province = filters.ChoiceFilter(
        choices=Province.choices,
        method="narrow",
        label=_("Province a werkplaats of the project works in, by CBS code (PV20 … PV31)."),
    )
    theme = filters.ModelChoiceFilter(
        field_name="themes",
        queryset=Theme.objects.all(),
        to_field_name="slug",
        method="narrow",
        label=_("Theme, by slug."),
    )
    learning_form = filters.ModelChoiceFilter(
        field_name="learning_forms",
        queryset=LearningForm.objects.all(),
        to_field_name="slug",
        method="narrow",
        label=_("Learning form, by slug."),
    )
    question_type = filters.ChoiceFilter(
        choices=QuestionType.choices, method="narrow", label=_("One of the four question types.")
    )
    status = filters.ChoiceFilter(choices=ProjectStatus.choices, label=_("Status."))
    year = filters.NumberFilter(
        method="narrow", label=_("Projects running in this year, e.g. 2025.")
    )

    #: Filter field name -> the name ``queries.filter_projects`` knows it by.
    NAMES = {
        "lead_workshop": "werkplaats",
        "themes": "theme",
        "learning_forms": "learning_form",
        "question_type": "type",
    }

    class Meta:
        model = Project
        fields = [
            "workshop",
            "province",
            "theme",
            "learning_form",
            "question_type",
            "status",
            "year",
        ]

    def narrow(self, queryset, name, value):
        if value in (None, ""):
            return queryset
        return queries.filter_projects(queryset, {self.NAMES.get(name, name): value})


@extend_schema_view(
    list=extend_schema(
        summary=_("List projects"),
        description=_(
            "Published projects with their plain-language summary, werkplaatsen, questions, "
            "participants (counts by role; names only of people who consented), partners, "
            "funding, education links, learning levels, learning outcomes and results. "
            "Coordinators also get their werkplaatsen's drafts, and with network editors "
            "`for_roles`: every participant by name. Filter by werkplaats, province, "
            "theme, learning form, question type, status or year; unknown values give 400. "
            "`?search=` matches words in title and summary."
        ),
        tags=["projects"],
    ),
    retrieve=extend_schema(
        summary=_("Get one project"),
        description=_(
            "One project, addressed by its slug: 404 when it is a draft you may not see."
        ),
        tags=["projects"],
        parameters=[
            OpenApiParameter(
                "slug", str, OpenApiParameter.PATH, description=_("The project's slug.")
            )
        ],
    ),
    **write_schemas(ProjectSerializer),
)
class ProjectViewSet(ProjectWriting, viewsets.ReadOnlyModelViewSet):
    serializer_class = ProjectSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN
    filterset_class = ProjectFilter
    ordering_fields = ["start_date", "title"]
    queryset = Project.objects.none()

    def get_serializer_context(self):
        workshops = workshops_seeing_participants(self.request.user)
        return {**super().get_serializer_context(), "participant_workshops": workshops}

    def get_queryset(self):
        return queries.detail_queryset(self.request.user).order_by("-start_date", "title", "pk")
