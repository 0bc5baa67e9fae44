"""Evaluation reports: request one, generate it (in a task) and store its three files.
Knows nothing of HTTP."""

import logging
import tempfile
import time
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ..models import Audience, EvaluationReport, ReportStatus
from ..periods import Period
from . import content as report_content
from .html import render_body
from .pdf import compile_pdf, write_charts
from .workbook import build_workbook

logger = logging.getLogger(__name__)

#: Progress (percent) reached when each step starts.
STEPS = {
    "figures": 5,
    "network": 30,
    "html": 45,
    "charts": 55,
    "pdf": 80,
    "workbook": 92,
}


def report_title(report: EvaluationReport) -> str:
    if report.workshop_id:
        return _("Evaluation report %(werkplaats)s") % {"werkplaats": report.workshop.name}
    return _("Evaluation report of the network")


def request_report(
    *, user, workshop=None, period: Period, audience: str = Audience.PUBLIC, theme=None
) -> EvaluationReport:
    """Creates a report (the caller has checked ``permissions.can_request_report``) and queues
    its generation once the transaction commits."""
    report = EvaluationReport.objects.create(
        workshop=workshop,
        theme=theme,
        first_year=period.first_year,
        last_year=period.last_year,
        audience=audience,
        language=translation.get_language() or "nl",
        requested_by=user if getattr(user, "is_authenticated", False) else None,
        step=_("Waiting for a worker"),
    )
    enqueue(report)
    return report


def enqueue(report: EvaluationReport) -> None:
    from ..tasks import generate_report

    uuid = str(report.uuid)
    transaction.on_commit(lambda: generate_report.enqueue(uuid))


def request_again(report: EvaluationReport) -> EvaluationReport:
    """Queues a failed (or stuck) report once more."""
    EvaluationReport.objects.filter(pk=report.pk).update(
        status=ReportStatus.QUEUED, progress=0, error="", step=_("Waiting for a worker")
    )
    report.refresh_from_db()
    enqueue(report)
    return report


def _claim(report: EvaluationReport) -> int | None:
    """Marks the report running for this run; None when it is done (nothing to do). A report
    left running by a worker that was killed can be claimed again: the newest run wins."""
    claimed = EvaluationReport.objects.filter(
        pk=report.pk, status__in=[ReportStatus.QUEUED, ReportStatus.RUNNING, ReportStatus.FAILED]
    ).update(
        status=ReportStatus.RUNNING,
        attempts=F("attempts") + 1,
        started_at=timezone.now(),
        progress=0,
        error="",
    )
    if not claimed:
        return None
    return EvaluationReport.objects.values_list("attempts", flat=True).get(pk=report.pk)


def _progress(report: EvaluationReport, attempt: int, step: str, percent: int) -> None:
    EvaluationReport.objects.filter(pk=report.pk, attempts=attempt).update(
        step=step, progress=min(percent, 100)
    )


def generate(report: EvaluationReport) -> EvaluationReport:
    """Makes the report's HTML, PDF and workbook and stores them. Running it again for a report
    that is done does nothing. A failure is stored with a message for the reader; the details go
    to the log."""
    attempt = _claim(report)
    if attempt is None:
        report.refresh_from_db()
        return report
    with translation.override(report.language):
        try:
            files = _make(report, attempt)
        except Exception:
            logger.exception("Evaluation report %s failed", report.uuid)
            EvaluationReport.objects.filter(pk=report.pk, attempts=attempt).update(
                status=ReportStatus.FAILED,
                finished_at=timezone.now(),
                error=_(
                    "The report could not be made because of an unexpected error. Try again; "
                    "if it fails again, tell the network's administrators."
                ),
            )
            report.refresh_from_db()
            return report
        _store(report, attempt, files)
    report.refresh_from_db()
    return report


def _make(report: EvaluationReport, attempt: int) -> dict[str, bytes]:
    scope = report.scope
    timings = {}
    started = time.perf_counter()
    _progress(report, attempt, _("Computing the figures"), STEPS["figures"])
    content = report_content.build(scope, report_title(report))
    _progress(report, attempt, _("Analysing the network"), STEPS["network"])
    analysis, drawing = network_analysis(scope)
    content.analysis, content.drawing_svg = analysis, drawing
    _progress(report, attempt, _("Writing the web page"), STEPS["html"])
    html = render_body(content)
    timings["html"] = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="werkplaats-report-") as folder:
        span = STEPS["pdf"] - STEPS["charts"]

        def chart_progress(done: int, total: int) -> None:
            if done == total or done % 5 == 0:
                percent = STEPS["charts"] + span * done // max(total, 1)
                step = _("Drawing the charts (%(done)d of %(total)d)") % {
                    "done": done,
                    "total": total,
                }
                _progress(report, attempt, step, percent)

        _progress(report, attempt, _("Drawing the charts"), STEPS["charts"])
        chart_files = write_charts(content, Path(folder), chart_progress)
        _progress(report, attempt, _("Typesetting the PDF"), STEPS["pdf"])
        pdf = compile_pdf(content, Path(folder), chart_files)
    timings["pdf"] = time.perf_counter() - started
    _progress(report, attempt, _("Filling the workbook"), STEPS["workbook"])
    xlsx = build_workbook(content)
    logger.info(
        "Evaluation report %s made: HTML after %.2f s, PDF after %.2f s",
        report.uuid,
        timings["html"],
        timings["pdf"],
    )
    return {"html": html.encode("utf-8"), "pdf": pdf, "xlsx": xlsx}


def network_analysis(scope):
    """The network analysis and its drawing, or (None, "") while that module is not there."""
    try:
        from ..network import analyse, drawing_svg
    except ImportError:
        return None, ""
    analysis = analyse(scope)
    return analysis, drawing_svg(analysis)


def _store(report: EvaluationReport, attempt: int, files: dict[str, bytes]) -> None:
    """Saves the files and marks the report done, unless a newer run has claimed it meanwhile."""
    with transaction.atomic():
        current = EvaluationReport.objects.select_for_update().get(pk=report.pk)
        if current.attempts != attempt:
            return
        old = [field.name for field in current.files().values() if field.name]
        storage = current.html_file.storage
        for kind, field in current.files().items():
            field.save(f"report.{kind}", ContentFile(files[kind]), save=False)
        current.status = ReportStatus.DONE
        current.progress = 100
        current.step = _("Ready")
        current.finished_at = timezone.now()
        current.save()
        for name in old:
            transaction.on_commit(lambda name=name: storage.delete(name))


def delete_report(report: EvaluationReport) -> None:
    """Deletes the report; its files go when the deletion commits (see models)."""
    report.delete()
