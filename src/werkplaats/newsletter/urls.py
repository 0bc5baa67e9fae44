"""Newsletter pages: sign-up, a subscriber's signed links, the archive, and the editors' pages."""

from django.urls import path

from . import manage_views, views

app_name = "newsletter"

urlpatterns = [
    path("nieuwsbrief/", views.signup, name="signup"),
    path("nieuwsbrief/aangemeld/", views.signup_done, name="signup_done"),
    path("nieuwsbrief/bevestigen/<str:token>/", views.confirm, name="confirm"),
    path("nieuwsbrief/voorkeuren/<str:token>/", views.preferences, name="preferences"),
    path("nieuwsbrief/afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("nieuwsbrief/archief/", views.archive, name="archive"),
    path("nieuwsbrief/archief/<slug:slug>/", views.archive_detail, name="archive_detail"),
    path("nieuwsbrief/beheer/", manage_views.issue_list, name="manage_list"),
    path("nieuwsbrief/beheer/nieuw/", manage_views.issue_new, name="manage_new"),
    path("nieuwsbrief/beheer/<slug:slug>/", manage_views.issue_edit, name="manage_edit"),
    path(
        "nieuwsbrief/beheer/<slug:slug>/voorbeeld/",
        manage_views.issue_preview,
        name="manage_preview",
    ),
    path(
        "nieuwsbrief/beheer/<slug:slug>/voorbeeld/html/",
        manage_views.issue_preview_html,
        name="manage_preview_html",
    ),
    path("nieuwsbrief/beheer/<slug:slug>/verzenden/", manage_views.issue_send, name="manage_send"),
]
