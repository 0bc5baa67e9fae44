"""Projects in Django's admin, for network editors. Coordinators edit in the site itself."""

from django.contrib import admin

from werkplaats.network.admin import EditorAdmin, EditorInline

from .models import (
    BeneficiaryGroup,
    EducationLink,
    FundingKind,
    FundingSource,
    LearningForm,
    LearningLevelClaim,
    Outcome,
    Participant,
    Project,
    ProjectPartner,
)


@admin.register(LearningForm, BeneficiaryGroup, FundingKind)
class ProjectVocabularyAdmin(EditorAdmin):
    list_display = ["name", "name_en", "slug", "position", "is_active"]
    list_editable = ["position", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class ParticipantInline(EditorInline):
    model = Participant
    autocomplete_fields = ["person", "organisation"]


class PartnerInline(EditorInline):
    model = ProjectPartner
    autocomplete_fields = ["organisation"]


class FundingInline(EditorInline):
    model = FundingSource
    autocomplete_fields = ["funder"]


class EducationInline(EditorInline):
    model = EducationLink
    autocomplete_fields = ["institution"]


class LevelInline(EditorInline):
    model = LearningLevelClaim


class OutcomeInline(EditorInline):
    model = Outcome


@admin.register(Project)
class ProjectAdmin(EditorAdmin):
    list_display = ["title", "lead_workshop", "status", "start_date", "end_date", "is_published"]
    list_filter = ["status", "is_published", "lead_workshop", "learning_forms"]
    search_fields = ["title", "search_text"]
    prepopulated_fields = {"slug": ["title"]}
    list_select_related = ["lead_workshop"]
    filter_horizontal = ["workshops", "themes", "learning_forms", "beneficiary_groups"]
    raw_id_fields = ["questions"]
    inlines = [
        ParticipantInline,
        PartnerInline,
        FundingInline,
        EducationInline,
        LevelInline,
        OutcomeInline,
    ]
