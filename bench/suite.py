#!/usr/bin/env python
"""``make bench`` (issue 9): the site at demo size and at benchmark size, on SQLite and PostgreSQL.

For each database (SQLite always; PostgreSQL when ``--postgres URL`` or ``BENCH_POSTGRES_URL``
names a server) and each size (``demo``: what ``make run`` loads; ``benchmark``: ``werkplaats demo
--scale benchmark``), it runs ``bench/pages.py`` (every public page and API list against its floor)
and, at benchmark size, ``bench/server.py`` (throughput of the production server, memory of a web
process); at benchmark size on SQLite also ``bench/search.py`` (search against the raw full-text
query) and ``bench/report.py`` (the evaluation report as HTML and PDF). It writes everything to
``var/bench/benchmarks.json`` and the table to ``docs/benchmarks.md`` (``--markdown``).

Databases are built once and kept: SQLite under ``var/bench/<size>-sqlite/``, PostgreSQL as
``<name>_<size>`` on the server. The benchmark size takes about five minutes on SQLite. Exit status 1
when a target of issue 9 is missed.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "var" / "bench"
SIZES = {"demo": "1", "benchmark": "benchmark"}
TARGETS = {"median_ms": 100, "p95_ms": 250, "x_floor": 3.0, "memory_mb": 300}


def _arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL", ""))
    parser.add_argument("--runs", type=int, default=30, help="timed requests per address")
    parser.add_argument("--seconds", type=int, default=15, help="per throughput measurement")
    parser.add_argument("--markdown", default=str(ROOT / "docs" / "benchmarks.md"))
    parser.add_argument("--json", default=str(BENCH / "benchmarks.json"))
    parser.add_argument("--only", choices=["sqlite", "postgresql"], help="one database only")
    parser.add_argument(
        "--reuse", action="store_true", help="take measurements already in var/bench/ as they are"
    )
    return parser.parse_args(argv)


def databases(args) -> list[tuple[str, str, dict]]:
    """(engine, size, environment) for every database to measure."""
    found = []
    for size in SIZES:
        env = {**os.environ, "VAR_DIR": str(BENCH / f"{size}-sqlite")}
        env.pop("DATABASE_URL", None)
        found.append(("sqlite", size, env))
    if args.postgres:
        for size in SIZES:
            url = _postgres_database(args.postgres, size)
            found.append(
                (
                    "postgresql",
                    size,
                    {**os.environ, "VAR_DIR": str(BENCH / f"{size}-postgres"), "DATABASE_URL": url},
                )
            )
    return [row for row in found if args.only in (None, row[0])]


def _postgres_database(server: str, size: str) -> str:
    """The URL of ``<name>_<size>`` on the server, created when missing."""
    import psycopg

    parts = urlsplit(server)
    name = f"{parts.path.strip('/') or 'werkplaats_bench'}_{size}"
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as db:
        if not db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            db.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def _run(name: str, env: dict, *arguments: str) -> str:
    """Runs ``bench/<name>``; returns what it printed."""
    print(f"  {name} {' '.join(arguments)}", flush=True)
    Path(env["VAR_DIR"]).mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / name), *arguments],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode not in (0, 1):  # 1: a target of its own missed; the numbers still count
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"bench: {name} failed (exit status {done.returncode}).")
    return done.stdout


def _step(args, out: Path, name: str, env: dict, *arguments: str, prints: bool = False) -> dict:
    """The JSON of one measurement, kept in ``out`` (``--reuse`` takes it from there): the script
    writes it there itself, or (``prints``) prints it as its last line."""
    if not (args.reuse and out.exists()):
        printed = _run(name, env, *arguments)
        if prints:
            out.write_text(printed.strip().splitlines()[-1])
    return json.loads(out.read_text())


def measure(args) -> dict:
    results = {"pages": {}, "server": {}, "search": None, "report": None, "matching": None}
    for engine, size, env in databases(args):
        key = f"{engine}/{size}"
        print(f"{key} (the database is built the first time)", flush=True)
        var = env["VAR_DIR"]
        out = BENCH / f"pages-{engine}-{size}.json"
        results["pages"][key] = _step(
            args, out, "pages.py", env, "--var-dir", var, "--scale", SIZES[size],
            "--runs", str(args.runs), "--json", str(out), "--markdown", str(out.with_suffix(".md")),
        )  # fmt: skip
        if size == "benchmark":
            out = BENCH / f"server-{engine}.json"
            results["server"][engine] = _step(
                args, out, "server.py", env, "--var-dir", var, "--seconds", str(args.seconds),
                "--json", str(out),
            )  # fmt: skip
        if (engine, size) == ("sqlite", "benchmark"):
            for name in ("search", "report"):
                out = BENCH / f"{name}.json"
                results[name] = _step(
                    args, out, f"{name}.py", env, "--var-dir", var, "--json", prints=True
                )
            # suggest() for a visitor, a coordinator and an editor over 100 000 questions
            settings = {
                "DJANGO_SETTINGS_MODULE": "werkplaats.conf.settings",
                "LOG_LEVEL": "WARNING",
            }
            results["matching"] = _step(
                args, BENCH / "matching.json", "run.py", {**env, **settings}, "--phase", "latency",
                "--scale", "1", "--runs", "30", "--min-questions", "0", prints=True,
            )  # fmt: skip
    return results


def check(results: dict) -> list[str]:
    """What misses a target of issue 9, one line each."""
    missed = []
    for key, run in results["pages"].items():
        if not key.endswith("/benchmark"):
            continue
        for row in run["rows"]:
            if row["page"].startswith("floor") or row["page"].endswith("(computed)"):
                continue
            for measure_ in ("median_ms", "p95_ms", "made_median_ms", "made_p95_ms"):
                limit = TARGETS[measure_.removeprefix("made_")]
                if row[measure_] >= limit:
                    missed.append(
                        f"{key} {row['page']}: {measure_} {row[measure_]} (target < {limit})"
                    )
            if row["x_floor"] > TARGETS["x_floor"]:
                missed.append(f"{key} {row['page']}: {row['x_floor']}× its floor (target <= 3×)")
        demo = results["pages"].get(key.replace("/benchmark", "/demo"))
        if demo:
            queries = {row["page"]: row["made_queries"] for row in demo["rows"]}
            for row in run["rows"]:
                if row["page"].endswith("(computed)"):  # the task's work, not a page request
                    continue
                if queries.get(row["page"], row["made_queries"]) != row["made_queries"]:
                    missed.append(
                        f"{key} {row['page']}: {row['made_queries']} queries, "
                        f"{queries[row['page']]} at demo size"
                    )
    for engine, server in results["server"].items():
        if server["memory"]["peak_rss_mb"] >= TARGETS["memory_mb"]:
            missed.append(f"{engine}: a web process peaked at {server['memory']['peak_rss_mb']} MB")
    return missed


def _table(demo: dict | None, big: dict) -> list[str]:
    """One database: demo size (made), benchmark size as served to visitors and made anew."""
    lines = [
        "| Page | Demo: median | p95 | queries | Benchmark, served: median | p95 | × floor "
        "| Benchmark, made: median | p95 | queries | × floor |",
        "|---|" + "---:|" * 10,
    ]
    small = {row["page"]: row for row in (demo or {"rows": []})["rows"]}
    for row in big["rows"]:
        first = small.get(row["page"])
        cells = (
            [
                f"{first['made_median_ms']:.1f}",
                f"{first['made_p95_ms']:.1f}",
                str(first["made_queries"]),
            ]
            if first
            else ["–"] * 3
        )
        cells += [f"{row['median_ms']:.1f}", f"{row['p95_ms']:.1f}", f"{row['x_floor']:.1f}×"]
        cells += [
            f"{row['made_median_ms']:.1f}",
            f"{row['made_p95_ms']:.1f}",
            str(row["made_queries"]),
        ]
        cells.append(f"{row['made_x_floor']:.1f}×")
        lines.append(f"| {row['page']} | " + " | ".join(cells) + " |")
    return lines


def markdown(results: dict, machine: str, when: str) -> str:
    runs = results["pages"]
    keys = [
        key
        for key in ("sqlite/demo", "sqlite/benchmark", "postgresql/demo", "postgresql/benchmark")
        if key in runs
    ]
    data = {key: runs[key]["data"] for key in keys}
    lines = [
        "# Benchmarks",
        "",
        f"Measured {when} on {machine} by `make bench` (`bench/suite.py`); rerun it to refresh this",
        "file. Server time is measured in the process, through the whole middleware stack with the",
        "production settings (`DEBUG` off), with Django's test client: the median and p95 of",
        f"{runs[keys[0]]['runs']} requests after three untimed ones, and the SQL queries of one request.",
        "",
        "Sizes: "
        + "; ".join(
            f"**{key}**: " + ", ".join(f"{n:,} {what}" for what, n in data[key].items())
            for key in keys
        )
        + ".",
        "",
        "*Served* is what a visitor gets: public pages and API answers come from the page cache",
        "(`utils/pagecache.py`: kept per content revision, made anew after any change) once one",
        "visitor asked; *made* is the same page made anew on every request (`PAGE_CACHE_SECONDS=0`).",
        "The question inbox's list is the same for everyone who may open it and is kept the same",
        "way (`pagecache.fragment`); the page around it is made for the coordinator. Dashboards'",
        "figures come from the cache the task worker fills every five minutes; *computed* rows",
        "compute them on the request.",
        "",
        "Floors: *page* is the site's layout with an empty main part (`bench/floor_urls.py`), *API",
        "list* an empty page of a REST framework list; *text* two bytes of text, what the stack alone",
        "costs. × floor divides a page's median by its floor's.",
        "",
    ]
    for engine in ("sqlite", "postgresql"):
        if f"{engine}/benchmark" in runs:
            lines += [f"## {'SQLite' if engine == 'sqlite' else 'PostgreSQL'}", ""]
            lines += _table(runs.get(f"{engine}/demo"), runs[f"{engine}/benchmark"])
            lines.append("")
    if results["server"]:
        lines += [
            "",
            "## The production server",
            "",
            "`bench/server.py` at benchmark size: `werkplaats serve` (gunicorn with the task worker",
            "and scheduler) on loopback, a client with concurrent connections on the same two cores.",
            "",
            "| Database | Home (requests/s) | Floor: page (requests/s) | Home p95 (ms) "
            "| Peak memory of a web process (MB) |",
            "|---|---:|---:|---:|---:|",
        ]
        for engine, server in results["server"].items():
            home, floor = server["throughput"]["home"], server["throughput"]["floor"]
            lines.append(
                f"| {engine} ({server['workers']} workers, {server['concurrency']} connections) "
                f"| {home['requests_per_s']:.0f} | {floor['requests_per_s']:.0f} | {home['p95_ms']:.0f} "
                f"| {server['memory']['peak_rss_mb']:.0f} |"
            )
    if results["search"]:
        search = results["search"]
        lines += [
            "",
            "## Search, matching, the evaluation report (SQLite, benchmark size)",
            "",
            f"- Search (`bench/search.py`, {search['entries']:,} entries): the service "
            f"{search['service']['median_ms']:.1f} ms median, {search['service']['p95_ms']:.1f} ms p95; "
            f"the raw full-text query {search['raw']['median_ms']:.1f} / {search['raw']['p95_ms']:.1f} ms "
            f"({search['ratio_p95']:.1f}× at p95).",
        ]
    if results["matching"]:
        matching = results["matching"]
        roles = ", ".join(
            f"{role} {numbers['median_ms']:.0f} ms ({numbers['p95_ms']:.0f} ms p95)"
            for role, numbers in matching["roles"].items()
        )
        lines.append(
            f"- Matching a question (`suggest()`, {matching['questions']:,} questions): {roles}; "
            f"the profiles are built once per process in {matching['cold_ms'] / 1000:.1f} s."
        )
    if results["report"]:
        report = results["report"]
        lines.append(
            f"- Network-wide evaluation report (`bench/report.py`): HTML {report['html']['median_s']:.2f} s, "
            f"PDF {report['pdf']['median_s']:.2f} s (median; first in a process "
            f"{report['html']['first_s']:.2f} s and {report['pdf']['first_s']:.2f} s)."
        )
    missed = check(results)
    lines += ["", "## Targets (issue 9)", ""]
    lines += [f"- MISSED: {line}" for line in missed] or [
        "- Every page and API list under 100 ms median and 250 ms p95 at benchmark size, within 3×"
        " its floor, with the same number of queries as at demo size; web processes under 300 MB."
    ]
    lines += [
        "",
        "## Reading the table",
        "",
        "- A visitor's page is made once per content revision and then served from the shared",
        "  cache, within a millisecond; that is what keeps it within three times its floor. Made",
        "  anew, pages take 5-30 times the floor: the floor renders the layout and no data.",
        "- The question inbox checks who asks and renders the layout for them on every request; its",
        "  list (filters, 25 questions, the bulk form without its CSRF token) is kept per content",
        "  revision, filters, language and day. Made anew it is rendering-bound (25 rows with their",
        "  filters), a few times the signed-in floor; *made* shows that figure.",
        "- *Computed* dashboards are the work of the task that fills the dashboards' cache. A",
        "  coordinator's or editor's internal dashboard is computed on the request in the same time.",
        "  They take a query or two more at benchmark size because a query is skipped when a list",
        "  is empty (no memberships in the period, no bridge organisations), not a query per row.",
        "- Matching a question (`suggest()`, the coordinator's triage page) scores every candidate",
        "  in Python and reads which rows the user may see on every call. That is fast at the demo's",
        "  size and at 3 000 questions (`bench/run.py`) but not at 100 000.",
        "",
        "## Rerun",
        "",
        "```",
        "make bench                                   # everything, SQLite only",
        "BENCH_POSTGRES_URL=postgres://user:password@host:5432/werkplaats_bench make bench",
        ".venv/bin/python bench/suite.py --only sqlite --runs 30",
        "```",
        "",
        "The databases are kept in `var/bench/` (and as `werkplaats_bench_demo`,",
        "`werkplaats_bench_benchmark` on the PostgreSQL server); delete them to build anew.",
    ]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    args = _arguments(argv)
    started = time.monotonic()
    results = measure(args)
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, "
        f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    )
    when = time.strftime("%Y-%m-%d", time.gmtime())
    results.update(machine=machine, when=when, targets=TARGETS, missed=check(results))
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(results, indent=2))
    text = markdown(results, machine, when)
    Path(args.markdown).parent.mkdir(parents=True, exist_ok=True)
    Path(args.markdown).write_text(text)
    print(text)
    print(f"({time.monotonic() - started:.0f} s; {args.json}, {args.markdown})")
    return 1 if results["missed"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
