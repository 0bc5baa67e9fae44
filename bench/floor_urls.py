"""The site's addresses plus the floors: the least a page or an API list can do, served by the
same stack (middleware, sessions, CSP, language; for pages the site's layout, for the API the
REST framework's authentication, throttling, pagination and renderer).

- ``/__floor__/text/``: a view that returns two bytes of text (what the stack alone costs);
- ``/__floor__/``: the site's layout (``base.html``: header, navigation, footer) with an empty
  main part, the floor of every page;
- ``/api/v1/__floor__/``: an empty page of an API list, the floor of every API list.
"""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path
from rest_framework.generics import ListAPIView
from rest_framework.serializers import Serializer

from werkplaats.conf.urls import urlpatterns as site
from werkplaats.network.models import Workshop


def text(request):
    return HttpResponse("ok", content_type="text/plain")


def page(request):
    return render(request, "base.html", {})


class EmptyList(ListAPIView):
    serializer_class = Serializer
    queryset = Workshop.objects.none()


urlpatterns = [
    path("__floor__/text/", text),
    path("__floor__/", page),
    path("api/v1/__floor__/", EmptyList.as_view()),
    *site,
]
