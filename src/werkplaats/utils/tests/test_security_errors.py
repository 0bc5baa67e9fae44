"""Error pages show no debug information, and the 500 page and the health probes work when the
database is down. This module is also the URL configuration of its tests: the site's URLs plus
views that fail on purpose."""

import os
import secrets
import subprocess
import sys
import textwrap

import pytest
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.db import connection
from django.urls import path

from werkplaats.conf import urls as site_urls


def fail(request):
    connection.cursor().execute("SELECT secret_column_of_werkplaats FROM nowhere")


def refuse(request):
    raise PermissionDenied("internal reason: the token scope of werkplaats-secret")


def bad(request):
    raise SuspiciousOperation("internal reason: werkplaats-secret header")


urlpatterns = [
    path("kapot/", fail),
    path("api/v1/kapot/", fail),
    path("verboden/", refuse),
    path("ongeldig/", bad),
    *site_urls.urlpatterns,
]
handler400 = site_urls.handler400
handler403 = site_urls.handler403
handler404 = site_urls.handler404
handler500 = site_urls.handler500

#: What Django's technical pages and tracebacks show; none of it may reach a visitor.
DEBUG_TRACES = [
    "Traceback", "secret_column_of_werkplaats", "werkplaats-secret", "SECRET_KEY", "settings",
    "DATABASES", "Request Method", "Exception Value", "urlpatterns", "Django tried",
    "OperationalError", "ProgrammingError", "site-packages", ".py",
]  # fmt: skip


def assert_no_debug_information(response):
    body = response.content.decode()
    for trace in DEBUG_TRACES:
        assert trace not in body, trace


@pytest.fixture
def broken_site(client, settings):
    settings.DEBUG = False
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize(
    ("path", "status", "heading"),
    [
        ("/kapot/", 500, "Er ging iets mis"),
        ("/verboden/", 403, "Geen toegang"),
        ("/ongeldig/", 400, "Ongeldig verzoek"),
        ("/bestaat-niet/", 404, "Pagina niet gevonden"),
    ],
)
def test_error_pages_show_no_traceback_settings_or_sql(broken_site, db, path, status, heading):
    response = broken_site.get(path)

    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    assert f"<h1>{heading}</h1>" in response.content.decode()
    assert_no_debug_information(response)


def test_an_api_error_is_json_without_debug_information(broken_site, db):
    response = broken_site.get("/api/v1/kapot/")

    assert response.status_code == 500
    assert set(response.json()) == {"detail"}
    assert_no_debug_information(response)


def test_an_api_address_that_does_not_exist_answers_json_404(broken_site, db):
    response = broken_site.get("/api/v1/bestaat-niet/")

    assert response.status_code == 404
    assert "detail" in response.json()


DOWN_SCRIPT = textwrap.dedent(
    """
    import json, django
    django.setup()
    from django.test import Client
    client = Client(raise_request_exception=False)
    out = {}
    for path in ("/", "/projecten/", "/api/v1/projects/", "/healthz", "/readyz"):
        response = client.get(path, HTTP_HOST="werkplaats.example.nl")
        out[path] = [response.status_code, response.content.decode()]
    print(json.dumps(out))
    """
)


def run_site(tmp_path, database_url):
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "werkplaats.conf.settings",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "werkplaats.example.nl",
        "DEBUG": "false",
        "VAR_DIR": str(tmp_path / "var"),
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "CRITICAL",
    }
    result = subprocess.run(
        [sys.executable, "-c", DOWN_SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    import json

    return json.loads(result.stdout.strip().splitlines()[-1])


def test_with_the_database_down_pages_answer_500_and_the_probes_503(tmp_path):
    # Nothing listens on port 9 of loopback: every connection attempt is refused.
    answers = run_site(tmp_path, "postgres://werkplaats:geheim@127.0.0.1:9/werkplaats")

    status, body = answers["/"]
    assert status == 500
    assert "Er ging iets mis" in body
    for trace in DEBUG_TRACES:
        assert trace not in body, trace
    assert "geheim" not in body
    assert answers["/api/v1/projects/"][0] == 500
    assert answers["/healthz"][0] == 503
    assert answers["/readyz"][0] == 503
    assert '"database": "unavailable"' in answers["/readyz"][1]


def test_readyz_answers_503_while_migrations_are_pending(tmp_path):
    # A new, empty SQLite database: it answers, but nothing is migrated.
    answers = run_site(tmp_path, f"sqlite:///{tmp_path / 'leeg.sqlite3'}")

    status, body = answers["/readyz"]
    assert status == 503
    assert "pending" in body
    assert answers["/healthz"][0] == 200


def test_readyz_answers_200_when_every_migration_is_applied(client, db):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "migrations": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert response.cookies == {}
