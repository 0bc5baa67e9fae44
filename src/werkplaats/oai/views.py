"""``/oai``: the OAI-PMH 2.0 endpoint, for GET and for POST (form-encoded) alike."""

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .responses import respond


@csrf_exempt  # harvesters post form-encoded requests without a session; nothing is changed
@require_http_methods(["GET", "HEAD", "POST"])
def endpoint(request):
    arguments = request.POST if request.method == "POST" else request.GET
    # Set names and record URLs in the site's first language, whatever the harvester accepts.
    with translation.override(settings.LANGUAGE_CODE):
        body = respond(arguments)
    return HttpResponse(body, content_type="text/xml; charset=utf-8")
