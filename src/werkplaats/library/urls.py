"""Library pages: ``/bibliotheek/`` and ``/bibliotheek/<slug>/``."""

from django.urls import path

from . import views

app_name = "library"

urlpatterns = [
    path("bibliotheek/", views.product_list, name="list"),
    path("bibliotheek/<slug:slug>/", views.product_detail, name="detail"),
]
