from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("privacy/", views.privacy_page, name="statement"),
    path("privacy/audit/", views.audit_log, name="audit_log"),
    path("privacy/audit/export.csv", views.audit_export, {"fmt": "csv"}, name="audit_csv"),
    path("privacy/audit/export.json", views.audit_export, {"fmt": "json"}, name="audit_json"),
    path("privacy/subject-access/", views.subject_access, name="subject_access"),
]
