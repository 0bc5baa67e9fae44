"""Library pages: ``/bibliotheek/``, a product's page and its files, and where editors create,
edit and publish products."""

from django.urls import path

from . import manage_views, views

app_name = "library"

urlpatterns = [
    path("bibliotheek/", views.product_list, name="list"),
    # Before "<slug>/": "nieuw" is a page, not a product.
    path("bibliotheek/nieuw/", manage_views.create, name="create"),
    path("bibliotheek/<slug:slug>/", views.product_detail, name="detail"),
    path("bibliotheek/<slug:slug>/bewerken/", manage_views.edit, name="edit"),
    path("bibliotheek/<slug:slug>/publiceren/", manage_views.publish, name="publish"),
    path(
        "bibliotheek/<slug:slug>/bestanden/<uuid:file_uuid>/",
        views.product_file,
        name="file",
    ),
]
