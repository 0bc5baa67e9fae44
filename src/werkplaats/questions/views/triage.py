"""One question as its werkplaats's coordinators see it, and every triage step they take on it.

The page is a GET; each form on it POSTs to the same address with an ``action`` (the forms carry it
as their prefix). A POST parses one form and calls one service. When the service refuses (a
ValidationError, TransitionNotAllowed among them) the page is shown again with the message and status
400, and nothing has changed; on success the coordinator is redirected back with a message.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from werkplaats.network.forms import apply_errors

from .. import matching, queries
from ..constants import State
from ..services import workflow
from ..triage_forms import (
    AdviceForm,
    AnswerForm,
    ClassificationForm,
    DeclineForm,
    EmptyForm,
    InternalNoteForm,
    MessageForm,
    OptionalMessageForm,
    PublishForm,
    ReferForm,
)
from .inbox import inbox_of, inbox_workshop


@dataclass(frozen=True)
class Action:
    """One thing a coordinator can do on the page: the form it reads and the service it calls."""

    form_class: type
    perform: Callable  # (question, actor, cleaned_data) -> QuestionEvent
    button: str
    done: str


def _text(data) -> str:
    return data.get("text", "")


TRANSITIONS: dict[str, Action] = {
    State.INTAKE: Action(
        EmptyForm,
        lambda q, actor, d: workflow.start_intake(q, actor),
        gettext_lazy("Start intake"),
        gettext_lazy("Intake has started."),
    ),
    State.ACCEPTED: Action(
        OptionalMessageForm,
        lambda q, actor, d: workflow.accept_question(q, actor, _text(d)),
        gettext_lazy("Accept the question"),
        gettext_lazy("The question is accepted."),
    ),
    State.DECLINED: Action(
        DeclineForm,
        lambda q, actor, d: workflow.decline_question(q, actor, _text(d)),
        gettext_lazy("Decline the question"),
        gettext_lazy("The question is declined."),
    ),
    State.ADVISED: Action(
        AdviceForm,
        lambda q, actor, d: workflow.advise_question(q, actor, _text(d)),
        gettext_lazy("Send the advice"),
        gettext_lazy("The advice is sent."),
    ),
    State.REFERRED: Action(
        ReferForm,
        lambda q, actor, d: workflow.refer_question(q, actor, d["workshop"], _text(d)),
        gettext_lazy("Refer the question"),
        gettext_lazy("The question is now in the inbox of %(workshop)s."),
    ),
    State.IN_PROJECT: Action(
        OptionalMessageForm,
        lambda q, actor, d: workflow.mark_in_project(q, actor, _text(d)),
        gettext_lazy("Mark as in a project"),
        gettext_lazy("The question is marked as in a project."),
    ),
    State.ANSWERED: Action(
        AnswerForm,
        lambda q, actor, d: workflow.answer_question(q, actor, _text(d)),
        gettext_lazy("Send the answer"),
        gettext_lazy("The answer is sent."),
    ),
    State.CLOSED: Action(
        OptionalMessageForm,
        lambda q, actor, d: workflow.close_question(q, actor, _text(d)),
        gettext_lazy("Close the question"),
        gettext_lazy("The question is closed."),
    ),
    State.WITHDRAWN: Action(
        OptionalMessageForm,
        lambda q, actor, d: workflow.withdraw_question(q, actor=actor, reason=_text(d)),
        gettext_lazy("Withdraw on the submitter's behalf"),
        gettext_lazy("The question is withdrawn."),
    ),
}

OTHER_ACTIONS: dict[str, Action] = {
    "classify": Action(
        ClassificationForm,
        lambda q, actor, d: workflow.confirm_classification(
            q, actor, d["question_type"], d["themes"]
        ),
        gettext_lazy("Confirm the classification"),
        gettext_lazy("The classification is confirmed."),
    ),
    "note": Action(
        InternalNoteForm,
        lambda q, actor, d: workflow.add_note(q, actor, _text(d)),
        gettext_lazy("Add the note"),
        gettext_lazy("The note is added."),
    ),
    "message": Action(
        MessageForm,
        lambda q, actor, d: workflow.send_message(q, actor, _text(d)),
        gettext_lazy("Send the message"),
        gettext_lazy("The message is sent to the submitter."),
    ),
    "publish": Action(
        PublishForm,
        lambda q, actor, d: workflow.publish_question(
            q, actor, d["public_title"], d["public_summary"]
        ),
        gettext_lazy("Publish on the question board"),
        gettext_lazy("The question is on the public question board."),
    ),
    "unpublish": Action(
        EmptyForm,
        lambda q, actor, d: workflow.unpublish_question(q, actor),
        gettext_lazy("Remove from the question board"),
        gettext_lazy("The question is no longer on the public question board."),
    ),
}
ACTIONS = {**TRANSITIONS, **OTHER_ACTIONS}


def _form(key: str, question, data=None):
    action = ACTIONS[key]
    kwargs = {"prefix": key}
    if action.form_class is ReferForm:
        kwargs["current"] = question.workshop
    if key == "classify" and data is None:
        kwargs["initial"] = queries.classification_initial(
            question, queries.classification_suggestion(question)
        )
    if key == "publish" and data is None:
        # Only what a coordinator wrote before; never the submitter's own words.
        kwargs["initial"] = {
            "public_title": question.public_title,
            "public_summary": question.public_summary,
        }
    return action.form_class(data, **kwargs)


def _matching_groups(question, user) -> list:
    suggest = getattr(matching, "suggest", None)
    if suggest is None:
        return []
    return list(suggest(question, user))


def _page(request, workshop, question, posted=None, error=None, status=200):
    """The triage page; ``posted`` is the (key, bound form) that failed, shown with its errors."""
    posted_key, posted_form = posted or (None, None)

    def form(key):
        return posted_form if key == posted_key else _form(key, question)

    transitions = [
        {"key": key, "form": form(key), "button": TRANSITIONS[key].button}
        for key in workflow.allowed_transitions(question)
        if key in TRANSITIONS
    ]
    return render(
        request,
        "questions/detail.html",
        {
            "workshop": workshop,
            "question": question,
            "transitions": transitions,
            "classification_form": form("classify"),
            "note_form": form("note"),
            "message_form": form("message"),
            "publish_form": form("publish"),
            "unpublish_form": form("unpublish"),
            "suggestion": queries.classification_suggestion(question),
            "matching_groups": _matching_groups(question, request.user),
            "events": queries.timeline(question),
            "error": error,
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def detail(request, slug, uuid):
    workshop = inbox_workshop(request, slug)
    question = get_object_or_404(
        inbox_of(request, workshop).select_related(
            "municipality", "workshop", "organisation", "submitter_role"
        ),
        uuid=uuid,
    )
    if request.method == "GET":
        return _page(request, workshop, question)

    key = request.POST.get("action", "")
    if key not in ACTIONS:
        message = _("This step does not exist. Reload the page and choose one of the steps shown.")
        return _page(request, workshop, question, error=message, status=400)
    form = _form(key, question, request.POST)
    if not form.is_valid():
        return _page(
            request,
            workshop,
            question,
            posted=(key, form),
            error=_("Check the form below."),
            status=400,
        )
    try:
        ACTIONS[key].perform(question, request.user, form.cleaned_data)
    except ValidationError as error:
        apply_errors(form, error)
        question.refresh_from_db()
        return _page(
            request,
            workshop,
            question,
            posted=(key, form),
            error=" ".join(error.messages),
            status=400,
        )
    if key == State.REFERRED:
        messages.success(
            request, ACTIONS[key].done % {"workshop": form.cleaned_data["workshop"].name}
        )
        return redirect("questions:inbox", slug=workshop.slug)
    messages.success(request, ACTIONS[key].done)
    return redirect("questions:detail", slug=workshop.slug, uuid=question.uuid)
