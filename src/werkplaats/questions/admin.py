"""Practice questions in Django's admin, for network editors: read-mostly.

Every change to a question is a triage step with its event on the timeline, so the admin changes
nothing; coordinators triage in the site (``questions:inbox``). Network editors may look anything up
and delete a question (spam), which removes its timeline with it.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from werkplaats.network.admin import NetworkEditorAccess

from .models import PracticeQuestion, QuestionEvent


class ReadOnly(NetworkEditorAccess):
    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class QuestionEventInline(ReadOnly, admin.TabularInline):
    model = QuestionEvent
    extra = 0
    fields = ["created_at", "kind", "from_state", "to_state", "actor", "by_submitter", "text"]
    readonly_fields = fields
    ordering = ["created_at", "pk"]

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")


@admin.register(PracticeQuestion)
class PracticeQuestionAdmin(ReadOnly, admin.ModelAdmin):
    list_display = [
        "reference",
        "title",
        "workshop",
        "state",
        "question_type",
        "is_published",
        "submitted_at",
    ]
    list_filter = ["state", "question_type", "is_published", "workshop"]
    list_select_related = ["workshop"]
    search_fields = ["reference", "title", "public_title"]
    date_hierarchy = "submitted_at"
    ordering = ["-submitted_at"]
    inlines = [QuestionEventInline]
    fieldsets = [
        (None, {"fields": ["reference", "uuid", "workshop", "state", "submitted_at", "closed_at"]}),
        (
            _("What the submitter wrote (private)"),
            {
                "fields": [
                    "title",
                    "question",
                    "context",
                    "municipality",
                    "organisation_name",
                    "organisation",
                    "submitter_role",
                    "actors",
                    "hoped_result",
                    "time_frame",
                    "submitter_name",
                    "submitter_email",
                    "personal_data_erased_at",
                ]
            },
        ),
        (
            _("Classification"),
            {"fields": ["question_type", "themes", "classification_confirmed", "suggestion"]},
        ),
        (
            _("Question board"),
            {"fields": ["is_published", "public_title", "public_summary", "published_at"]},
        ),
    ]

    def get_readonly_fields(self, request, obj=None):
        return [name for _title, options in self.fieldsets for name in options["fields"]]
