"""Public intake and the submitter's tracking page."""

from django.urls import path

from .views import intake, tracking

urlpatterns = [
    path("vragen/stel-een-vraag/", intake.submit, name="submit"),
    path("vragen/volg/<str:token>/", tracking.track, name="track"),
    path("vragen/volg/<str:token>/intrekken/", tracking.withdraw, name="withdraw"),
]
