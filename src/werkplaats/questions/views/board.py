"""The public question board: only questions a coordinator published, under the public title and
summary the coordinator wrote. Never the submitter's own words or who they are."""

from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch, reverse

from werkplaats.network.views.pagination import paginate

from .. import queries
from ..permissions import public_questions
from ..triage_forms import BoardFilterForm


def _submit_url() -> str:
    # The intake form is built alongside; the board links to it once it exists.
    try:
        return reverse("questions:submit")
    except NoReverseMatch:
        return ""


def board(request):
    form = BoardFilterForm(request.GET)
    return render(
        request,
        "questions/board.html",
        {
            "form": form,
            "page_obj": paginate(request, queries.board_questions(form.filters())),
            "submit_url": _submit_url(),
        },
    )


def public_detail(request, uuid):
    question = get_object_or_404(queries.with_listing_relations(public_questions()), uuid=uuid)
    return render(
        request,
        "questions/board_detail.html",
        {"question": question, "submit_url": _submit_url()},
    )
