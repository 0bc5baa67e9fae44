"""The education bridge's pages: the assignment board and its feeds, programmes, an offer's page
with each step of its journey, joining a group, making offers, teaching cases.

The world (``world._education``) holds Twente's offers in every state that matters, made by its
coordinator (cor): open (from a question), withdrawn, matched (a student who is none of the roles
joined; ``world.join_code`` is its group's code), running and delivered (mila is among their
students). Their lecturer is none of the roles either. Network editors (and administrators) may
claim for any programme (``permissions.programmes_claimable_by``).

Each step of an offer's page is a POST to the page with its ``action`` and the fields of its form
(prefixed with the action), one case per step.
"""

import datetime

from django.utils import timezone

from .outcomes import DONE, FORBIDDEN, HIDDEN, INVALID, LOGIN, OK
from .rows import (
    ANY_LOGIN,
    NOBODY,
    PUBLIC,
    TWENTE,
    TWENTE_PRIVATE,
    TWENTE_PRIVATE_LOGIN,
    ZEELAND,
    Case,
    done,
    refused,
    u,
)
from .world import DISCUSSION, SITUATION

TWENTE_DONE = done(TWENTE)
#: Read and refused for what it holds, for everyone (an unknown step, a closed group).
REFUSED = (INVALID,) * 6
#: Only the students of the group (mila, of the running and the delivered offer).
STUDENTS = (LOGIN, DONE, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN)
#: Only the group's lecturer, who is none of the roles.
LECTURER = (LOGIN, *(FORBIDDEN,) * 5)
#: Who may claim for a programme: its lecturers, and network editors for any; the claim answers
#: with the join link, shown once (200).
CLAIMERS = (LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK)
#: A question of Zeeland asked for under Twente's address.
ELSEWHERE = (LOGIN, FORBIDDEN, HIDDEN, FORBIDDEN, HIDDEN, HIDDEN)


def _offer(name: str):
    return u("education:offer", slug=lambda w: getattr(w, name).slug)


def _step(action: str, **fields):
    return {"action": action, **{f"{action}-{key}": value for key, value in fields.items()}}


def _offer_data(w) -> dict:
    today = timezone.localdate()
    return {
        "title": "Een nieuwe opdracht",
        "summary": "Onderzoek met het wijkteam wat bewoners helpt.",
        "kind": "course",
        "levels": ["bachelor"],
        "starts_on": (today + datetime.timedelta(days=30)).isoformat(),
        "ends_on": (today + datetime.timedelta(days=120)).isoformat(),
        "students": "3",
        "expected_product": "Een advies voor het wijkteam",
    }


#: Joining as a signed-in user (``join-``) or, for a visitor, with a new student account
#: (``account-``): the page reads the fields of the form it shows.
JOIN = {
    "join-display_name": "Nieuwe Student",
    "account-username": "nieuwe-student",
    "account-display_name": "Nieuwe Student",
    "account-email": "nieuwe-student@example.org",
    "account-password1": "een-lang-proef-wachtwoord-7",
    "account-password2": "een-lang-proef-wachtwoord-7",
}

CASE = {
    "title": "Een nieuwe casus",
    "situation": SITUATION,
    "discussion": DISCUSSION,
    "levels": ["bachelor"],
    "publish": "draft",
}


def _question(name: str):
    return lambda w: getattr(w, name).uuid


BOARD = {
    "education:board": Case(u("education:board"), PUBLIC),
    "education:board_rss": Case(u("education:board_rss"), PUBLIC),
    "education:board_atom": Case(u("education:board_atom"), PUBLIC),
    "education:board_ical": Case(u("education:board_ical"), PUBLIC),
    "education:programmes": Case(u("education:programmes"), PUBLIC),
    "education:programme": Case(u("education:programme", slug="social-work-windesheim"), PUBLIC),
    # A page for everyone: a visitor, or someone who teaches nothing, reads why it is empty.
    "education:for_me": Case(u("education:for_me"), PUBLIC),
    "education:mine": Case(u("education:mine"), ANY_LOGIN),
}

OFFER = {
    "education:offer": Case(_offer("offer"), PUBLIC),
    "education:offer [claim]": Case(
        _offer("offer"),
        None,
        CLAIMERS,
        lambda w: _step("claim", programme=w.programme.pk),
        changes_on=(OK,),
    ),
    "education:offer [withdraw]": Case(
        _offer("offer"), None, TWENTE_DONE, _step("withdraw", reason="Niet meer nodig.")
    ),
    "education:offer [a step that does not exist]": Case(
        _offer("offer"), None, REFUSED, {"action": "verzinsel"}
    ),
    # Withdrawn: for anyone but who runs it as if it did not exist; withdrawn once, for good.
    "education:offer [withdrawn]": Case(
        _offer("withdrawn_offer"),
        TWENTE_PRIVATE,
        refused(TWENTE_PRIVATE),
        _step("withdraw", reason="Nog eens."),
    ),
    # A new join link: the group's lecturer only, while students may still join.
    "education:offer [matched: a new join link]": Case(
        _offer("matched_offer"), None, LECTURER, _step("renew")
    ),
    "education:offer [matched: start]": Case(
        _offer("matched_offer"), PUBLIC, TWENTE_DONE, _step("start")
    ),
    # The group's students and lecturer deliver, not who runs the offer.
    "education:offer [running: deliver]": Case(
        _offer("running_offer"),
        PUBLIC,
        STUDENTS,
        _step("deliver", title="Ons werk", summary="Wat we vonden."),
    ),
    "education:offer [delivered: assess]": Case(
        _offer("delivered_offer"), PUBLIC, TWENTE_DONE, _step("assess", assessment="Goed.")
    ),
    "education:offer [delivered: feedback]": Case(
        _offer("delivered_offer"), None, TWENTE_DONE, _step("feedback", usefulness="3")
    ),
    "education:offer [delivered: a student agrees]": Case(
        _offer("delivered_offer"), None, STUDENTS, _step("agree")
    ),
    "education:offer [delivered: the lecturer agrees]": Case(
        _offer("delivered_offer"), None, LECTURER, _step("agree_lecturer", licence="CC-BY-4.0")
    ),
}

JOINING = {
    # The code is the key: anyone who has it joins, with their account or a new one.
    "education:join": Case(
        u("education:join", code=lambda w: w.join_code), PUBLIC, done(PUBLIC), JOIN
    ),
    "education:join [wrong code]": Case(u("education:join", code="verzonnen-code"), NOBODY, NOBODY),
    # The page says the group takes no one any more; joining is refused and changes nothing.
    "education:join [of a withdrawn offer]": Case(
        u("education:join", code=lambda w: w.withdrawn_code), PUBLIC, REFUSED, JOIN
    ),
}

MAKING = {
    "education:offer_create": Case(
        u("education:offer_create", slug="twente", uuid=_question("offered_question")),
        TWENTE,
        TWENTE_DONE,
        _offer_data,
    ),
    "education:offer_create [zeeland]": Case(
        u("education:offer_create", slug="zeeland", uuid=_question("zeeland_question")),
        ZEELAND,
        done(ZEELAND),
        _offer_data,
    ),
    # Who may offer for the werkplaats of the address first; then the question is looked up
    # under it, so Zeeland's question is not found there.
    "education:offer_create [zeeland's question under twente]": Case(
        u("education:offer_create", slug="twente", uuid=_question("zeeland_question")),
        ELSEWHERE,
    ),
    "education:offer_create_for_project": Case(
        u("education:offer_create_for_project", slug="samen-in-de-wijk"),
        TWENTE,
        TWENTE_DONE,
        _offer_data,
    ),
    "education:offer_create_for_project [draft]": Case(
        u("education:offer_create_for_project", slug="concept-twente"), TWENTE
    ),
}

CASES = {
    "education:cases": Case(u("education:cases"), PUBLIC),
    "education:case": Case(u("education:case", slug=lambda w: w.case.slug), PUBLIC),
    "education:case [draft]": Case(
        u("education:case", slug=lambda w: w.draft_case.slug), TWENTE_PRIVATE
    ),
    "education:case_edit": Case(
        u("education:case_edit", slug=lambda w: w.case.slug), TWENTE, TWENTE_DONE, CASE
    ),
    "education:case_edit [draft]": Case(
        u("education:case_edit", slug=lambda w: w.draft_case.slug),
        TWENTE_PRIVATE_LOGIN,
        done(TWENTE_PRIVATE_LOGIN),
        CASE,
    ),
    "education:case_create": Case(
        u("education:case_create", slug="twente", uuid=_question("closed_question")),
        TWENTE,
        TWENTE_DONE,
        CASE,
    ),
    # The form says a case is made from a closed question, and refuses.
    "education:case_create [open question]": Case(
        u("education:case_create", slug="twente", uuid=_question("offered_question")),
        TWENTE,
        refused(TWENTE),
        CASE,
    ),
    "education:case_create [zeeland's question under twente]": Case(
        u("education:case_create", slug="twente", uuid=_question("zeeland_question")),
        ELSEWHERE,
        ELSEWHERE,
        CASE,
    ),
    "education:practice_asks": Case(u("education:practice_asks"), PUBLIC),
}

EDUCATION = {**BOARD, **OFFER, **JOINING, **MAKING, **CASES}
