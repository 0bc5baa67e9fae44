"""A werkplaats's inbox of practice questions: filters, ages, bulk steps and the CSV export.

For the coordinators of that werkplaats and network editors; visitors are sent to log in, anyone
else gets 403.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.backends.utils import csrf_input
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from werkplaats.network.models import Workshop
from werkplaats.network.views.pagination import paginate
from werkplaats.utils import pagecache

from .. import export, queries
from ..permissions import can_handle_inbox, questions_handled_by
from ..services import workflow
from ..triage_forms import BULK_CLOSE, BULK_START_INTAKE, BulkActionForm, InboxFilterForm


def inbox_workshop(request, slug: str) -> Workshop:
    """The werkplaats whose inbox is asked for, if the user handles its questions.

    Those who maintain a werkplaats (its coordinators, network editors) handle its questions.
    """
    workshop = get_object_or_404(Workshop, slug=slug)
    if not can_handle_inbox(request.user, workshop):
        raise PermissionDenied
    return workshop


def inbox_of(request, workshop: Workshop):
    return questions_handled_by(request.user).filter(workshop=workshop)


def _filtered(request, workshop):
    questions = inbox_of(request, workshop)
    form = InboxFilterForm(request.GET, municipalities=queries.inbox_municipalities(questions))
    rows = queries.inbox_questions(questions, form.filters(), form.sort_order())
    return form, rows


#: Where the request's CSRF field goes in the stored list (the rest is the same for everyone).
CSRF_SLOT = mark_safe("<!-- csrf -->")


def _results(request, workshop) -> str:
    """The filters, the page of questions and the bulk form, as HTML with a ``CSRF_SLOT``."""
    form, rows = _filtered(request, workshop)
    page = paginate(request, rows)
    page.object_list = queries.add_ages(page.object_list)
    context = {
        "workshop": workshop,
        "form": form,
        "page_obj": page,
        "bulk_form": BulkActionForm(),
        "query": request.GET.urlencode(),
        "csrf_slot": CSRF_SLOT,
    }
    return render_to_string("questions/inbox_results.html", context, request)


@login_required
@require_GET
def inbox(request, slug):
    """Everyone who may handle a werkplaats's inbox sees the same list, so it is kept per content
    revision (``pagecache.fragment``); ages count in days, so the day is part of the key."""
    workshop = inbox_workshop(request, slug)
    results = pagecache.fragment(
        "inbox",
        (request.path, request.GET.urlencode(), request.LANGUAGE_CODE, timezone.localdate()),
        lambda: _results(request, workshop),
    )
    results = mark_safe(results.replace(CSRF_SLOT, csrf_input(request), 1))
    context = {"workshop": workshop, "results": results, "query": request.GET.urlencode()}
    return render(request, "questions/inbox.html", context)


@login_required
@require_GET
def export_csv(request, slug):
    workshop = inbox_workshop(request, slug)
    _form, rows = _filtered(request, workshop)
    response = HttpResponse(export.questions_csv(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{export.filename(workshop)}"'
    return response


BULK_STEPS = {
    BULK_START_INTAKE: workflow.start_intake,
    BULK_CLOSE: workflow.close_question,
}


def _report(request, result: workflow.BulkResult) -> None:
    if result.done:
        messages.success(
            request,
            ngettext("%(count)d question done.", "%(count)d questions done.", len(result.done))
            % {"count": len(result.done)},
        )
    if result.not_allowed:
        references = ", ".join(q.reference for q in result.not_allowed)
        messages.warning(
            request,
            ngettext(
                "%(count)d question skipped because this step is not allowed in its state: "
                "%(references)s.",
                "%(count)d questions skipped because this step is not allowed in their state: "
                "%(references)s.",
                len(result.not_allowed),
            )
            % {"count": len(result.not_allowed), "references": references},
        )
    if result.missing:
        messages.warning(
            request,
            ngettext(
                "%(count)d question skipped because it is no longer in this inbox.",
                "%(count)d questions skipped because they are no longer in this inbox.",
                result.missing,
            )
            % {"count": result.missing},
        )


@login_required
@require_POST
def bulk(request, slug):
    workshop = inbox_workshop(request, slug)
    back = reverse("questions:inbox", kwargs={"slug": workshop.slug})
    # The inbox's filters, re-encoded so nothing but a query string reaches the address.
    query = QueryDict(request.POST.get("query", "")[:2000]).urlencode()
    if query:
        back = f"{back}?{query}"
    form = BulkActionForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(back)
    wanted = form.cleaned_data["questions"]
    questions = inbox_of(request, workshop).filter(uuid__in=wanted).order_by("submitted_at")
    result = workflow.apply_in_bulk(
        questions, BULK_STEPS[form.cleaned_data["action"]], request.user, len(wanted)
    )
    _report(request, result)
    return redirect(back)
