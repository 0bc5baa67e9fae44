"""The journey of an offer through the services: every step recorded, on the offer's timeline and
on the question's, and what may not happen does not."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from werkplaats.education.constants import EventKind, Level, OfferState
from werkplaats.education.services import journey, returns
from werkplaats.library.models import Adoption
from werkplaats.questions.constants import EventKind as QuestionEventKind
from werkplaats.questions.tests.factories import submit

from .factories import ProgrammeFactory, offer_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(django_user_model):
    programme = ProgrammeFactory()
    programme.lecturer = django_user_model.objects.create_user("lotte", "lotte@example.org")
    programme.lecturers.add(programme.lecturer)
    return programme


@pytest.fixture
def student(django_user_model):
    return django_user_model.objects.create_user("sem", "sem@example.org")


def test_a_question_goes_the_whole_way_to_the_library(cor, twente, programme, student):
    question, _ = submit(workshop=twente)
    offer = offer_for(twente, cor, question=question)
    group, code = journey.claim_offer(offer, programme.lecturer, programme)
    assert journey.group_for_code(code) == group
    member = journey.join_group(group, student, display_name="Sem Jansen", named_publicly=False)
    journey.start_work(offer, programme.lecturer)
    journey.deliver_work(offer, student, title="Schulden de baas", summary="Wat werkt.")
    journey.assess_work(offer, programme.lecturer, "Goed onderbouwd.")
    returns.agree_as_student(member)
    offer.refresh_from_db()
    assert offer.product is None  # the lecturer has not agreed yet
    returns.agree_as_lecturer(offer, "CC-BY-4.0")
    offer.refresh_from_db()
    assert offer.state == OfferState.ASSESSED
    assert offer.product.is_published and offer.product.title == "Schulden de baas"
    assert list(offer.events.values_list("to_state", flat=True).exclude(to_state="")) == [
        OfferState.OFFERED,
        OfferState.MATCHED,
        OfferState.RUNNING,
        OfferState.DELIVERED,
        OfferState.ASSESSED,
    ]
    told = question.events.filter(kind=QuestionEventKind.EDUCATION, visible_to_submitter=True)
    assert told.count() == 5
    assert "hbo Social Work" in told.order_by("created_at", "pk")[2].text  # started


def test_a_second_claim_changes_nothing(cor, twente, programme, django_user_model):
    offer = offer_for(twente, cor)
    other = ProgrammeFactory(name="hbo Toegepaste Psychologie")
    journey.claim_offer(offer, programme.lecturer, programme)
    with translation.override("en"), pytest.raises(ValidationError, match="Another group"):
        journey.claim_offer(offer, django_user_model.objects.create_user("ties"), other)
    offer.refresh_from_db()
    assert offer.group.programme == programme
    assert offer.events.filter(to_state=OfferState.MATCHED).count() == 1


def test_a_programme_of_another_level_cannot_claim(cor, twente):
    offer = offer_for(twente, cor, levels=[Level.MBO_4])
    programme = ProgrammeFactory()
    with pytest.raises(ValidationError):
        journey.claim_offer(offer, cor, programme)
    offer.refresh_from_db()
    assert offer.state == OfferState.OFFERED


def test_a_step_out_of_order_is_refused(cor, twente, programme):
    offer = offer_for(twente, cor)
    with translation.override("en"), pytest.raises(ValidationError, match="cannot become"):
        journey.deliver_work(offer, cor, title="x", summary="y")
    offer.refresh_from_db()
    assert offer.state == OfferState.OFFERED and offer.events.count() == 1


def test_feedback_from_practice_that_uses_the_work_is_an_adoption(cor, twente, programme, student):
    from werkplaats.network.tests.factories import OrganisationFactory

    partner = OrganisationFactory(name="Wijkteam Enschede-Zuid")
    offer = offer_for(twente, cor, practice_organisation=partner)
    group, _ = journey.claim_offer(offer, programme.lecturer, programme)
    member = journey.join_group(group, student, display_name="Sem", named_publicly=True)
    journey.start_work(offer, programme.lecturer)
    journey.deliver_work(offer, student, title="Advies", summary="Kort advies.")
    returns.agree_as_student(member)
    returns.agree_as_lecturer(offer, "CC-BY-4.0")
    offer.refresh_from_db()
    returns.give_feedback(offer, cor, usefulness=4, comment="We werken ermee.", in_use=True)
    adoption = Adoption.objects.get(product=offer.product)
    assert adoption.organisation == partner
    assert offer.events.filter(kind=EventKind.FEEDBACK).exists()
