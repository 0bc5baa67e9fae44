from django.contrib import admin

from .models import (
    AssignmentEvent,
    AssignmentOffer,
    GroupMember,
    OfferLevel,
    Programme,
    ProgrammePeriod,
    StudentGroup,
    TeachingCase,
)


class PeriodInline(admin.TabularInline):
    model = ProgrammePeriod
    extra = 0


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["name", "institution", "level", "location", "is_active"]
    list_filter = ["level", "is_active"]
    search_fields = ["name", "institution__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["institution", "contact_lecturer"]
    filter_horizontal = ["lecturers", "themes"]
    inlines = [PeriodInline]


class LevelInline(admin.TabularInline):
    model = OfferLevel
    extra = 0


class EventInline(admin.TabularInline):
    model = AssignmentEvent
    extra = 0
    readonly_fields = ["kind", "from_state", "to_state", "actor", "text", "created_at"]
    can_delete = False


@admin.register(AssignmentOffer)
class AssignmentOfferAdmin(admin.ModelAdmin):
    """To look things up; every change of state goes through the pages (``services.journey``)."""

    list_display = ["title", "workshop", "kind", "state", "starts_on", "ends_on"]
    list_filter = ["state", "kind", "workshop"]
    search_fields = ["title"]
    readonly_fields = ["state", "state_changed_at", "created_at", "question", "product"]
    inlines = [LevelInline, EventInline]


class MemberInline(admin.TabularInline):
    model = GroupMember
    extra = 0


@admin.register(StudentGroup)
class StudentGroupAdmin(admin.ModelAdmin):
    list_display = ["offer", "programme", "lecturer", "matched_at"]
    readonly_fields = ["join_code_hash"]
    inlines = [MemberInline]


@admin.register(TeachingCase)
class TeachingCaseAdmin(admin.ModelAdmin):
    list_display = ["title", "workshop", "is_published", "published_at"]
    list_filter = ["is_published", "workshop"]
    search_fields = ["title"]
    readonly_fields = ["source_question"]
