#!/usr/bin/env python
"""Throughput of the production server for the home page and the floor, and the peak memory of
a web process (issue 9).

Serves the site as ``loadtest/run.py`` does (``werkplaats serve``: gunicorn with ``--workers``
processes, the task worker and the scheduler; DEBUG off, hashed static files) with
``bench/server_settings.py``, which adds the floor ``/__floor__/`` (``bench/floor_urls.py``: a
view that returns a short text). Once ``/readyz`` answers and the task worker is idle:

1. ``/`` (home, Dutch) and ``/__floor__/``, each for ``--seconds`` after a 2 s warm-up, from
   ``--concurrency`` client threads in this process (one request after the other; gunicorn's sync
   workers close each connection): requests/s, errors (not 200), client-side p50 and p95. The
   client shares the CPU cores with the server (two here): its CPU time is shown too.
2. Every address of ``bench/pages.py`` once (not the coordinator's inbox), then the peak resident
   memory (VmHWM) of each gunicorn web process. The target is under 300 MB: exits 1 otherwise.

The database is the one in ``--var-dir`` (``werkplaats.sqlite3``, or the one ``DATABASE_URL``
names); ``migrate`` and ``demo`` fill it when it holds no werkplaats. Static files are collected
into ``--var-dir`` when missing or older than the sources. Prints a Markdown table, writes JSON.

    .venv/bin/python bench/server.py --var-dir /tmp/s1 [--workers 2] [--seconds 15]
        [--concurrency 8] [--json var/bench-server.json]
"""

import argparse
import contextlib
import http.client
import json
import os
import platform
import secrets
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))
from pages import PAGES  # noqa: E402
from serving import BIN, collect_static, free_port, run, served  # noqa: E402

TARGET_MB = 300
WARM_SECONDS = 2
SLUG_SCRIPT = """
import django
django.setup()
from django.db import DatabaseError
from werkplaats.network.models import Workshop
try:
    print(Workshop.objects.order_by("slug").values_list("slug", flat=True).first() or "")
except DatabaseError:
    print("")
"""


def prepare(var_dir: Path, env: dict) -> str:
    """The demo database and the collected static files; returns the first werkplaats's slug."""
    slug = run([sys.executable, "-c", SLUG_SCRIPT], env).strip()
    if not slug:
        print("No werkplaats in the database: migrating and loading the demo…", flush=True)
        run([BIN / "werkplaats", "migrate", "--noinput"], env)
        run([BIN / "werkplaats", "demo"], env)
        slug = run([sys.executable, "-c", SLUG_SCRIPT], env).strip()
    collect_static(env, var_dir / "static")
    return slug.splitlines()[-1]


def hammer(port: int, path: str, seconds: float, concurrency: int) -> dict:
    """``concurrency`` connections requesting ``path`` one after the other for ``seconds``."""
    stop = time.monotonic() + seconds
    latencies, errors = [], []

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Accept-Language": "nl"})
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    errors.append(response.status)
            except (OSError, http.client.HTTPException) as error:
                conn.close()  # reopened by the next request
                errors.append(repr(error))
            latencies.append((time.perf_counter() - started) * 1000)  # list.append is atomic
        conn.close()

    threads = [threading.Thread(target=client, daemon=True) for _ in range(concurrency)]
    cpu, wall = time.process_time(), time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - wall
    return {
        "path": path, "seconds": round(elapsed, 2), "requests": len(latencies),
        "requests_per_s": round(len(latencies) / elapsed, 1), "errors": len(errors),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(statistics.quantiles(latencies, n=20)[-1], 1),
        "client_cpu_s": round(time.process_time() - cpu, 2),
    }  # fmt: skip


def processes(parent: int) -> dict[str, list[int]]:
    """The gunicorn and task worker children of ``parent``, and gunicorn's workers ("web")."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(stat.parent.name))
    found: dict[str, list[int]] = {"gunicorn": [], "db_worker": []}
    for pid in children.get(parent, []):
        for word in found:
            if word.encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                found[word].append(pid)
    found["web"] = sorted(p for master in found["gunicorn"] for p in children.get(master, []))
    return found


def wait_idle(pid: int, timeout: float = 900, seconds: int = 5) -> None:
    """Until the process has used next to no CPU (under 5 %) for ``seconds`` in a row: the
    scheduler's first tasks (at benchmark size the daily retention tasks and computing every
    dashboard ahead of visitors take minutes) are done, and what is measured is the site alone."""
    time.sleep(10)  # the scheduler enqueues its tasks a few seconds after the start
    deadline, quiet, before = time.monotonic() + timeout, 0, None
    while quiet < seconds and time.monotonic() < deadline:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])  # utime + stime, in 1/100 s
        quiet = quiet + 1 if before is not None and ticks - before < 5 else 0
        before = ticks
        time.sleep(1)


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def measure(args, server: subprocess.Popen, url: str, port: int, slug: str) -> dict:
    for task_worker in processes(server.pid)["db_worker"]:
        wait_idle(task_worker)
    throughput = {}
    for name, path in (("home", "/"), ("floor", "/__floor__/")):
        print(f"{name}: {args.concurrency} connections for {args.seconds:g} s…", flush=True)
        hammer(port, path, WARM_SECONDS, args.concurrency)
        throughput[name] = hammer(port, path, args.seconds, args.concurrency)
    pages = {}
    for label, address, who in PAGES:
        if who is None:  # the coordinator's inbox needs a login
            try:
                with urllib.request.urlopen(url + address.format(workshop=slug), timeout=60) as r:
                    pages[label] = r.status
            except urllib.error.HTTPError as error:
                pages[label] = error.code
    found = processes(server.pid)
    per_worker = [{"pid": pid, "peak_rss_mb": peak_rss_mb(pid)} for pid in found["web"]]
    home, floor = throughput["home"]["requests_per_s"], throughput["floor"]["requests_per_s"]
    return {
        "throughput": throughput,
        "ratio home/floor": round(floor / home, 1),  # the cost of a request to /, in floors
        "pages": pages,
        "memory": {
            "peak_rss_mb": max(worker["peak_rss_mb"] for worker in per_worker),
            "per_worker": per_worker, "target_mb": TARGET_MB,
            "master_peak_rss_mb": peak_rss_mb(found["gunicorn"][0]),
        },
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--var-dir", required=True, help="VAR_DIR with (or for) the demo database")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn web processes")
    parser.add_argument("--seconds", type=float, default=15, help="per throughput measurement")
    parser.add_argument("--concurrency", type=int, default=8, help="client connections")
    parser.add_argument("--json", default=str(ROOT / "var" / "bench-server.json"))
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that `finally` stops the server

    var_dir = Path(args.var_dir).resolve()
    var_dir.mkdir(parents=True, exist_ok=True)
    engine = "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,  # DATABASE_URL passes through
        "DJANGO_SETTINGS_MODULE": "server_settings",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(BENCH), os.environ.get("PYTHONPATH")])),
        "VAR_DIR": str(var_dir), "SECRET_KEY": secrets.token_urlsafe(64), "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost", "SITE_URL": url, "LOG_LEVEL": "WARNING",
        "EMAIL_HOST": "",
    }  # fmt: skip
    slug = prepare(var_dir, env)
    log_path = var_dir / "bench-server.log"
    with served(env, port, args.workers, log_path) as server:
        results = measure(args, server, url, port, slug)

    memory, cores = results["memory"], os.cpu_count()
    lines = [
        "| Address | Requests | Requests/s | Errors | p50 (ms) | p95 (ms) | Client CPU (s) |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *(
            f"| {name} `{t['path']}` | {t['requests']} | {t['requests_per_s']} | {t['errors']} |"
            f" {t['p50_ms']} | {t['p95_ms']} | {t['client_cpu_s']} of {t['seconds']} |"
            for name, t in results["throughput"].items()
        ),
        "",
        f"- {engine}, {args.workers} gunicorn workers, {args.concurrency} connections,"
        f" {args.seconds:g} s each. {cores} CPU cores, shared by the client and the server.",
        f"- The home page costs {results['ratio home/floor']}× the floor"
        " (requests/s of the floor ÷ of the home page).",
        f"- Peak RSS of a web process: {memory['peak_rss_mb']} MB (target: under {TARGET_MB} MB);"
        f" per worker {[w['peak_rss_mb'] for w in memory['per_worker']]},"
        f" gunicorn master {memory['master_peak_rss_mb']} MB.",
    ]
    failed = {label: status for label, status in results["pages"].items() if status != 200}
    if failed:
        lines.append(f"- Pages not answering 200: {failed} (see {log_path}).")
    print("\n" + "\n".join(lines))
    report = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpu_count": cores, "note": "the client shares the cores with the server"},
        "database": engine, "workers": args.workers, "concurrency": args.concurrency,
        "seconds": args.seconds, **results,
    }  # fmt: skip
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nWritten to {args.json}.")
    return 1 if memory["peak_rss_mb"] >= TARGET_MB else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit("Interrupted (the server is stopped).")
