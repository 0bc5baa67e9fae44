from django.contrib import admin

from .models import EvaluationReport


@admin.register(EvaluationReport)
class EvaluationReportAdmin(admin.ModelAdmin):
    list_display = ["__str__", "audience", "status", "progress", "requested_by", "created_at"]
    list_filter = ["status", "audience", "workshop"]
    list_select_related = ["workshop", "requested_by"]
    readonly_fields = [
        "uuid",
        "status",
        "progress",
        "step",
        "error",
        "attempts",
        "created_at",
        "started_at",
        "finished_at",
        "html_file",
        "pdf_file",
        "xlsx_file",
    ]
    raw_id_fields = ["requested_by"]
