"""The production set-up as files: compose.yaml names services and settings that exist, the
Containerfile follows the documented rules, every setting read from the environment is in the
README, and the container's health check works against a running server."""

import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[4]
PACKAGE = ROOT / "src" / "werkplaats"
ENV_READ = re.compile(r'env_(?:str|int|bool|list)\(\s*"([A-Z][A-Z0-9_]*)"')
#: Variables the images themselves read (postgres, caddy), not werkplaats.
FOREIGN = {
    "postgres": {"POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD"},
    "proxy": {"SITE_HOST"},
}


def settings_from_environment() -> set[str]:
    names = set()
    for path in PACKAGE.rglob("*.py"):
        if "tests" in path.relative_to(PACKAGE).parts:
            continue
        names.update(ENV_READ.findall(path.read_text()))
    return names


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_compose_has_the_database_the_migrations_web_workers_and_a_proxy(compose):
    services = compose["services"]

    assert set(services) == {"postgres", "migrate", "web", "worker", "proxy"}
    assert services["web"]["command"][:2] == ["serve", "--no-task-worker"]
    assert services["worker"]["command"] == ["db_worker"]
    assert services["migrate"]["command"] == ["migrate", "--noinput"]
    assert services["postgres"]["image"].endswith("postgres:15")
    for name in ("web", "worker"):
        condition = services[name]["depends_on"]["migrate"]["condition"]
        assert condition == "service_completed_successfully"


def test_only_the_proxy_publishes_ports(compose):
    published = {name for name, service in compose["services"].items() if "ports" in service}

    assert published == {"proxy"}


def test_every_variable_compose_sets_is_a_setting_werkplaats_reads(compose):
    known = settings_from_environment()

    for name, service in compose["services"].items():
        environment = set(service.get("environment", {}))
        unknown = environment - known - FOREIGN.get(name, set())
        assert unknown == set(), f"{name}: {sorted(unknown)}"


def test_compose_sets_the_production_settings(compose):
    environment = compose["services"]["web"]["environment"]

    assert environment["HTTPS"] == "true"
    assert environment["DEBUG"] == "false"
    assert urlsplit(environment["DATABASE_URL"].replace("${", "").replace("}", "")).scheme == (
        "postgres"
    )
    for required in ("SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL", "CSRF_TRUSTED_ORIGINS"):
        assert environment[required], required
    # web and worker share the volume with uploads, reports and dossier images
    volumes = [v.split(":")[0] for v in compose["services"]["worker"]["volumes"]]
    assert volumes == [v.split(":")[0] for v in compose["services"]["web"]["volumes"]]


def test_the_files_compose_mounts_exist(compose):
    for service in compose["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (ROOT / source).is_file(), source


def test_the_containerfile_follows_the_rules():
    text = (ROOT / "Containerfile").read_text()
    instructions = [line for line in text.splitlines() if line and not line.startswith("#")]

    assert instructions[0] == "FROM python:3.11-slim"
    assert "uv sync --frozen --no-dev" in text
    users = [line.split()[1] for line in instructions if line.startswith("USER ")]
    assert users and users[-1] not in ("root", "0")
    healthcheck = next(line for line in instructions if line.startswith("HEALTHCHECK"))
    assert healthcheck
    assert "/app/deploy/healthcheck.py" in text
    assert (ROOT / "deploy" / "healthcheck.py").is_file()
    for copied in re.findall(r"^COPY (.+) \S+$", text, re.MULTILINE):
        for source in copied.split():
            assert (ROOT / source).exists(), source


def test_every_setting_read_from_the_environment_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()

    undocumented = sorted(n for n in settings_from_environment() if f"`{n}`" not in readme)
    assert undocumented == []


@pytest.mark.django_db(transaction=True)
def test_the_container_health_check_passes_against_a_running_server(live_server):
    port = urlsplit(live_server.url).port
    env = {"PATH": os.environ["PATH"], "PORT": str(port), "ALLOWED_HOSTS": "localhost,.example.nl"}

    result = subprocess.run(
        [sys.executable, str(ROOT / "deploy" / "healthcheck.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )

    assert result.returncode == 0, result.stderr


def test_the_container_health_check_fails_when_nothing_answers(tmp_path):
    env = {"PATH": os.environ["PATH"], "PORT": "9"}

    result = subprocess.run(
        [sys.executable, str(ROOT / "deploy" / "healthcheck.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )

    assert result.returncode == 1
    assert "healthz" in result.stderr
