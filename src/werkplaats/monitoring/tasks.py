"""Evaluation reports are made by the task worker (django-tasks), so a long report does not hold
a web request."""

from django_tasks import task


@task()
def generate_report(report_uuid: str) -> str:
    """Makes the report's files; returns its final status. Safe to run twice: a report that is
    done is left alone, one left running by a killed worker is made again."""
    from .models import EvaluationReport
    from .reports.services import generate

    report = (
        EvaluationReport.objects.select_related("workshop", "theme")
        .filter(uuid=report_uuid)
        .first()
    )
    if report is None:  # deleted while it waited
        return "deleted"
    return generate(report).status


@task()
def warm_dashboards() -> int:
    """Computes the public figures of the default dashboards ahead of visitors (see warming)."""
    from .warming import warm_public_dashboards

    return warm_public_dashboards()
