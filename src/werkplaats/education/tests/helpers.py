"""Small helpers for the journey's page tests: English addresses, a client logged in as someone,
a step posted, an offer claimed, a student in."""

from django.urls import reverse
from django.utils import translation

from werkplaats.education.services import journey

#: The submitter's own words, which no page but the triage page and their own may show.
SUBMITTERS_WORDS = "Onze buurtteams missen de ouderen die nooit aanbellen bij het wijkteam."


def en(name, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)


def page_of(offer) -> str:
    return en("education:offer", slug=offer.slug)


def claimed(offer, lecturer, programme):
    """The offer matched to the lecturer's group; returns the join code."""
    _group, code = journey.claim_offer(offer, lecturer, programme)
    offer.refresh_from_db()
    return code


def joined(offer, student, name="Sem Jansen", named_publicly=False):
    return journey.join_group(
        offer.group, student, display_name=name, named_publicly=named_publicly
    )


def as_user(client, user):
    """The client, logged in as ``user`` (``None``: a visitor)."""
    if user is not None:
        client.force_login(user)
    return client


def act(client, offer, action, **fields):
    """Posts one step of the offer's page, its fields prefixed as the page's forms do."""
    data = {"action": action, **{f"{action}-{name}": value for name, value in fields.items()}}
    return client.post(page_of(offer), data)
