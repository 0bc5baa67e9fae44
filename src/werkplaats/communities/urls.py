"""URLs of learning communities, namespace ``communities``."""

from django.urls import path

from .views import ical, members, public

app_name = "communities"

urlpatterns = [
    path("leergemeenschappen/", public.community_list, name="list"),
    path("leergemeenschappen/<slug:slug>/", public.community_detail, name="detail"),
    path("leergemeenschappen/<slug:slug>/agenda.ics", ical.community_calendar, name="ical"),
    path(
        "leergemeenschappen/<slug:slug>/bijeenkomsten/<uuid:uuid>/",
        members.meeting_detail,
        name="meeting",
    ),
    path(
        "leergemeenschappen/<slug:slug>/bijeenkomsten/<uuid:uuid>/aanwezigheid/",
        members.attendance,
        name="attendance",
    ),
    path(
        "leergemeenschappen/<slug:slug>/bijeenkomsten/<uuid:uuid>/reflectie/",
        members.reflection_edit,
        name="reflection_edit",
    ),
    path(
        "leergemeenschappen/<slug:slug>/bijeenkomsten/<uuid:uuid>/reflectie/besluit/",
        members.reflection_decide,
        name="reflection_decide",
    ),
    path("werkplaatsen/<slug:slug>/agenda.ics", ical.workshop_calendar, name="workshop_ical"),
    path("account/mijn-werk/", members.mine, name="mine"),
]
