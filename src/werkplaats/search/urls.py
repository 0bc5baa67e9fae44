from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("zoeken/", views.results, name="results"),
]
