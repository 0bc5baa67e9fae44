"""``/healthz``: liveness for load balancers, answered without writing anything."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.IGNORECASE)


def test_it_answers_200_with_json(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok"}


def test_it_writes_nothing_to_the_database(client, db):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/healthz")

    assert response.status_code == 200
    writes = [query["sql"] for query in queries if WRITE.match(query["sql"])]
    assert writes == []
    assert len(queries) == 1


def test_it_sets_no_cookie(client, db):
    response = client.get("/healthz")

    assert response.cookies == {}
    assert "Set-Cookie" not in response


def test_it_sets_no_cookie_for_a_logged_in_user(client, mila):
    client.force_login(mila)

    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.cookies == {}


def test_it_is_never_cached(client, db):
    response = client.get("/healthz")

    assert "no-store" in response["Cache-Control"]


def test_it_answers_over_plain_http_when_https_is_required(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/healthz")

    assert response.status_code == 200


def test_it_is_not_language_prefixed(client, db):
    assert client.get("/en/healthz").status_code == 404
