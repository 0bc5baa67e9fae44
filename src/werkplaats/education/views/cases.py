"""Teaching cases (casuïstiek): the public list and page of a case, and the coordinator's form to
derive one from a closed question and to edit it.

A case's page never links to or quotes the question it came from; only the coordinator's form
shows that question, by its public title and summary (what a coordinator wrote), never the
submitter's own words, so there is nothing to copy from.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from werkplaats.network.forms import apply_errors
from werkplaats.network.models import Workshop
from werkplaats.network.views.pagination import paginate
from werkplaats.questions.constants import State
from werkplaats.questions.permissions import questions_handled_by

from .. import insight, permissions
from ..case_forms import CaseFilterForm, CaseForm
from ..constants import Level
from ..services.cases import derive_case, update_case


def level_labels(case) -> list[str]:
    chosen = set(case.levels.split(","))
    return [str(level.label) for level in Level if level.value in chosen]


def case_list(request):
    form = CaseFilterForm(request.GET)
    visible = permissions.cases_visible_to(request.user)
    page = paginate(request, insight.teaching_cases(visible, form.filters()))
    for case in page.object_list:
        case.level_labels = level_labels(case)
    return render(request, "education/case_list.html", {"form": form, "page_obj": page})


def case_detail(request, slug):
    case = get_object_or_404(
        permissions.cases_visible_to(request.user)
        .select_related("workshop")
        .prefetch_related("themes"),
        slug=slug,
    )
    return render(
        request,
        "education/case_detail.html",
        {
            "case": case,
            "levels": level_labels(case),
            "can_edit": permissions.can_edit_case(request.user, case),
        },
    )


def _save(request, form, save, *, done: str):
    """The case ``save(values)`` returns for a valid form; None when the form or the service
    refused (the form then shows why, and nothing was saved)."""
    if not form.is_valid():
        return None
    try:
        case = save(form.values())
    except ValidationError as error:
        apply_errors(form, error)
        return None
    messages.success(request, done)
    return case


@login_required
@require_http_methods(["GET", "POST"])
def case_create(request, slug, uuid):
    workshop = get_object_or_404(Workshop, slug=slug)
    if not permissions.can_derive_case(request.user, workshop):
        raise PermissionDenied
    question = get_object_or_404(
        questions_handled_by(request.user)
        .filter(workshop=workshop)
        .prefetch_related("themes", "teaching_cases"),
        uuid=uuid,
    )
    if request.method == "POST":
        form = CaseForm(request.POST)
        case = _save(
            request,
            form,
            lambda values: derive_case(question, request.user, **values),
            done=_("The teaching case is saved."),
        )
        if case is not None:
            return redirect(case)
    else:
        form = CaseForm(initial={"themes": list(question.themes.all())})
    return render(
        request,
        "education/case_form.html",
        {
            "form": form,
            "question": question,
            "workshop": workshop,
            "closed": question.state == State.CLOSED,
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def case_edit(request, slug):
    case = get_object_or_404(
        permissions.cases_visible_to(request.user).select_related(
            "workshop", "source_question__workshop"
        ),
        slug=slug,
    )
    if not permissions.can_edit_case(request.user, case):
        raise PermissionDenied
    if request.method == "POST":
        form = CaseForm(request.POST)
        saved = _save(
            request,
            form,
            lambda values: update_case(case, **values) or case,
            done=_("The teaching case is saved."),
        )
        if saved is not None:
            return redirect(case)
    else:
        form = CaseForm(initial=CaseForm.initial_for(case))
    return render(
        request,
        "education/case_form.html",
        {
            "form": form,
            "case": case,
            "question": case.source_question,
            "workshop": case.workshop,
            "closed": True,
        },
        status=400 if form.errors else 200,
    )
