"""Project pages: ``/projecten/`` (public), ``/projecten/<slug>/beheer/`` (coordinators) and
``/werkplaatsen/<slug>/projecten/nieuw/`` (a werkplaats starts a project)."""

from django.urls import path

from . import manage_views, views

app_name = "projects"

MANAGE = "projecten/<slug:slug>/beheer/"

urlpatterns = [
    path("projecten/", views.project_list, name="list"),
    path("projecten/<slug:slug>/", views.project_detail, name="detail"),
    path(MANAGE, manage_views.manage, name="manage"),
    path(f"{MANAGE}publiceren/", manage_views.publish, name="manage_publish"),
    path(f"{MANAGE}afronden/", manage_views.finish, name="manage_finish"),
    path(f"{MANAGE}<slug:section>/", manage_views.section, name="manage_section"),
    path(
        "werkplaatsen/<slug:workshop_slug>/projecten/nieuw/",
        manage_views.create,
        name="create",
    ),
]
