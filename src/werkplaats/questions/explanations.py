"""What each state means, in plain words for the person who asked: the tracking page and the
e-mails to the submitter say the same thing."""

from django.utils.translation import gettext_lazy as _

from .constants import State

FOR_SUBMITTER = {
    State.SUBMITTED: _(
        "Your question has arrived. A coordinator of the werkplaats will look at it soon."
    ),
    State.INTAKE: _(
        "A coordinator is looking at your question: what it needs and who could help."
        " They may contact you for more information."
    ),
    State.ACCEPTED: _(
        "The werkplaats takes up your question. You will hear how they will work on it."
    ),
    State.REFERRED: _(
        "Your question fits another werkplaats better and has been passed on to them,"
        " with everything you wrote."
    ),
    State.ADVISED: _(
        "The werkplaats has given you advice; read it below. It will not take the question"
        " further itself."
    ),
    State.DECLINED: _("The werkplaats cannot take up your question. The reason is below."),
    State.IN_PROJECT: _("Your question is being worked on in a project of the werkplaats."),
    State.ANSWERED: _("The werkplaats has answered your question; read the answer below."),
    State.CLOSED: _("Your question is closed. Thank you for bringing it to the werkplaats."),
    State.WITHDRAWN: _("You withdrew this question. The werkplaats will not work on it."),
}


def for_submitter(state: str) -> str:
    return FOR_SUBMITTER[State(state)]
