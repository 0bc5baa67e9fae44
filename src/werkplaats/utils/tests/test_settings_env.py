"""Settings helpers: read the environment, fail loudly and by name on bad values."""

import json
import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from werkplaats.conf.env import env_bool, env_int, env_list, env_str


@pytest.mark.parametrize("raw", ["1", "true", "TRUE", " yes ", "on"])
def test_env_bool_reads_true(monkeypatch, raw):
    monkeypatch.setenv("WERKPLAATS_FLAG", raw)
    assert env_bool("WERKPLAATS_FLAG") is True


@pytest.mark.parametrize("raw", ["0", "false", "No", "off", ""])
def test_env_bool_reads_false(monkeypatch, raw):
    monkeypatch.setenv("WERKPLAATS_FLAG", raw)
    assert env_bool("WERKPLAATS_FLAG", True) is False


def test_env_bool_uses_the_default_when_unset(monkeypatch):
    monkeypatch.delenv("WERKPLAATS_FLAG", raising=False)
    assert env_bool("WERKPLAATS_FLAG", True) is True
    assert env_bool("WERKPLAATS_FLAG", False) is False


def test_env_bool_rejects_maybe_naming_the_variable(monkeypatch):
    monkeypatch.setenv("WERKPLAATS_FLAG", "maybe")
    with pytest.raises(
        ImproperlyConfigured, match=r"WERKPLAATS_FLAG must be true or false.*'maybe'"
    ):
        env_bool("WERKPLAATS_FLAG")


def test_env_int_reads_a_whole_number(monkeypatch):
    monkeypatch.setenv("WERKPLAATS_NUMBER", "8080")
    assert env_int("WERKPLAATS_NUMBER", 1) == 8080


def test_env_int_uses_the_default_when_unset_or_empty(monkeypatch):
    monkeypatch.delenv("WERKPLAATS_NUMBER", raising=False)
    assert env_int("WERKPLAATS_NUMBER", 7) == 7
    monkeypatch.setenv("WERKPLAATS_NUMBER", "  ")
    assert env_int("WERKPLAATS_NUMBER", 7) == 7


@pytest.mark.parametrize("raw", ["eight", "8.5", "8k"])
def test_env_int_rejects_what_is_not_a_whole_number_naming_the_variable(monkeypatch, raw):
    monkeypatch.setenv("WERKPLAATS_NUMBER", raw)
    with pytest.raises(ImproperlyConfigured, match="WERKPLAATS_NUMBER must be a whole number"):
        env_int("WERKPLAATS_NUMBER", 1)


def test_env_list_splits_on_commas_and_drops_blanks(monkeypatch):
    monkeypatch.setenv("WERKPLAATS_HOSTS", " a.example.nl, ,b.example.nl ,")
    assert env_list("WERKPLAATS_HOSTS", ["x"]) == ["a.example.nl", "b.example.nl"]


def test_env_list_uses_the_default_when_unset(monkeypatch):
    monkeypatch.delenv("WERKPLAATS_HOSTS", raising=False)
    assert env_list("WERKPLAATS_HOSTS", ["localhost"]) == ["localhost"]


def test_env_str_reads_the_value_or_the_default(monkeypatch):
    monkeypatch.delenv("WERKPLAATS_TEXT", raising=False)
    assert env_str("WERKPLAATS_TEXT", "standaard") == "standaard"
    monkeypatch.setenv("WERKPLAATS_TEXT", "Súdwest")
    assert env_str("WERKPLAATS_TEXT", "standaard") == "Súdwest"


# The production settings module, loaded in a fresh interpreter with a chosen environment.

PRINT_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
db = settings.DATABASES["default"]
print(json.dumps({
    "engine": db["ENGINE"],
    "name": str(db["NAME"]),
    "init": db.get("OPTIONS", {}).get("init_command", ""),
    "debug": settings.DEBUG,
    "secret": settings.SECRET_KEY,
    "hosts": settings.ALLOWED_HOSTS,
    "static": settings.STORAGES["staticfiles"]["BACKEND"],
    "ssl_redirect": settings.SECURE_SSL_REDIRECT,
}))
"""


def load_settings(tmp_path, **env):
    base = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "werkplaats.conf.settings",
        "VAR_DIR": str(tmp_path / "var"),
    }
    return subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_embedded_defaults_are_sqlite_in_wal_mode_under_var_without_debug(tmp_path):
    result = load_settings(tmp_path)

    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert loaded["engine"] == "django.db.backends.sqlite3"
    assert loaded["name"] == str(tmp_path / "var" / "werkplaats.sqlite3")
    assert "journal_mode=WAL" in loaded["init"]
    assert loaded["debug"] is False
    assert loaded["static"] == "werkplaats.utils.staticfiles.CompressedManifestStorage"
    assert loaded["ssl_redirect"] is False


def test_the_embedded_database_file_is_in_wal_mode(tmp_path):
    script = (
        "import django; django.setup(); from django.db import connection;"
        "cursor = connection.cursor(); cursor.execute('PRAGMA journal_mode');"
        "print(cursor.fetchone()[0])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "werkplaats.conf.settings",
            "VAR_DIR": str(tmp_path),
        },
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "wal"
    assert (tmp_path / "werkplaats.sqlite3").exists()


def test_a_secret_key_is_made_once_and_kept_in_var(tmp_path):
    first = json.loads(load_settings(tmp_path).stdout)["secret"]
    second = json.loads(load_settings(tmp_path).stdout)["secret"]

    assert len(first) >= 50
    assert first == second
    assert (tmp_path / "var" / "secret-key").stat().st_mode & 0o077 == 0


def test_database_url_switches_to_postgresql(tmp_path):
    result = load_settings(tmp_path, DATABASE_URL="postgres://wp:pw@db.example.nl:5432/werkplaats")

    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert loaded["engine"] == "django.db.backends.postgresql"
    assert loaded["name"] == "werkplaats"


def test_production_variables_are_read(tmp_path):
    result = load_settings(
        tmp_path, SECRET_KEY="k" * 60, ALLOWED_HOSTS="werkplaats.example.nl", HTTPS="true"
    )

    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert loaded["secret"] == "k" * 60
    assert loaded["hosts"] == ["werkplaats.example.nl"]
    assert loaded["ssl_redirect"] is True


def test_a_bad_boolean_stops_start_up_with_a_line_naming_the_variable(tmp_path):
    result = load_settings(tmp_path, DEBUG="maybe")

    assert result.returncode != 0
    assert "DEBUG must be true or false, not 'maybe'" in result.stderr
