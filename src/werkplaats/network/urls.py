from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("", views.home, name="home"),
    path("werkplaatsen/", views.workshop_list, name="workshop_list"),
    path("werkplaatsen/<slug:slug>/", views.workshop, name="workshop"),
    path("organisaties/", views.organisation_list, name="organisation_list"),
    path("organisaties/<slug:slug>/", views.organisation, name="organisation"),
    path("wie-weet-wat/", views.person_list, name="person_list"),
    path("wie-weet-wat/<slug:slug>/", views.person, name="person"),
    path("gemeenten/", views.municipality_lookup, name="municipality_lookup"),
    path("gemeenten/<slug:slug>/", views.municipality, name="municipality"),
    path("themas/", views.theme_list, name="theme_list"),
    path("themas/<slug:slug>/", views.theme, name="theme"),
]
