import logging
import time
import uuid

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _

logger = logging.getLogger("werkplaats.request")


class RequestLogMiddleware:
    """Logs one structured line per request; never the query string, which may carry personal data."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = request.headers.get("X-Request-ID") or uuid.uuid4().hex
        started = time.perf_counter()
        response = self.get_response(request)
        response["X-Request-ID"] = request.id
        if request.path not in ("/healthz", "/readyz"):
            logger.info(
                "request",
                extra={
                    "request_id": request.id,
                    "method": request.method,
                    # A view whose address holds a secret (a tracking link) sets log_path.
                    "path": getattr(request, "log_path", request.path),
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
        return response


class QueryStringLimitMiddleware:
    """Refuses oversized query strings with 414 and a message, before any view parses them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if len(request.META.get("QUERY_STRING", "")) > settings.MAX_QUERY_STRING_LENGTH:
            message = _("The address is too long. Shorten the search or remove some filters.")
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message}, status=414)
            return HttpResponse(message, status=414, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
