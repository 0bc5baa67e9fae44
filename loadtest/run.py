"""``make loadtest``: the production set-up on loopback under 50 users for two minutes.

1. A temporary database: SQLite in a temporary directory, or, when ``DATABASE_URL`` names a
   PostgreSQL server, a new database on it (dropped afterwards); ``migrate`` and ``demo``.
2. ``werkplaats serve`` (gunicorn with ``--workers`` processes, the task worker and the scheduler)
   with production settings (DEBUG off, a long random SECRET_KEY, manifest static files through
   WhiteNoise, JSON logs to a file), on a free port of 127.0.0.1; it waits for ``/readyz``.
3. Locust, headless, with ``loadtest/locustfile.py``: browsing, searching, submitting questions.
4. The figures: requests, errors and p50/p95 per page type; then every question the site
   acknowledged (a redirect to its tracking page) is looked up in the database by the submission
   key its form carried.

Exits 1 on any error or lost submission (and prints why), 0 otherwise. ``--report`` writes the
figures into ``loadtest/README.md`` between its RESULTS markers.
"""

import argparse
import csv
import json
import os
import secrets
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from serving import BIN, collect_static, free_port, run, served  # noqa: E402

README = Path(__file__).resolve().parent / "README.md"
STATIC_CACHE = ROOT / "var" / "loadtest" / "static"
P95_LIMIT_MS = 300
#: Page types whose p95 the issue holds to P95_LIMIT_MS ("pages and search").
HELD_TO_LIMIT = ("home", "list", "detail", "search", "dashboard", "question form")

TARGETS_SCRIPT = """
import json, django
django.setup()
from werkplaats.network.models import Municipality, Organisation, Workshop
from werkplaats.projects.models import Project
from werkplaats.library.models import Product
from werkplaats.questions.constants import TimeFrame
def slugs(queryset):
    return list(queryset.values_list("slug", flat=True)[:40])
print(json.dumps({
    "workshops": slugs(Workshop.objects.order_by("?")),
    "projects": slugs(Project.objects.filter(is_published=True).order_by("?")),
    "products": slugs(Product.objects.filter(is_published=True).order_by("?")),
    "organisations": slugs(Organisation.objects.order_by("?")),
    "municipalities": list(Municipality.objects.order_by("name").values_list("name", flat=True)[:60]),
    "time_frame": TimeFrame.OPEN,
}))
"""

STORED_SCRIPT = """
import json, sys, django
django.setup()
from werkplaats.questions.models import PracticeQuestion
wanted = [line.strip() for line in open(sys.argv[1]) if line.strip()]
stored = set(
    PracticeQuestion.objects.filter(submission_key__in=wanted).values_list("submission_key", flat=True)
)
print(json.dumps({"acknowledged": len(wanted), "missing": sorted(set(wanted) - stored)}))
"""


def python(script, env, *args) -> dict:
    out = run([sys.executable, "-c", script, *args], env=env)
    return json.loads(out.strip().splitlines()[-1])


class TemporaryPostgres:
    """A new database on the server DATABASE_URL names, dropped on exit."""

    def __init__(self, url: str):
        import psycopg

        self.psycopg = psycopg
        self.admin_url = url
        self.name = f"werkplaats_loadtest_{secrets.token_hex(4)}"
        parts = urlsplit(url)
        self.url = urlunsplit(parts._replace(path=f"/{self.name}"))

    def __enter__(self):
        with self.psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}"')
        return self.url

    def __exit__(self, *exc):
        with self.psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                [self.name],
            )
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}"')


def read_stats(prefix: str) -> list[dict]:
    with open(f"{prefix}_stats.csv", newline="") as source:
        rows = list(csv.DictReader(source))
    return [
        {
            "name": row["Name"],
            "requests": int(row["Request Count"]),
            "failures": int(row["Failure Count"]),
            "p50": float(row["50%"] or 0),
            "p95": float(row["95%"] or 0),
            "p99": float(row["99%"] or 0),
            "rps": float(row["Requests/s"] or 0),
        }
        for row in rows
    ]


def read_failures(prefix: str) -> list[str]:
    path = Path(f"{prefix}_failures.csv")
    if not path.exists():
        return []
    with path.open(newline="") as source:
        return [
            f"{row['Occurrences']}× {row['Method']} {row['Name']}: {row['Error']}"
            for row in csv.DictReader(source)
        ]


def table(stats: list[dict]) -> str:
    lines = [
        "| Page type | Requests | Errors | p50 (ms) | p95 (ms) | p99 (ms) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in stats:
        name = "**all**" if row["name"] == "Aggregated" else row["name"]
        lines.append(
            f"| {name} | {row['requests']} | {row['failures']} | {row['p50']:.0f} |"
            f" {row['p95']:.0f} | {row['p99']:.0f} |"
        )
    return "\n".join(lines)


def write_report(text: str) -> None:
    start, end = "<!-- RESULTS -->", "<!-- /RESULTS -->"
    readme = README.read_text()
    before, rest = readme.split(start, 1)
    after = rest.split(end, 1)[1]
    README.write_text(f"{before}{start}\n{text}\n{end}{after}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--spawn-rate", type=float, default=10)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 4)))
    parser.add_argument("--report", action="store_true", help="write the figures to README.md")
    args = parser.parse_args()
    if args.users < 1 or args.seconds < 1 or args.workers < 2:
        parser.error("--users and --seconds must be at least 1, --workers at least 2")

    with tempfile.TemporaryDirectory(prefix="werkplaats-loadtest-") as tmp:
        # The collected (and compressed) static files are kept between runs in var/loadtest/:
        # collecting them anew takes minutes on a busy machine; everything else is temporary.
        STATIC_CACHE.mkdir(parents=True, exist_ok=True)
        (Path(tmp) / "static").symlink_to(STATIC_CACHE, target_is_directory=True)
        given = os.environ.get("DATABASE_URL", "")
        if given.startswith(("postgres://", "postgresql://")):
            database = TemporaryPostgres(given)
            engine = "PostgreSQL"
        else:
            database = None
            engine = "SQLite"
        database_url = database.__enter__() if database else f"sqlite:///{tmp}/loadtest.sqlite3"
        try:
            return load(args, tmp, database_url, engine)
        finally:
            if database:
                database.__exit__(None, None, None)


def load(args, tmp: str, database_url: str, engine: str) -> int:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "werkplaats.conf.settings",
        "DATABASE_URL": database_url,
        "VAR_DIR": tmp,
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": url,
        # Every locust user comes from 127.0.0.1; each sends its own X-Forwarded-For, as a
        # reverse proxy would, so the intake limit counts per user.
        "USE_X_FORWARDED_FOR": "true",
        "LOG_LEVEL": "WARNING",
        "EMAIL_HOST": "",
    }
    print(f"Database: {engine} (temporary). Migrating and loading the demo…", flush=True)
    run([BIN / "werkplaats", "migrate", "--noinput"], env)
    run([BIN / "werkplaats", "demo"], env)
    targets = python(TARGETS_SCRIPT, env)
    targets_file = Path(tmp) / "targets.json"
    targets_file.write_text(json.dumps(targets))
    references_file = Path(tmp) / "references.txt"
    references_file.touch()

    # Collected and compressed once into the kept cache (var/loadtest/static), when a source changed.
    collect_static(env, STATIC_CACHE)
    with served(env, port, args.workers, Path(tmp) / "server.log"):
        print(f"Locust: {args.users} users for {args.seconds} s…", flush=True)
        prefix = str(Path(tmp) / "locust")
        locust = subprocess.run(
            [BIN / "locust", "-f", str(Path(__file__).with_name("locustfile.py")),
             "--headless", "--users", str(args.users), "--spawn-rate", str(args.spawn_rate),
             "--run-time", f"{args.seconds}s", "--stop-timeout", "15", "--host", url,
             "--csv", prefix, "--only-summary", "--loglevel", "WARNING"],
            env={**env, "LOADTEST_TARGETS": str(targets_file),
                 "LOADTEST_REFERENCES": str(references_file)},
            capture_output=True, text=True,
        )  # fmt: skip
        if not Path(f"{prefix}_stats.csv").exists():
            print(locust.stdout, locust.stderr, sep="\n")
            return 1

    stats = read_stats(prefix)
    failures = read_failures(prefix)
    stored = python(STORED_SCRIPT, env, str(references_file))
    server_errors = [
        line
        for line in (Path(tmp) / "server.log").read_text().splitlines()
        if '"status": 5' in line or "Traceback" in line
    ]
    total = next(row for row in stats if row["name"] == "Aggregated")
    slow = [
        row["name"] for row in stats if row["name"] in HELD_TO_LIMIT and row["p95"] > P95_LIMIT_MS
    ]
    summary = "\n".join(
        [
            f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC: {engine}, {args.workers} gunicorn"
            f" workers, {args.users} users for {args.seconds} s, {os.cpu_count()} CPU cores.",
            "",
            table(stats),
            "",
            f"- Requests: {total['requests']} ({total['rps']:.1f}/s), errors: {total['failures']}.",
            f"- Questions acknowledged: {stored['acknowledged']}, stored:"
            f" {stored['acknowledged'] - len(stored['missing'])}, lost: {len(stored['missing'])}.",
            f"- p95 of pages and search under {P95_LIMIT_MS} ms: "
            + ("yes." if not slow else f"no ({', '.join(slow)})."),
        ]
    )
    print()
    print(summary)
    for failure in failures[:20]:
        print("  failure:", failure)
    for line in server_errors[:10]:
        print("  server:", line)
    if args.report:
        write_report(summary)
        print(f"\nWritten to {README.relative_to(ROOT)}.")
    if total["failures"] or stored["missing"] or stored["acknowledged"] == 0 or server_errors:
        print("\nFAILED: errors or lost submissions (see above).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
