"""The submitter's tracking page, reached only through the private link in their e-mail.

Nothing here says whether a token ever existed: a forged, mistyped or expired link gets the same
404 page. The pages are never cached, never indexed, send no Referer to other sites, and the
request log records the route, not the token.
"""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..constants import FINAL_STATES
from ..explanations import for_submitter
from ..forms import AddInformationForm, WithdrawForm
from ..services import workflow
from ..services.intake import find_by_token
from .intake import CONFIRMATION_SESSION_KEY


def private_page(view):
    """Headers for pages whose address is a secret: no cache, no index, no Referer elsewhere."""

    @wraps(view)
    def wrapped(request, token, *args, **kwargs):
        request.log_path = request.path.replace(token, "<token>") if token else request.path
        question = find_by_token(token)
        if question is None:
            response = render(
                request,
                "questions/track_not_found.html",
                {"retention_months": settings.QUESTION_RETENTION_MONTHS},
                status=404,
            )
        else:
            response = view(request, question, token, *args, **kwargs)
        add_never_cache_headers(response)
        # The address must never reach another site. Not "no-referrer": with it, browsers send
        # "Origin: null" on this page's own forms, which CSRF protection rightly refuses.
        response["Referrer-Policy"] = "same-origin"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapped


@require_http_methods(["GET", "POST"])
@private_page
def track(request, question, token):
    """Status, timeline and the two things a submitter can do: add information or withdraw."""
    form = AddInformationForm()
    status = 200
    if request.method == "POST":
        form = AddInformationForm(request.POST)
        if form.is_valid():
            try:
                workflow.add_submitter_information(question, form.cleaned_data["information"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Your information was added to the question."))
                return redirect("questions:track", token=token)
        status = 400
    confirmed = request.session.pop(CONFIRMATION_SESSION_KEY, None) == str(question.uuid)
    return render(
        request,
        "questions/track.html",
        _context(question, token, form=form, confirmed=confirmed),
        status=status,
    )


@require_http_methods(["GET", "POST"])
@private_page
def withdraw(request, question, token):
    """Asks for confirmation first; withdrawing cannot be undone."""
    if question.state in FINAL_STATES:
        return redirect("questions:track", token=token)
    form = WithdrawForm()
    status = 200
    if request.method == "POST":
        form = WithdrawForm(request.POST)
        if form.is_valid():
            try:
                workflow.withdraw_question(
                    question, by_submitter=True, reason=form.cleaned_data["reason"]
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Your question has been withdrawn."))
                return redirect("questions:track", token=token)
        status = 400
    return render(
        request,
        "questions/track_withdraw.html",
        _context(question, token, form=form),
        status=status,
    )


def _context(question, token, *, form, **extra):
    form.describe_errors()
    events = question.events.filter(visible_to_submitter=True).select_related(
        "from_workshop", "to_workshop"
    )
    return {
        "question": question,
        "token": token,
        "workshop": question.workshop,
        "explanation": for_submitter(question.state),
        "events": events,
        "is_open": question.state not in FINAL_STATES,
        "form": form,
        **extra,
    }
