"""The public intake form: a question without an account."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from werkplaats.network.forms import apply_errors
from werkplaats.network.queries import municipality_names

from ..forms import IntakeForm
from ..models import PracticeQuestion
from ..services import spam
from ..services.intake import SubmissionKeyConflict, submit_question

# The tracking page shows its confirmation once, to the browser that submitted the question.
CONFIRMATION_SESSION_KEY = "questions.confirmed"


@never_cache
@require_http_methods(["GET", "POST"])
def submit(request):
    """Shows the intake form; a valid question is stored and the visitor goes to its tracking page
    (post/redirect/get), which confirms it once."""
    if request.method != "POST":
        return _render(request, IntakeForm.blank())
    form = IntakeForm(request.POST)
    if not form.is_valid():
        return _render(request, form, status=400)
    if form.looks_like_spam():
        form.add_error(
            None,
            _(
                "We could not accept the form: it was sent very quickly, or it was open for more"
                " than a day. Check your answers and send it again."
            ),
        )
        form.renew()
        return _render(request, form, status=400)

    key = form.cleaned_data["submission_key"]
    is_repeat = PracticeQuestion.objects.filter(submission_key=key).exists()
    if not is_repeat and not spam.allow_submission(spam.client_address(request)):
        form.add_error(
            None,
            _(
                "Many questions were sent from your network in the last hour. Wait an hour and"
                " send the form again; what you typed is still here."
            ),
        )
        return _render(request, form, status=429)

    try:
        submission = submit_question(
            submission_key=key, language=get_language() or "", **form.question_fields()
        )
    except SubmissionKeyConflict as error:
        form.add_error(None, error)
        form.renew()
        return _render(request, form, status=400)
    except ValidationError as error:
        apply_errors(form, error)
        return _render(request, form, status=400)
    request.session[CONFIRMATION_SESSION_KEY] = str(submission.question.uuid)
    return redirect("questions:track", token=submission.tracking_token)


def _render(request, form, status=200):
    form.describe_errors()
    return render(
        request,
        "questions/intake.html",
        {
            "form": form,
            "municipality_names": municipality_names(),
            "retention_months": settings.QUESTION_RETENTION_MONTHS,
        },
        status=status,
    )
