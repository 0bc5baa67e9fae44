"""Whole werkplaats instances for tests that need real processes: each has its own VAR_DIR and its
own database (a SQLite file, or a PostgreSQL database made for it on the test server), and runs
``werkplaats`` commands and scripts in subprocesses with the production settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

from django.db import connection

SECRET_KEY = "instance-test-secret-key-0123456789-0123456789-0123456789"

#: Prints the number of rows of every model and the SHA-256 of every uploaded file (by its name
#: in a backup), as JSON.
STATE = """
import json
from werkplaats.utils.backup import _walk_files, copied_models, file_roots, sha256_of
print(json.dumps({
    "counts": {m._meta.label: m._base_manager.count() for m in copied_models()},
    "checksums": {name: sha256_of(path) for name, path in _walk_files(file_roots())},
}))
"""


def _postgres_url(name: str) -> str:
    settings = connection.settings_dict
    return (
        f"postgres://{settings['USER']}:{settings['PASSWORD']}@{settings['HOST'] or '127.0.0.1'}"
        f":{settings['PORT'] or 5432}/{name}"
    )


class Instance:
    def __init__(self, root: Path, vendor: str):
        self.root = root
        self.vendor = vendor
        self.var = root / "var"
        self.var.mkdir(parents=True)
        if vendor == "sqlite":
            self.database_url = f"sqlite:///{self.var / 'werkplaats.sqlite3'}"
            self.database_name = None
        else:
            self.database_name = f"wp_instance_{uuid.uuid4().hex[:12]}"
            with connection._nodb_cursor() as cursor:
                cursor.execute(f'CREATE DATABASE "{self.database_name}"')
            self.database_url = _postgres_url(self.database_name)

    def environment(self, **extra) -> dict:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "WERKPLAATS_", "PYTEST", "DATABASE_URL"))
        }
        env.update(
            DJANGO_SETTINGS_MODULE="werkplaats.conf.settings",
            SECRET_KEY=SECRET_KEY,
            VAR_DIR=str(self.var),
            PRIVATE_MEDIA_ROOT=str(self.var / "private-media"),
            DATABASE_URL=self.database_url,
            ALLOWED_HOSTS="testserver,127.0.0.1,localhost",
            LOG_FORMAT="plain",
            LOG_LEVEL="ERROR",
        )
        env.update(extra)
        return env

    def command(self, *args) -> list[str]:
        return [sys.executable, "-m", "werkplaats", *args]

    def run(self, *args, check=True, timeout=300, **extra) -> subprocess.CompletedProcess:
        done = subprocess.run(
            self.command(*args),
            env=self.environment(**extra),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check:
            assert done.returncode == 0, f"werkplaats {' '.join(args)}: {done.stderr[-3000:]}"
        return done

    def script(self, code: str, **extra) -> str:
        """Runs Python code with Django set up in this instance; returns what it printed."""
        return self.run("shell", "--no-imports", "-c", textwrap.dedent(code), **extra).stdout

    def popen(self, *args, **extra) -> subprocess.Popen:
        """Starts ``werkplaats <args>`` without waiting; ``popen("shell", "-c", code)``."""
        return subprocess.Popen(
            self.command(*args),
            env=self.environment(**extra),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def state(self, extra_code: str = "") -> dict:
        """Counts per model and file checksums (``STATE``), and what ``extra_code`` prints."""
        printed = self.script(STATE + extra_code).strip().splitlines()
        state = json.loads(printed[-2] if extra_code else printed[-1])
        if extra_code:
            state.update(json.loads(printed[-1]))
        return state

    def drop(self) -> None:
        if self.database_name:
            with connection._nodb_cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{self.database_name}" WITH (FORCE)')
