"""``check --deploy`` is clean with production settings: nothing to warn about or to silence."""

import os
import secrets
import subprocess
import sys


def run_deploy_check(tmp_path, **overrides):
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "werkplaats.conf.settings",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "HTTPS": "true",
        "ALLOWED_HOSTS": "werkplaats.example.nl",
        "DEBUG": "false",
        "VAR_DIR": str(tmp_path / "var"),
        **overrides,
    }
    return subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    result = run_deploy_check(tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_notices_when_https_is_off(tmp_path):
    result = run_deploy_check(tmp_path, HTTPS="false")

    assert result.returncode != 0
    assert "security.W008" in result.stdout + result.stderr


def test_check_deploy_notices_debug(tmp_path):
    result = run_deploy_check(tmp_path, DEBUG="true")

    assert result.returncode != 0
    assert "security.W018" in result.stdout + result.stderr
