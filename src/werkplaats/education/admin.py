"""The education bridge in Django's admin, for network editors: programmes (registry data, kept
here), teaching cases, and offers and groups to look up. Every change of an offer or a group is a
step of its journey in the site (``services.journey``), so the admin adds none of them."""

from django.contrib import admin

from werkplaats.network.admin import EditorAdmin, EditorInline

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


class PeriodInline(EditorInline):
    model = ProgrammePeriod


@admin.register(Programme)
class ProgrammeAdmin(EditorAdmin):
    list_display = ["name", "institution", "level", "location", "is_active"]
    list_filter = ["level", "is_active"]
    search_fields = ["name", "institution__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["institution", "contact_lecturer"]
    filter_horizontal = ["lecturers", "themes"]
    inlines = [PeriodInline]


class LevelInline(EditorInline):
    model = OfferLevel


class EventInline(EditorInline):
    model = AssignmentEvent
    readonly_fields = ["kind", "from_state", "to_state", "actor", "text", "created_at"]
    can_delete = False


@admin.register(AssignmentOffer)
class AssignmentOfferAdmin(EditorAdmin):
    """To look things up; every change of state goes through the pages (``services.journey``)."""

    def has_add_permission(self, request, *args):
        return False

    list_display = ["title", "workshop", "kind", "state", "starts_on", "ends_on"]
    list_filter = ["state", "kind", "workshop"]
    search_fields = ["title"]
    readonly_fields = ["state", "state_changed_at", "created_at", "question", "product"]
    inlines = [LevelInline, EventInline]


class MemberInline(EditorInline):
    model = GroupMember


@admin.register(StudentGroup)
class StudentGroupAdmin(EditorAdmin):
    def has_add_permission(self, request, *args):
        return False

    list_display = ["offer", "programme", "lecturer", "matched_at"]
    readonly_fields = ["join_code_hash"]
    inlines = [MemberInline]


@admin.register(TeachingCase)
class TeachingCaseAdmin(EditorAdmin):
    list_display = ["title", "workshop", "is_published", "published_at"]
    list_filter = ["is_published", "workshop"]
    search_fields = ["title"]
    readonly_fields = ["source_question"]
