"""Making an offer for education: from a practice question (its werkplaats's coordinators) or from a
project (those who may edit it). The form starts from what is public about the question, never
from the submitter's own words; ``services.offers`` checks the offer and puts it on the board."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from werkplaats.network.forms import apply_errors
from werkplaats.network.models import Workshop
from werkplaats.projects.models import Project
from werkplaats.projects.permissions import can_edit_project
from werkplaats.questions.models import PracticeQuestion

from ..forms import OfferForm
from ..permissions import can_offer_for
from ..services.offers import OfferDraft, create_offer, draft_from_question


@login_required
@require_http_methods(["GET", "POST"])
def offer_create(request, slug, uuid):
    # Who may offer for this werkplaats first, as for a teaching case: nobody else learns
    # whether a question exists.
    workshop = get_object_or_404(Workshop, slug=slug)
    if not can_offer_for(request.user, workshop):
        raise PermissionDenied
    question = get_object_or_404(
        PracticeQuestion.objects.select_related("workshop", "municipality", "organisation"),
        uuid=uuid,
        workshop=workshop,
    )
    return _make(
        request, question.workshop, initial=draft_from_question(question), question=question
    )


@login_required
@require_http_methods(["GET", "POST"])
def offer_create_for_project(request, slug):
    project = get_object_or_404(Project.objects.select_related("lead_workshop"), slug=slug)
    if not can_edit_project(request.user, project):
        raise PermissionDenied
    # The offer goes out in the name of a werkplaats of the project that this user answers for.
    workshop = next(
        (
            w
            for w in [project.lead_workshop, *project.workshops.order_by("name")]
            if can_offer_for(request.user, w)
        ),
        None,
    )
    if workshop is None:
        raise PermissionDenied
    initial = {"title": project.title, "themes": list(project.themes.all())}
    return _make(request, workshop, initial=initial, project=project)


def _make(request, workshop, *, initial, question=None, project=None):
    form = OfferForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        draft = OfferDraft(
            **form.draft_values(), workshop=workshop, question=question, project=project
        )
        try:
            offer = create_offer(draft, request.user)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The offer is on the assignment board."))
            return redirect(offer.get_absolute_url())
    return render(
        request,
        "education/offer_form.html",
        {"form": form, "workshop": workshop, "question": question, "project": project},
        status=400 if request.method == "POST" else 200,
    )
