#!/usr/bin/env python
"""``make bench`` (pages part): server time and queries of every public page and API list,
against the floor (issue 9, part 2).

Builds (or reuses, ``--var-dir``) a demo database (``--scale N``; 1 is the demo of ``make run``),
then serves each address with Django's test client through the whole middleware stack and the
production settings (``DEBUG`` off, hashed static files): ``--warm`` requests first, then
``--runs`` timed ones. For each it reports the median and p95 of the server time, the number of SQL
queries, and the ratio of the median to the floor: a view that returns a short text, served by the
same stack (``bench/floor_urls.py``).

A visitor's page is measured as visitors get it (from the page cache, ``utils/pagecache.py``, after
the first request) and made anew (``PAGE_CACHE_SECONDS=0``: the ``made_`` figures). The monitoring
dashboards are also measured with their figures computed on every request
(``MONITORING_CACHE_SECONDS=0``), which the task worker otherwise does every five minutes.

Writes a JSON file and a Markdown table (``--json``, ``--markdown``); prints the table.
"""

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from common import build_demo, client_for, setup_django  # noqa: E402

#: (label, address, who): who is None for a visitor, or a username made by ``_users``.
PAGES = [
    ("floor: text", "/__floor__/text/", None),
    ("floor: page", "/__floor__/", None),
    ("floor: API list", "/api/v1/__floor__/", None),
    ("floor: page, signed in", "/__floor__/", "bench-coordinator"),
    ("home", "/", None),
    ("werkplaatsen", "/werkplaatsen/", None),
    ("werkplaats", "/werkplaatsen/{workshop}/", None),
    ("organisations", "/organisaties/", None),
    ("people", "/wie-weet-wat/", None),
    ("projects", "/projecten/", None),
    ("projects, filtered", "/projecten/?werkplaats={workshop}&status=running", None),
    ("library", "/bibliotheek/", None),
    ("publications", "/publicaties/", None),
    ("search", "/zoeken/?q=eenzaamheid+ouderen", None),
    ("dashboard, network", "/monitoring/", None),
    ("dashboard, werkplaats", "/monitoring/{workshop}/", None),
    ("question inbox", "/werkplaatsen/{workshop}/vragen/", "bench-coordinator"),
    ("API workshops", "/api/v1/workshops/", None),
    ("API organisations", "/api/v1/organisations/", None),
    ("API people", "/api/v1/people/", None),
    ("API projects", "/api/v1/projects/", None),
    ("API products", "/api/v1/products/", None),
    ("API publications", "/api/v1/publications/", None),
]


def _arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--var-dir", help="use (or build) the database in this VAR_DIR")
    parser.add_argument(
        "--scale",
        type=lambda value: value if value == "benchmark" else int(value),
        default=1,
        help="demo scale: a number (default 1: the demo) or 'benchmark'",
    )
    parser.add_argument("--runs", type=int, default=30, help="timed requests per address")
    parser.add_argument("--warm", type=int, default=3, help="untimed requests first")
    parser.add_argument("--json", default=str(ROOT / "var" / "bench-pages.json"))
    parser.add_argument("--markdown", default=str(ROOT / "var" / "bench-pages.md"))
    return parser.parse_args(argv)


def _setup(var_dir: str) -> None:
    setup_django(var_dir)
    from django.conf import settings

    settings.ROOT_URLCONF = "floor_urls"
    import werkplaats.conf.wsgi  # noqa: F401 (loads and freezes what a web process loads first)


def _build(scale: int) -> dict:
    from werkplaats.network.models import Organisation, Person, Workshop
    from werkplaats.projects.models import Project
    from werkplaats.questions.models import PracticeQuestion

    build_demo(scale)
    return {
        "werkplaatsen": Workshop.objects.count(),
        "organisations": Organisation.objects.count(),
        "people": Person.objects.count(),
        "projects": Project.objects.count(),
        "questions": PracticeQuestion.objects.count(),
    }


def _users(workshop):
    from django.contrib.auth import get_user_model

    user, _created = get_user_model().objects.get_or_create(username="bench-coordinator")
    workshop.coordinators.add(user)
    return {"bench-coordinator": user}


def measure(client, address: str, runs: int, warm: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(warm):
        response = client.get(address, secure=True)
    if response.status_code != 200:
        raise SystemExit(f"{address} answered {response.status_code}")
    times = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            client.get(address, secure=True)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[max(0, round(0.95 * len(times)) - 1)], 1),
        "queries": len(queries),
    }


def run(args) -> dict:
    from django.core.cache import cache
    from django.test import override_settings

    from werkplaats.monitoring.warming import warm_public_dashboards
    from werkplaats.network.models import Workshop

    workshop = Workshop.objects.order_by("slug").first()
    users = _users(workshop)
    cache.clear()
    warm_public_dashboards()
    rows = []
    for label, address, who in PAGES:
        address = address.format(workshop=workshop.slug)
        client = client_for(users.get(who))
        row = {"page": label, "address": address, "who": who}
        with override_settings(PAGE_CACHE_SECONDS=0):
            made = measure(client, address, args.runs, args.warm)
        if not label.startswith("floor"):
            row.update(measure(client, address, args.runs, args.warm))  # as it is served
            row.update({f"made_{name}": value for name, value in made.items()})
        else:  # never from a cache: the floors
            row.update(made, **{f"made_{name}": value for name, value in made.items()})
        rows.append(row)
        if label.startswith("dashboard"):
            with override_settings(MONITORING_CACHE_SECONDS=0, PAGE_CACHE_SECONDS=0):
                computed = measure(client, address, args.runs, args.warm)
            made = {f"made_{name}": value for name, value in computed.items()}
            rows.append({"page": f"{label} (computed)", "address": address, **computed, **made})
    floors = {row["page"]: row["median_ms"] for row in rows if row["page"].startswith("floor")}
    for row in rows:
        row["floor"] = floor_of(row)
        row["x_floor"] = round(row["median_ms"] / floors[row["floor"]], 1)
        row["made_x_floor"] = round(row["made_median_ms"] / floors[row["floor"]], 1)
    return {"rows": rows, "floors_ms": floors}


def floor_of(row: dict) -> str:
    """Pages against the layout's floor, API lists against the empty list's, floors themselves
    against the bare stack."""
    if row["page"].startswith("floor"):
        return "floor: text"
    if row["address"].startswith("/api/"):
        return "floor: API list"
    return "floor: page, signed in" if row.get("who") else "floor: page"


def markdown(result: dict) -> str:
    lines = [
        f"Pages and API lists, {result['database']} ({result['when']}), {result['machine']}.",
        f"Data: {', '.join(f'{n:,} {what}' for what, n in result['data'].items())}.",
        "",
        "| Page | Median (ms) | p95 (ms) | Queries | × floor | Made: median | p95 | queries | × floor |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in result["rows"]:
        lines.append(
            f"| {row['page']} | {row['median_ms']} | {row['p95_ms']} | {row['queries']} "
            f"| {row['x_floor']} | {row['made_median_ms']} | {row['made_p95_ms']} "
            f"| {row['made_queries']} | {row['made_x_floor']} |"
        )
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    args = _arguments(argv)
    with tempfile.TemporaryDirectory(prefix="werkplaats-bench-") as scratch:
        _setup(args.var_dir or scratch)
        data = _build(args.scale)
        result = run(args)
        from django.db import connection

        result.update(
            data=data,
            database=connection.vendor,
            when=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            machine=f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            runs=args.runs,
        )
    table = markdown(result)
    for path, text in ((args.json, json.dumps(result, indent=2)), (args.markdown, table)):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(text)
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
