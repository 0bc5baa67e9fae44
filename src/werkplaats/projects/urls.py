"""Project pages: ``/projecten/`` (public) and ``/projecten/<slug>/beheer/`` (coordinators)."""

from django.urls import path

from . import views

app_name = "projects"

urlpatterns = [
    path("projecten/", views.project_list, name="list"),
    path("projecten/<slug:slug>/", views.project_detail, name="detail"),
]
