"""The journey of an offer: making it (from a question or a project), its page with every step,
students joining their group, and one's own offers."""

from django.urls import path

from .views import joining, journey, mine, offers

urlpatterns = [
    path("onderwijs/opdrachten/<slug:slug>/", journey.offer_detail, name="offer"),
    path("onderwijs/aansluiten/<str:code>/", joining.join, name="join"),
    path("onderwijs/mijn-opdrachten/", mine.mine, name="mine"),
    path(
        "werkplaatsen/<slug:slug>/vragen/<uuid:uuid>/onderwijs/",
        offers.offer_create,
        name="offer_create",
    ),
    path(
        "projecten/<slug:slug>/onderwijs/",
        offers.offer_create_for_project,
        name="offer_create_for_project",
    ),
]
