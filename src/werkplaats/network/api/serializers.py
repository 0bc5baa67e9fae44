"""Serializers of the network API.

Objects are named by slug (municipalities by CBS code) and carry their UUID; no database id and
no e-mail address appears in any of them. Related objects are slugs, with small summaries where a
client would otherwise need a second request.
"""

from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from werkplaats.utils.api import represent

from ..constants import PartnershipRole, Province
from ..models import (
    Affiliation,
    Municipality,
    Organisation,
    Partnership,
    Person,
    ResearchGroup,
    Workshop,
)


def _slugs(**kwargs):
    return serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug", **kwargs)


class ProvinceSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="CBS code of the province, e.g. PV21.")
    name = serializers.CharField()

    @staticmethod
    def of(code: str) -> dict:
        return {"code": code, "name": str(Province(code).label)}


class VocabularyTermSerializer(serializers.Serializer):
    """A term of an editable vocabulary (theme, competence, organisation kind, role)."""

    url = serializers.SerializerMethodField()
    slug = serializers.SlugField(read_only=True)
    name = serializers.CharField(read_only=True, help_text="Name in Dutch.")
    name_en = serializers.CharField(read_only=True, help_text="Name in English (may be empty).")
    description = serializers.CharField(read_only=True)
    position = serializers.IntegerField(read_only=True)
    is_active = serializers.BooleanField(read_only=True, help_text="False for retired terms.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, term) -> str:
        # One serializer serves four vocabularies: the viewset's basename names the route.
        view_name = f"{self.context['view'].basename}-detail"
        return reverse(view_name, kwargs={"slug": term.slug}, request=self.context["request"])


class WorkshopSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Workshop
        fields = ["slug", "name"]


class OrganisationSummarySerializer(serializers.ModelSerializer):
    kind = serializers.SlugRelatedField(read_only=True, slug_field="slug")

    class Meta:
        model = Organisation
        fields = ["slug", "name", "kind"]


class ResearchGroupSummarySerializer(serializers.ModelSerializer):
    organisation = serializers.SlugRelatedField(read_only=True, slug_field="slug")

    class Meta:
        model = ResearchGroup
        fields = ["uuid", "slug", "name", "organisation", "website"]


class WorkshopPartnerSerializer(serializers.ModelSerializer):
    """A partnership seen from the werkplaats: which organisation, in what role, when."""

    organisation = OrganisationSummarySerializer(read_only=True)

    class Meta:
        model = Partnership
        fields = ["organisation", "role", "start_date", "end_date"]


class OrganisationPartnershipSerializer(serializers.ModelSerializer):
    """A partnership seen from the organisation."""

    workshop = serializers.SlugRelatedField(read_only=True, slug_field="slug")

    class Meta:
        model = Partnership
        fields = ["workshop", "role", "start_date", "end_date"]


def _is_current(partnership: Partnership, today) -> bool:
    return (partnership.start_date is None or partnership.start_date <= today) and (
        partnership.end_date is None or partnership.end_date >= today
    )


class WorkshopSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="workshop-detail", lookup_field="slug")
    themes = _slugs(help_text="Slugs of the themes (see /themes/).")
    provinces = serializers.SerializerMethodField()
    municipalities = serializers.SlugRelatedField(
        many=True,
        read_only=True,
        slug_field="code",
        help_text="CBS codes of the municipalities in the region.",
    )
    municipality_count = serializers.SerializerMethodField()
    lead_organisations = serializers.SerializerMethodField()
    research_groups = ResearchGroupSummarySerializer(many=True, read_only=True)
    partners = WorkshopPartnerSerializer(source="partnerships", many=True, read_only=True)

    class Meta:
        model = Workshop
        fields = [
            "url",
            "uuid",
            "slug",
            "name",
            "description",
            "description_en",
            "website",
            "agenda",
            "themes",
            "provinces",
            "municipality_count",
            "municipalities",
            "lead_organisations",
            "research_groups",
            "partners",
        ]

    @extend_schema_field(ProvinceSerializer(many=True))
    def get_provinces(self, workshop) -> list[dict]:
        codes = sorted({m.province for m in workshop.municipalities.all()})
        return [ProvinceSerializer.of(code) for code in codes]

    def get_municipality_count(self, workshop) -> int:
        return len(workshop.municipalities.all())

    @extend_schema_field(OrganisationSummarySerializer(many=True))
    def get_lead_organisations(self, workshop) -> list[dict]:
        """The current trekkers: organisations in a lead partnership that runs today."""
        today = timezone.localdate()
        leads = {}
        for partnership in workshop.partnerships.all():
            if partnership.role == PartnershipRole.LEAD and _is_current(partnership, today):
                leads.setdefault(partnership.organisation.slug, partnership.organisation)
        return represent(self, OrganisationSummarySerializer, leads.values())


class OrganisationSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="organisation-detail", lookup_field="slug")
    kind = serializers.SlugRelatedField(
        read_only=True, slug_field="slug", help_text="Slug of the kind (see /organisation-kinds/)."
    )
    location = serializers.SlugRelatedField(
        read_only=True,
        allow_null=True,
        slug_field="code",
        help_text="CBS code of the municipality it is based in; null when unknown.",
    )
    themes = _slugs()
    competences = _slugs()
    workshops = serializers.SerializerMethodField()
    partnerships = OrganisationPartnershipSerializer(many=True, read_only=True)
    research_groups = ResearchGroupSummarySerializer(many=True, read_only=True)

    class Meta:
        model = Organisation
        fields = [
            "url",
            "uuid",
            "slug",
            "name",
            "kind",
            "description",
            "website",
            "location",
            "kvk_number",
            "ror_id",
            "municipality_code",
            "themes",
            "competences",
            "workshops",
            "partnerships",
            "research_groups",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.SlugField()))
    def get_workshops(self, organisation) -> list[str]:
        """Slugs of the werkplaatsen it is a partner of, in any role or period."""
        return sorted({p.workshop.slug for p in organisation.partnerships.all()})


class MunicipalitySerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="municipality-detail", lookup_field="code")
    province = serializers.CharField(help_text="CBS code of the province, e.g. PV21.")
    province_name = serializers.CharField(source="get_province_display")
    workshops = WorkshopSummarySerializer(many=True, read_only=True)

    class Meta:
        model = Municipality
        fields = [
            "url",
            "code",
            "slug",
            "name",
            "province",
            "province_name",
            "corop",
            "labour_market_region",
            "workshops",
        ]


class AffiliationSerializer(serializers.ModelSerializer):
    organisation = serializers.SlugRelatedField(read_only=True, slug_field="slug")
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)

    class Meta:
        model = Affiliation
        fields = ["organisation", "organisation_name", "function", "start_date", "end_date"]


class PersonSerializer(serializers.ModelSerializer):
    """A person who may be listed. The e-mail address is deliberately not a field."""

    url = serializers.HyperlinkedIdentityField(view_name="person-detail", lookup_field="slug")
    full_name = serializers.CharField(read_only=True)
    roles = _slugs()
    competences = _slugs()
    themes = _slugs()
    workshops = _slugs()
    affiliations = AffiliationSerializer(many=True, read_only=True)

    class Meta:
        model = Person
        fields = [
            "url",
            "uuid",
            "slug",
            "given_name",
            "family_name_prefix",
            "family_name",
            "full_name",
            "orcid",
            "bio",
            "roles",
            "competences",
            "themes",
            "workshops",
            "affiliations",
        ]
