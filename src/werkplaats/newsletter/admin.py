"""Issues in the admin, read-only for what was sent. Subscribers are deliberately not listed:
their addresses are private even from the people who run the site (they manage their own
subscription through their signed links)."""

from django.contrib import admin

from .models import Issue


@admin.register(Issue)
class IssueAdmin(admin.ModelAdmin):
    list_display = ["subject", "state", "sending_started_at", "sent_at"]
    list_filter = ["state"]
    readonly_fields = ["state", "sending_started_at", "sent_at", "created_by"]
    search_fields = ["subject"]
