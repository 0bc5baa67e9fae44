"""Evaluation reports: the list (and the form to request one), a report's page (progress while it
is made, the report and its downloads when ready) and the downloads.

Every view asks ``permissions`` first; a report the viewer may not see is 404, like its files.
Making a report is in ``reports.services``.
"""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods, require_POST

from werkplaats.network.views.pagination import paginate

from ..models import EvaluationReport, ReportStatus
from ..permissions import (
    can_request_again,
    can_request_report,
    can_request_reports,
    reports_visible_to,
    workshops_for_reports_of,
)
from ..reports import services
from ..reports.forms import ReportRequestForm
from ..scope import may_see_internal

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
#: The PDF opens in the browser's own viewer; nothing in it may run script or load anything.
PDF_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'"
ATTACHMENT_POLICY = "default-src 'none'; sandbox"


def _request_form(request, data=None):
    from werkplaats.accounts.roles import is_network_editor

    return ReportRequestForm(
        data,
        workshops=workshops_for_reports_of(request.user).order_by("name"),
        network=is_network_editor(request.user),
    )


@require_http_methods(["GET", "POST"])
def report_list(request):
    may_request = can_request_reports(request.user)
    form = _request_form(request) if may_request else None
    status = 200
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not may_request:
            raise PermissionDenied
        form = _request_form(request, request.POST)
        if form.is_valid():
            data = form.cleaned_data
            workshop = data["workshop"]
            audience = data["audience"]
            if not can_request_report(request.user, workshop) or (
                audience == "internal" and not may_see_internal(request.user, workshop)
            ):
                raise PermissionDenied
            report = services.request_report(
                user=request.user,
                workshop=workshop,
                period=data["chosen_period"],
                audience=audience,
                theme=data["theme"],
            )
            return redirect(report)
        status = 400
    reports = reports_visible_to(request.user).select_related("workshop", "theme")
    return render(
        request,
        "monitoring/reports/list.html",
        {"page_obj": paginate(request, reports), "form": form},
        status=status,
    )


def _visible_report(request, uuid) -> EvaluationReport:
    return get_object_or_404(
        reports_visible_to(request.user).select_related("workshop", "theme", "requested_by"),
        uuid=uuid,
    )


def report_detail(request, uuid):
    report = _visible_report(request, uuid)
    context = {"report": report, "can_retry": False}
    if report.status == ReportStatus.DONE:
        try:
            with report.html_file.open("rb") as handle:
                context["body"] = handle.read().decode("utf-8")
        except (FileNotFoundError, ValueError):
            raise Http404 from None
        return render(request, "monitoring/reports/report.html", context)
    context["can_retry"] = report.status == ReportStatus.FAILED and can_request_again(
        request.user, report
    )
    response = render(request, "monitoring/reports/progress.html", context)
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def report_retry(request, uuid):
    report = _visible_report(request, uuid)
    if report.status != ReportStatus.FAILED or not can_request_again(request.user, report):
        raise PermissionDenied
    services.request_again(report)
    return redirect(report)


def download_name(report: EvaluationReport, kind: str) -> str:
    scope = report.workshop.slug if report.workshop_id else "netwerk"
    parts = ["evaluatierapport", scope, report.period.key]
    if report.theme_id:
        parts.append(report.theme.slug)
    if report.is_internal:
        parts.append("intern")
    return f"{slugify('-'.join(parts))}.{kind}"


def report_file(request, uuid, kind):
    if kind not in CONTENT_TYPES:
        raise Http404
    report = _visible_report(request, uuid)
    field = report.files()[kind]
    if report.status != ReportStatus.DONE or not field.name:
        raise Http404
    try:
        handle = field.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        content_type=CONTENT_TYPES[kind],
        as_attachment=kind != "pdf",
        filename=download_name(report, kind),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = PDF_POLICY if kind == "pdf" else ATTACHMENT_POLICY
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Cache-Control"] = "private, no-store" if report.is_internal else "public, max-age=300"
    return response


urlpatterns = [
    path("monitoring/rapporten/", report_list, name="reports"),
    path("monitoring/rapporten/<uuid:uuid>/", report_detail, name="report"),
    path("monitoring/rapporten/<uuid:uuid>/opnieuw/", report_retry, name="report_retry"),
    path("monitoring/rapporten/<uuid:uuid>/<str:kind>/", report_file, name="report_file"),
]
