"""Dossier pages: ``/dossier/``, an article's page, its images, and where editors write."""

from django.urls import path

from . import manage_views, views

app_name = "dossier"

urlpatterns = [
    path("dossier/", views.article_list, name="list"),
    # Before "<slug>/": "nieuw" is a page, not an article (services keep such slugs free).
    path("dossier/nieuw/", manage_views.create, name="create"),
    path("dossier/afbeeldingen/<uuid:image_uuid>/", views.article_image, name="image"),
    path("dossier/<slug:slug>/", views.article_detail, name="detail"),
    path("dossier/<slug:slug>/bewerken/", manage_views.edit, name="edit"),
]
