"""The education bridge's pages: the public board and programmes (``board_urls``), the journey
of an offer for those involved (``journey_urls``), teaching cases and what practice asks
(``cases_urls``)."""

from django.urls import include, path

app_name = "education"

urlpatterns = [
    path("", include("werkplaats.education.board_urls")),
    path("", include("werkplaats.education.journey_urls")),
    path("", include("werkplaats.education.cases_urls")),
]
