import csv
import json

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone

from .context import acting_as
from .forms import AuditFilterForm, SubjectAccessForm
from .permissions import may_administer_privacy
from .queries import as_row, filtered_entries
from .register import REGISTER
from .subject_access import export_person, export_submitter

EXPORT_FIELDS = [
    "when",
    "actor",
    "action",
    "object_type",
    "object_id",
    "person_id",
    "fields",
    "changes",
]


def privacy_page(request):
    """The privacy statement: the register of personal data, public."""
    categories = [{"category": c, "fields": c.fields, "retention": c.retention()} for c in REGISTER]
    return render(request, "privacy/privacy.html", {"categories": categories})


def _administrator(view):
    @login_required
    def wrapped(request, *args, **kwargs):
        if not may_administer_privacy(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@_administrator
def audit_log(request):
    form = AuditFilterForm(request.GET or None)
    entries = filtered_entries(form.cleaned_data) if form.is_valid() else None
    if form.is_bound and not form.is_valid():
        status = 400
    else:
        status = 200
        entries = entries if entries is not None else filtered_entries({})
    page = Paginator(entries, 50).get_page(request.GET.get("page")) if entries is not None else None
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "privacy/audit_log.html",
        {"form": form, "page": page, "query": query.urlencode()},
        status=status,
    )


@_administrator
def audit_export(request, fmt: str):
    form = AuditFilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    data = form.cleaned_data if form.is_bound else {}
    rows = (as_row(e) for e in filtered_entries(data).iterator(chunk_size=500))
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    if fmt == "json":
        response = HttpResponse(
            json.dumps(list(rows), ensure_ascii=False, indent=1),
            content_type="application/json; charset=utf-8",
        )
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        writer = csv.DictWriter(response, fieldnames=EXPORT_FIELDS)
        writer.writeheader()
        for row in rows:
            row["fields"] = " ".join(row["fields"])
            row["changes"] = json.dumps(row["changes"], ensure_ascii=False)
            writer.writerow(row)
    response["Content-Disposition"] = f'attachment; filename="audit-{stamp}.{fmt}"'
    return response


@_administrator
def subject_access(request):
    """A form; on POST the JSON document of everything about one person or submitter."""
    form = SubjectAccessForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        with acting_as(user=request.user):
            person = form.cleaned_data["person"]
            if person is not None:
                document, name = export_person(person), f"person-{person.uuid}"
            else:
                document, name = export_submitter(form.cleaned_data["email"]), "submitter"
        response = HttpResponse(
            json.dumps(document, ensure_ascii=False, indent=1),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="subject-access-{name}.json"'
        return response
    status = 400 if form.is_bound else 200
    return render(request, "privacy/subject_access.html", {"form": form}, status=status)
