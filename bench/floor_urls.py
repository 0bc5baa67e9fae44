"""The site's addresses plus the floor: the least a view can do, served by the same stack."""

from django.http import HttpResponse
from django.urls import path

from werkplaats.conf.urls import urlpatterns as site


def floor(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("__floor__/", floor), *site]
