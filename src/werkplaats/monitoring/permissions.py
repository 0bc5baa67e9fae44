"""Who may request and see evaluation reports. Lists are filtered here, never in templates.

- Public reports (figures of a public scope) may be listed and read by everyone.
- Internal reports are for the coordinators of that werkplaats and the network editors only; an
  internal report on the whole network is for network editors only.
- A coordinator requests reports for their own werkplaatsen; a network editor for any werkplaats
  and for the whole network.
"""

from django.db.models import Q, QuerySet

from werkplaats.accounts.roles import coordinated_workshops, is_network_editor
from werkplaats.network.models import Workshop

from .models import Audience, EvaluationReport, ReportStatus


def can_request_reports(user) -> bool:
    return is_network_editor(user) or coordinated_workshops(user).exists()


def workshops_for_reports_of(user) -> QuerySet:
    """The werkplaatsen a user may request reports on."""
    if is_network_editor(user):
        return Workshop.objects.all()
    return coordinated_workshops(user)


def can_request_report(user, workshop: Workshop | None) -> bool:
    """``workshop`` None is the whole network: network editors only."""
    if is_network_editor(user):
        return True
    return workshop is not None and coordinated_workshops(user).filter(pk=workshop.pk).exists()


def reports_visible_to(user) -> QuerySet:
    """Reports a user may see listed, open and download."""
    reports = EvaluationReport.objects.all()
    if is_network_editor(user):
        return reports
    condition = Q(audience=Audience.PUBLIC)
    if not can_request_reports(user):
        # Visitors and members: finished public reports only, not the queue of others' requests.
        return reports.filter(condition, status=ReportStatus.DONE)
    own = coordinated_workshops(user).values("pk")
    return reports.filter(condition | Q(audience=Audience.INTERNAL, workshop__in=own))


def can_see_report(user, report: EvaluationReport) -> bool:
    return reports_visible_to(user).filter(pk=report.pk).exists()


def can_request_again(user, report: EvaluationReport) -> bool:
    return can_request_report(user, report.workshop) and can_see_report(user, report)
