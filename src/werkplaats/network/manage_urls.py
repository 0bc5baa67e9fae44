"""Where coordinators maintain their werkplaats: ``/werkplaatsen/<slug>/beheer/...``, namespace
``manage``. A partnership has no slug of its own; the organisation's slug and the role name it."""

from django.urls import path

from . import manage_views as views

app_name = "manage"

PARTNER = "werkplaatsen/<slug:slug>/beheer/partners/<slug:organisation>/<slug:role>/"
PERSON = "werkplaatsen/<slug:slug>/beheer/mensen/<slug:person>/"

urlpatterns = [
    path("werkplaatsen/<slug:slug>/beheer/", views.workshop, name="workshop"),
    path("werkplaatsen/<slug:slug>/beheer/partners/nieuw/", views.partner_add, name="partner_add"),
    path(PARTNER, views.partner_edit, name="partner_edit"),
    path(f"{PARTNER}beeindigen/", views.partner_end, name="partner_end"),
    path("werkplaatsen/<slug:slug>/beheer/mensen/nieuw/", views.person_add, name="person_add"),
    path(
        "werkplaatsen/<slug:slug>/beheer/mensen/bestaand/",
        views.person_add_existing,
        name="person_add_existing",
    ),
    path(PERSON, views.person_edit, name="person_edit"),
    path(f"{PERSON}verwijderen/", views.person_remove, name="person_remove"),
]
