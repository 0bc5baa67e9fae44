"""Import and export for coordinators, under ``/werkplaatsen/<slug>/``; namespace ``imports``."""

from django.urls import path

from . import views

app_name = "imports"

BASE = "werkplaatsen/<slug:slug>/"
JOB = BASE + "import/<uuid:job>/"

urlpatterns = [
    path(BASE + "import/", views.start, name="start"),
    path(BASE + "import/sjabloon/<slug:spec>.<str:file_format>", views.template, name="template"),
    path(JOB, views.preview, name="preview"),
    path(JOB + "fouten.csv", views.error_report, name="error_report"),
    path(JOB + "voortgang/", views.job, name="job"),
    path(JOB + "status.json", views.status, name="status"),
    path(BASE + "export/<slug:spec>.<str:file_format>", views.export, name="export"),
]
