"""Monitoring pages: dashboards, the records behind a figure, evaluation reports."""

from .views import dashboards, records, reports

app_name = "monitoring"

# The werkplaats dashboard (/monitoring/<slug>/) comes last: it would shadow /monitoring/rapporten/.
urlpatterns = [*records.urlpatterns, *reports.urlpatterns, *dashboards.urlpatterns]
