#!/usr/bin/env python
"""``make bench`` (monitoring part): time to make the network-wide evaluation report at the
``--scale`` network (issue 7).

Builds (or reuses, ``--var-dir``) a ``werkplaats demo --scale N`` database, then, for the network
as a whole over the current subsidy period, with the internal figures (what a network editor gets):

- **HTML**: every indicator computed (``indicators.compute``), the network analysed, the report's
  content assembled and rendered as the HTML page;
- **PDF**: the HTML's work plus every chart drawn as SVG (vl-convert) and the document typeset by
  typst;
- **dashboard**: the network dashboard page served by Django's test client (time and queries).

The first run in a process is reported apart (it starts the chart renderer); median and max of the
others. Exit status 1 when the HTML takes 3 s or more, or the PDF 10 s or more (median).
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from common import build_demo, client_for, setup_django  # noqa: E402

TARGET_HTML_S = 3.0
TARGET_PDF_S = 10.0


def _arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--var-dir", help="use (or build) the database in this VAR_DIR")
    parser.add_argument("--scale", type=int, default=10, help="demo scale (default 10)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs after the first")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON only")
    return parser.parse_args(argv)


def _build(scale: int) -> dict:
    from werkplaats.network.models import Organisation, Workshop
    from werkplaats.projects.models import Project
    from werkplaats.questions.models import PracticeQuestion

    build_demo(scale)
    return {
        "workshops": Workshop.objects.count(),
        "organisations": Organisation.objects.count(),
        "projects": Project.objects.count(),
        "questions": PracticeQuestion.objects.count(),
    }


def _html(scope):
    from werkplaats.monitoring.reports import content as report_content
    from werkplaats.monitoring.reports.html import render_body
    from werkplaats.monitoring.reports.services import network_analysis

    content = report_content.build(scope, "Benchmark")
    content.analysis, content.drawing_svg = network_analysis(scope)
    render_body(content)
    return content


def _pdf(scope) -> int:
    from werkplaats.monitoring import charts as chart_module
    from werkplaats.monitoring.reports.pdf import compile_pdf, write_charts

    chart_module._render.cache_clear()  # every run draws every chart anew, as a new report does

    content = _html(scope)
    with tempfile.TemporaryDirectory(prefix="werkplaats-report-bench-") as folder:
        charts = write_charts(content, Path(folder), lambda done, total: None)
        return len(compile_pdf(content, Path(folder), charts))


def _timed(function, runs: int) -> dict:
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    first, rest = times[0], times[1:]
    return {"first_s": first, "median_s": statistics.median(rest), "max_s": max(rest)}


def measure(runs: int) -> dict:
    from django.contrib.auth import get_user_model
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from werkplaats.monitoring.periods import current_period
    from werkplaats.monitoring.scope import Scope

    translation.activate("nl")
    scope = Scope(period=current_period(), internal=True)
    numbers = {"period": scope.period.key, "database": connection.vendor}
    numbers["html"] = _timed(lambda: _html(scope), runs)
    numbers["pdf"] = _timed(lambda: _pdf(scope), runs)
    numbers["pdf_bytes"] = _pdf(scope)

    editor, _ = get_user_model().objects.get_or_create(
        username="bench-editor", defaults={"is_network_editor": True}
    )
    client = client_for(editor)
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/monitoring/")
    assert response.status_code == 200, response.status_code
    numbers["dashboard_queries"] = len(queries)
    numbers["dashboard"] = _timed(lambda: client.get("/monitoring/"), runs)
    return numbers


def report(numbers: dict) -> bool:
    print(
        f"\n== Evaluation report, network-wide, {numbers['period']}, demo --scale "
        f"{numbers['scale']} ({numbers['workshops']} werkplaatsen, {numbers['organisations']} "
        f"organisations, {numbers['projects']} projects, {numbers['questions']} questions), "
        f"{numbers['database']} =="
    )
    for label, key in (("HTML report", "html"), ("PDF report", "pdf"), ("dashboard", "dashboard")):
        stats = numbers[key]
        print(
            f"  {label:<14} median {stats['median_s']:6.2f} s   max {stats['max_s']:6.2f} s"
            f"   (first in a process {stats['first_s']:.2f} s)"
        )
    print(
        f"  PDF size {numbers['pdf_bytes'] / 1024:.0f} KiB; dashboard queries {numbers['dashboard_queries']}"
    )
    html_ok = numbers["html"]["median_s"] < TARGET_HTML_S
    pdf_ok = numbers["pdf"]["median_s"] < TARGET_PDF_S
    print(
        f"  HTML < {TARGET_HTML_S:.0f} s: {'ok' if html_ok else 'MISSED'}; "
        f"PDF < {TARGET_PDF_S:.0f} s: {'ok' if pdf_ok else 'MISSED'}"
    )
    return html_ok and pdf_ok


def main(argv=None) -> int:
    args = _arguments(argv)
    with tempfile.TemporaryDirectory(prefix="werkplaats-report-bench-") as tmp:
        var_dir = args.var_dir or tmp
        Path(var_dir).mkdir(parents=True, exist_ok=True)
        setup_django(var_dir)
        if not args.json:
            print(f"Building the report bench database in {var_dir} ...", flush=True)
        numbers = {"scale": args.scale, **_build(args.scale)}
        numbers.update(measure(args.runs))
        if args.json:
            print(json.dumps(numbers))
            return 0
        return 0 if report(numbers) else 1


if __name__ == "__main__":
    raise SystemExit(main())
