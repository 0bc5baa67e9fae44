"""Publication pages: ``/publicaties/``, its exports, the import and one publication's page."""

from django.urls import path, re_path

from . import views

app_name = "publications"

urlpatterns = [
    path("publicaties/", views.publication_list, name="list"),
    re_path(r"^publicaties/export\.(?P<fmt>bib|ris|json)$", views.export_list, name="export"),
    path("publicaties/importeren/", views.import_file, name="import"),
    path("publicaties/<slug:slug>/", views.publication_detail, name="detail"),
    re_path(
        r"^publicaties/(?P<slug>[-a-zA-Z0-9_]+)/export\.(?P<fmt>bib|ris|json)$",
        views.export_one,
        name="export_one",
    ),
]
