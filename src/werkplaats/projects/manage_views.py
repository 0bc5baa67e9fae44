"""Where coordinators create and edit projects: ``/werkplaatsen/<slug>/projecten/nieuw/`` and
``/projecten/<slug>/beheer/...``. Each view asks ``permissions`` first, parses a form, calls
``services`` and redirects; a form with errors comes back with everything that was typed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkplaats.network.forms import apply_errors
from werkplaats.network.models import Workshop
from werkplaats.questions.models import PracticeQuestion
from werkplaats.questions.permissions import can_triage

from . import services
from .forms import FinishForm, ProjectForm
from .formsets import SECTIONS, build_formset, save_formset
from .models import Project
from .permissions import can_create_project, can_edit_project
from .services import LINKABLE_STATES

MAIN_FIELDS = ["title", "background", "goal", "approach", "result", "status"]


def _editable(request, slug) -> Project:
    project = get_object_or_404(Project.objects.select_related("lead_workshop"), slug=slug)
    if not can_edit_project(request.user, project):
        raise PermissionDenied
    return project


def _question_from(request, workshop) -> PracticeQuestion | None:
    """The question named in ``?question=<uuid>`` (from the triage page), if the user may take it
    up."""
    value = request.GET.get("question") or ""
    if not value:
        return None
    try:
        question = PracticeQuestion.objects.get(uuid=value)
    except (PracticeQuestion.DoesNotExist, ValidationError):
        raise Http404 from None
    if not can_triage(request.user, question):
        raise PermissionDenied
    return question


def _initial_from_question(question: PracticeQuestion) -> dict:
    initial = {
        "title": question.public_title or question.title,
        "background": question.public_summary,
        "questions": [question] if question.state in LINKABLE_STATES else [],
        "themes": list(question.themes.all()),
    }
    if question.question_type:
        initial["question_types"] = [question.question_type]
    return initial


@login_required
def create(request, workshop_slug):
    workshop = get_object_or_404(Workshop, slug=workshop_slug)
    if not can_create_project(request.user, workshop):
        raise PermissionDenied
    question = _question_from(request, workshop)
    initial = _initial_from_question(question) if question else {}
    form = ProjectForm(
        request.POST or None, user=request.user, lead_workshop=workshop, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            project = services.create_project(
                lead_workshop=workshop,
                actor=request.user,
                questions=data.pop("questions"),
                **data,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("The project has been created as a draft. Add participants, partners and more."),
            )
            return redirect("projects:manage", slug=project.slug)
    return render(
        request,
        "projects/manage/project_form.html",
        {"form": form, "workshop": workshop, "question": question},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def manage(request, slug):
    project = _editable(request, slug)
    form = ProjectForm(
        request.POST or None,
        user=request.user,
        lead_workshop=project.lead_workshop,
        project=project,
        initial=ProjectForm.initial_for(project),
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            services.update_project(
                project, actor=request.user, questions=data.pop("questions"), **data
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The project has been saved."))
            return redirect("projects:manage", slug=project.slug)
    return render(
        request,
        "projects/manage/project_form.html",
        {
            "form": form,
            "project": project,
            "workshop": project.lead_workshop,
            "sections": SECTIONS.values(),
            "finish_form": FinishForm(),
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def section(request, slug, section):
    project = _editable(request, slug)
    current = SECTIONS.get(section)
    if current is None:
        raise Http404
    formset = build_formset(current, project, request.user, request.POST or None)
    if request.method == "POST" and formset.is_valid() and save_formset(current, formset, project):
        messages.success(request, _("%(section)s saved.") % {"section": current.title})
        return redirect("projects:manage_section", slug=project.slug, section=current.slug)
    return render(
        request,
        "projects/manage/section.html",
        {
            "project": project,
            "section": current,
            "sections": SECTIONS.values(),
            "formset": formset,
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def publish(request, slug):
    project = _editable(request, slug)
    if request.POST.get("publish") == "1":
        services.publish_project(project)
        messages.success(request, _("The project is now public."))
    else:
        services.unpublish_project(project)
        messages.success(request, _("The project is no longer public."))
    return redirect("projects:manage", slug=project.slug)


@login_required
@require_POST
def finish(request, slug):
    project = _editable(request, slug)
    form = FinishForm(request.POST)
    if form.is_valid():
        try:
            services.finish_project(project, request.user, form.cleaned_data["answer"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("The project is finished; its open questions have been answered.")
            )
    return redirect("projects:manage", slug=project.slug)
