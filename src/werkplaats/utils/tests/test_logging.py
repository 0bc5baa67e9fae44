"""Structured logs: one JSON line per request, never the query string."""

import json
import logging
import sys

import pytest

from werkplaats.utils.logging import JsonFormatter

MARKER = "geheim-7f3a-marker"


@pytest.fixture
def request_log(caplog):
    caplog.set_level(logging.INFO, logger="werkplaats.request")

    def lines():
        formatter = JsonFormatter()
        return [
            json.loads(formatter.format(record))
            for record in caplog.records
            if record.name == "werkplaats.request"
        ]

    return lines


def test_a_request_logs_one_json_line_with_its_facts(client, db, request_log):
    response = client.get("/", HTTP_X_REQUEST_ID="req-123")

    [line] = request_log()
    assert line["message"] == "request"
    assert line["level"] == "info"
    assert line["request_id"] == "req-123"
    assert line["method"] == "GET"
    assert line["path"] == "/"
    assert line["status"] == response.status_code
    assert isinstance(line["duration_ms"], float)
    assert line["duration_ms"] >= 0
    assert response["X-Request-ID"] == "req-123"


def test_a_request_without_an_id_gets_one(client, db, request_log):
    response = client.get("/")

    [line] = request_log()
    assert len(line["request_id"]) == 32
    assert response["X-Request-ID"] == line["request_id"]


def test_the_query_string_is_never_logged(client, db, request_log, caplog):
    client.get(f"/?q={MARKER}&email={MARKER}%40example.org")

    [line] = request_log()
    assert line["path"] == "/"
    assert MARKER not in json.dumps(line)
    assert MARKER not in caplog.text


def test_an_unknown_page_is_logged_with_its_status(client, db, request_log):
    client.get("/bestaat-niet/")

    [line] = request_log()
    assert line["status"] == 404


def test_health_checks_are_not_logged(client, db, request_log):
    client.get("/healthz")

    assert request_log() == []


def test_the_formatter_writes_one_line_of_json_with_extras_and_exceptions():
    try:
        raise ValueError("kapot")
    except ValueError:
        record = logging.getLogger("werkplaats.test").makeRecord(
            "werkplaats.test",
            logging.ERROR,
            __file__,
            1,
            "failed %s",
            ("één",),
            sys.exc_info(),
            extra={"count": 3, "thing": object()},
        )

    text = JsonFormatter().format(record)

    assert "\n" not in text
    entry = json.loads(text)
    assert entry["message"] == "failed één"
    assert entry["level"] == "error"
    assert entry["count"] == 3
    assert entry["thing"].startswith("<object object")
    assert "ValueError: kapot" in entry["exception"]
