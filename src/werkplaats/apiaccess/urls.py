from django.urls import path

from . import views

app_name = "apiaccess"

urlpatterns = [
    path("werkplaatsen/<slug:slug>/api-sleutels/", views.token_list, name="tokens"),
    path(
        "werkplaatsen/<slug:slug>/api-sleutels/<uuid:uuid>/intrekken/",
        views.token_revoke,
        name="revoke",
    ),
]
