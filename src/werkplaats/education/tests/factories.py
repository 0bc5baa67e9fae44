"""Programmes, offers and groups for tests, made through the services where a service exists."""

import datetime

import factory
from django.utils import timezone

from werkplaats.network.models import Organisation, OrganisationKind
from werkplaats.network.tests.factories import OrganisationFactory

from ..constants import Level, OfferKind
from ..models import Programme
from ..services.offers import OfferDraft, create_offer


def _institution(name: str, kind: str):
    found = Organisation.objects.filter(name=name).first()
    return found or OrganisationFactory(name=name, kind=OrganisationKind.objects.get(slug=kind))


def hogeschool(name="Saxion"):
    return _institution(name, "hogeschool")


def roc(name="ROC van Twente"):
    return _institution(name, "roc")


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    institution = factory.LazyFunction(hogeschool)
    name = "hbo Social Work"
    slug = factory.Sequence(lambda n: f"social-work-{n}")
    level = Level.BACHELOR
    location = "Enschede"


def offer_for(workshop, actor, **fields):
    """An offer on the board: a graduation assignment for bachelors over the coming months."""
    today = timezone.localdate()
    values = {
        "title": "Wat helpt jongeren met schulden in Enschede?",
        "summary": "Onderzoek met jongerenwerkers welke aanpak jongeren met schulden bereikt.",
        "kind": OfferKind.GRADUATION,
        "levels": [Level.BACHELOR],
        "starts_on": today + datetime.timedelta(days=30),
        "ends_on": today + datetime.timedelta(days=180),
        "expected_product": "Een adviesrapport voor het wijkteam",
        "workshop": workshop,
    }
    values.update(fields)
    return create_offer(OfferDraft(**values), actor)
