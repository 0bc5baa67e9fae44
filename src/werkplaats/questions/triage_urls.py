"""Coordinators' inbox and triage, and the public question board."""

from django.urls import path

from .views import board, inbox, triage

INBOX = "werkplaatsen/<slug:slug>/vragen/"

urlpatterns = [
    path("vragen/", board.board, name="board"),
    path("vragen/<uuid:uuid>/", board.public_detail, name="public_detail"),
    path(INBOX, inbox.inbox, name="inbox"),
    path(f"{INBOX}export.csv", inbox.export_csv, name="export"),
    path(f"{INBOX}bulk/", inbox.bulk, name="bulk"),
    path(f"{INBOX}<uuid:uuid>/", triage.detail, name="detail"),
]
