"""URLs of learning communities, namespace ``communities``."""

from django.urls import path

from .views import ical, manage, members, public

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
    path(
        "werkplaatsen/<slug:slug>/leergemeenschappen/nieuw/",
        manage.community_create,
        name="create",
    ),
    path("leergemeenschappen/<slug:slug>/beheer/", manage.community_edit, name="edit"),
    path("leergemeenschappen/<slug:slug>/beheer/leden/", manage.members, name="members"),
    path(
        "leergemeenschappen/<slug:slug>/beheer/leden/<uuid:person>/verwijderen/",
        manage.member_remove,
        name="member_remove",
    ),
    path(
        "leergemeenschappen/<slug:slug>/beheer/bijeenkomsten/nieuw/",
        manage.meeting_add,
        name="meeting_add",
    ),
    path(
        "leergemeenschappen/<slug:slug>/bijeenkomsten/<uuid:uuid>/bewerken/",
        manage.meeting_edit,
        name="meeting_edit",
    ),
    path(
        "leergemeenschappen/<slug:slug>/bijeenkomsten/<uuid:uuid>/afzeggen/",
        manage.meeting_cancel,
        name="meeting_cancel",
    ),
    path(
        "leergemeenschappen/<slug:slug>/bijeenkomsten/<uuid:uuid>/inzicht/",
        manage.carry_insight,
        name="carry_insight",
    ),
    path("werkplaatsen/<slug:slug>/agenda.ics", ical.workshop_calendar, name="workshop_ical"),
    path("account/mijn-werk/", members.mine, name="mine"),
]
