"""Teaching cases and what practice asks (helper C): public pages under ``/onderwijs/``, and the
coordinator's form on a question of their werkplaats."""

from django.urls import path

from .views import cases, insight

urlpatterns = [
    path("onderwijs/casussen/", cases.case_list, name="cases"),
    path("onderwijs/casussen/<slug:slug>/", cases.case_detail, name="case"),
    path("onderwijs/casussen/<slug:slug>/bewerken/", cases.case_edit, name="case_edit"),
    path(
        "werkplaatsen/<slug:slug>/vragen/<uuid:uuid>/casus/",
        cases.case_create,
        name="case_create",
    ),
    path("onderwijs/wat-de-praktijk-vraagt/", insight.practice_asks, name="practice_asks"),
]
