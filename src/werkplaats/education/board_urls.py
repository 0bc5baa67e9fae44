"""The public board of assignment offers with its feeds, the programmes, and the suggestions for
a lecturer. Included before ``journey_urls``, so ``rss`` and ``atom`` are not read as the slug
of an offer."""

from django.urls import path

from .feeds import OfferFeed
from .views import board

urlpatterns = [
    path("onderwijs/opdrachten/", board.board, name="board"),
    path("onderwijs/opdrachten/rss/", OfferFeed("rss"), name="board_rss"),
    path("onderwijs/opdrachten/atom/", OfferFeed("atom"), name="board_atom"),
    path("onderwijs/opdrachten/agenda.ics", board.board_calendar, name="board_ical"),
    path("onderwijs/opleidingen/", board.programmes, name="programmes"),
    path("onderwijs/opleidingen/<slug:slug>/", board.programme, name="programme"),
    path("onderwijs/voor-mijn-opleiding/", board.for_me, name="for_me"),
]
