from django.contrib import admin
from django.utils.translation import gettext_lazy as _

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
        "stored_files",
    ]
    # The files are private (no public address): shown by name, downloaded in the site.
    exclude = ["html_file", "pdf_file", "xlsx_file"]
    raw_id_fields = ["requested_by"]

    @admin.display(description=_("files"))
    def stored_files(self, report):
        return ", ".join(f.name for f in report.files().values() if f) or "—"
