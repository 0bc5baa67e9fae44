"""Views that belong to no domain: liveness and the error pages."""

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
@never_cache
def healthz(request):
    """Liveness for load balancers: reads one row's worth from the database, writes nothing."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # pragma: no cover - exercised only when the database is down
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def _error(request, template, status):
    if request.path.startswith("/api/"):
        from django.utils.translation import gettext as _

        messages = {
            400: _("The request could not be understood."),
            403: _("You may not do this."),
            404: _("Nothing found at this address."),
            500: _("Something went wrong on our side. Try again later."),
        }
        return JsonResponse({"detail": messages[status]}, status=status)
    return render(request, template, status=status)


def bad_request(request, exception=None):
    return _error(request, "errors/400.html", 400)


def permission_denied(request, exception=None):
    return _error(request, "errors/403.html", 403)


def page_not_found(request, exception=None):
    return _error(request, "errors/404.html", 404)


def server_error(request):
    return _error(request, "errors/500.html", 500)
