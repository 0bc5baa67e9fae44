"""Monitoring pages: dashboards, the records behind a figure, evaluation reports."""

from .views import dashboards, records, reports

app_name = "monitoring"

urlpatterns = [*dashboards.urlpatterns, *records.urlpatterns, *reports.urlpatterns]
