"""Learning communities in the admin, for network editors; coordinators and members work in the
site itself."""

from django.contrib import admin

from werkplaats.network.admin import EditorAdmin, EditorInline

from .models import Attendance, LearningCommunity, Meeting, Membership, Reflection


class MembershipInline(EditorInline):
    model = Membership
    autocomplete_fields = ["person"]


@admin.register(LearningCommunity)
class LearningCommunityAdmin(EditorAdmin):
    list_display = ["name", "workshop", "theme", "is_open"]
    list_filter = ["is_open", "workshop", "theme"]
    search_fields = ["name", "search_text"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


class AttendanceInline(EditorInline):
    model = Attendance
    autocomplete_fields = ["person"]


@admin.register(Meeting)
class MeetingAdmin(EditorAdmin):
    list_display = ["title", "community", "starts_at", "location"]
    list_filter = ["community__workshop"]
    search_fields = ["title", "community__name"]
    date_hierarchy = "starts_at"
    list_select_related = ["community"]
    inlines = [AttendanceInline]


@admin.register(Reflection)
class ReflectionAdmin(EditorAdmin):
    list_display = ["meeting", "is_published", "updated_at"]
    list_filter = ["is_published", "meeting__community__is_open"]
    list_select_related = ["meeting"]
    autocomplete_fields = ["authors"]
