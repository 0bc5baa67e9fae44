"""Pages on which coordinators import spreadsheets into their werkplaats and export them again.

Every view asks ``permissions`` first; reading, checking and committing are in ``services``.
"""

import csv
import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from werkplaats.network.models import Workshop

from . import engine, services
from .forms import UploadForm
from .models import ImportJob, ImportStatus
from .permissions import can_export, can_import
from .registry import all_specs, get_spec
from .tables import TableError

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _workshop(request, slug: str, check=can_import) -> Workshop:
    workshop = get_object_or_404(Workshop, slug=slug)
    if not check(request.user, workshop):
        raise PermissionDenied
    return workshop


def _job(request, slug: str, job_uuid) -> ImportJob:
    workshop = _workshop(request, slug)
    return get_object_or_404(
        ImportJob.objects.select_related("workshop", "created_by"), uuid=job_uuid, workshop=workshop
    )


def _download(content: bytes, file_format: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    # Exports may hold e-mail addresses: no cache on the way may keep a copy.
    response["Cache-Control"] = "private, no-store"
    return response


def _spec_and_format(spec_name: str, file_format: str):
    spec = get_spec(spec_name)
    if spec is None or file_format not in CONTENT_TYPES:
        raise Http404
    return spec


@login_required
@require_http_methods(["GET", "POST"])
def start(request, slug):
    workshop = _workshop(request, slug)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = services.upload(
                spec_name=form.cleaned_data["spec"],
                workshop=workshop,
                user=request.user,
                uploaded_file=form.cleaned_data["file"],
            )
        except TableError as error:
            form.add_error("file", str(error))
        else:
            return redirect("imports:preview", slug=workshop.slug, job=job.uuid)
    jobs = workshop.import_jobs.select_related("created_by").defer("content", "summary", "errors")
    return render(
        request,
        "imports/start.html",
        {
            "workshop": workshop,
            "form": form,
            "specs": all_specs(),
            "jobs": jobs[:10],
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def template(request, slug, spec, file_format):
    workshop = _workshop(request, slug)
    chosen = _spec_and_format(spec, file_format)
    return _download(
        engine.template(chosen, file_format), file_format, f"{chosen.name}-{workshop.slug}-sjabloon"
    )


def _preview_rows(job: ImportJob) -> list[dict]:
    """The first rows of the file, each cell with its error (if any) for highlighting."""
    headers = job.summary.get("headers", [])
    errors: dict[tuple[int, str], str] = {}
    row_errors: dict[int, list[str]] = {}
    for error in job.errors:
        errors[(error["row"], error.get("column", ""))] = error.get("message", "")
        if not error.get("column"):
            row_errors.setdefault(error["row"], []).append(error.get("message", ""))
    rows = []
    for row in job.summary.get("sample", []):
        cells = [
            {"value": value, "error": errors.get((row["row"], header))}
            for header, value in zip(headers, row["cells"], strict=False)
        ]
        rows.append(
            {
                "number": row["row"],
                "ok": row["ok"],
                "action": services.ACTIONS.get(row["action"], ""),
                "cells": cells,
                "row_errors": row_errors.get(row["row"], []),
            }
        )
    return rows


@login_required
@require_http_methods(["GET", "POST"])
def preview(request, slug, job):
    job = _job(request, slug, job)
    if job.status != ImportStatus.PREVIEWED:
        return redirect("imports:job", slug=job.workshop.slug, job=job.uuid)
    if request.method == "POST":
        if not job.can_run:
            messages.error(request, _("Correct the errors in the file and upload it again."))
            return redirect("imports:preview", slug=job.workshop.slug, job=job.uuid)
        services.start(job)
        return redirect("imports:job", slug=job.workshop.slug, job=job.uuid)
    spec = get_spec(job.spec)
    error_rows = len({error["row"] for error in job.errors})
    return render(
        request,
        "imports/preview.html",
        {
            "workshop": job.workshop,
            "job": job,
            "spec": spec,
            "headers": job.summary.get("headers", []),
            "rows": _preview_rows(job),
            "errors": job.errors,
            "error_rows": error_rows,
            "valid_rows": job.row_count - error_rows,
            "counts": [
                (services.ACTIONS.get(action, action), count)
                for action, count in job.summary.get("counts", {}).items()
            ],
        },
    )


@login_required
def error_report(request, slug, job):
    job = _job(request, slug, job)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([_("Row"), _("Column"), _("Value"), _("What is wrong")])
    for error in job.errors:
        writer.writerow(
            [error.get("row", ""), error.get("column", ""), error.get("value", ""), error["text"]]
        )
    return _download(
        ("\ufeff" + buffer.getvalue()).encode("utf-8"), "csv", f"fouten-{slugify(job.filename)}"
    )


@login_required
@never_cache
def job(request, slug, job):
    job = _job(request, slug, job)
    return render(
        request,
        "imports/job.html",
        {"workshop": job.workshop, "job": job, "spec": get_spec(job.spec)},
    )


@login_required
@never_cache
def status(request, slug, job):
    job = _job(request, slug, job)
    return JsonResponse(
        {
            "status": job.status,
            "row_count": job.row_count,
            "processed_count": job.processed_count,
            "created_count": job.created_count,
            "finished": job.is_finished,
            "errors": len(job.errors),
        }
    )


@login_required
def export(request, slug, spec, file_format):
    workshop = _workshop(request, slug, check=can_export)
    chosen = _spec_and_format(spec, file_format)
    content = services.export(spec_name=chosen.name, workshop=workshop, file_format=file_format)
    day = timezone.localdate().isoformat()
    return _download(content, file_format, f"{chosen.name}-{workshop.slug}-{day}")
