"""Views that belong to no domain: liveness, readiness and the error pages.

The error pages never show debug information: the handlers below render fixed templates (DEBUG is
off in production, and Django's technical pages are only used when it is on). The 500 page is plain
HTML rendered without a request context, so it works when the database, the session or a template
tag is what failed.
"""

import logging

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

logger = logging.getLogger("werkplaats.errors")

#: Said when even the 500 template cannot be rendered.
LAST_RESORT = (
    "<!DOCTYPE html><html lang=nl><meta charset=utf-8><title>Er ging iets mis</title>"
    "<h1>Er ging iets mis</h1><p>Probeer het later opnieuw. / Something went wrong on our side."
    " Try again later.</p>"
)


def _database_answers() -> bool:
    try:
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return False
    return True


@csrf_exempt
@never_cache
def healthz(request):
    """Liveness for load balancers: reads one row's worth from the database, writes nothing."""
    if not _database_answers():
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


#: Set once every migration was found applied; migrations cannot be unapplied under a running
#: process (a new release starts new processes), so later probes only ask the database.
_migrations_applied = False


def _pending_migrations() -> int:
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


@csrf_exempt
@never_cache
def readyz(request):
    """Readiness for load balancers: the database answers and every migration is applied.

    503 while either is not so, so a new web process gets traffic only once ``migrate`` has run.
    """
    global _migrations_applied
    if not _database_answers():
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    if not _migrations_applied:
        try:
            pending = _pending_migrations()
        except Exception:
            logger.exception("readyz could not read the migration state")
            return JsonResponse({"status": "error", "migrations": "unknown"}, status=503)
        if pending:
            return JsonResponse(
                {"status": "error", "database": "ok", "migrations": f"{pending} pending"},
                status=503,
            )
        _migrations_applied = True
    return JsonResponse({"status": "ok", "database": "ok", "migrations": "ok"})


def _error(request, template, status):
    if request.path.startswith("/api/"):
        messages = {
            400: _("The request could not be understood."),
            403: _("You may not do this."),
            404: _("Nothing found at this address."),
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
    """Works without the database: no request context, no session, no user."""
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": _("Something went wrong on our side. Try again later.")}, status=500
        )
    try:
        body = render_to_string("errors/500.html")
    except Exception:
        logger.exception("the 500 page could not be rendered")
        body = LAST_RESORT
    return HttpResponse(body, status=500, content_type="text/html; charset=utf-8")
