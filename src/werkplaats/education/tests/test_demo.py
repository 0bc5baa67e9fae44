"""The education demo: programmes of the real hogescholen and some ROCs, offers in every state with
real timelines, student work in the library, teaching cases written anew; loaded once."""

import datetime
import re
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.text import slugify

from werkplaats.accounts.twofactor import requires_second_factor
from werkplaats.education.constants import MBO_LEVELS, Level, OfferKind, OfferState
from werkplaats.education.demo import load_demo_education
from werkplaats.education.demo.history import Terms
from werkplaats.education.demo.programmes import ROCS
from werkplaats.education.models import (
    AssignmentEvent,
    AssignmentOffer,
    GroupMember,
    PracticeFeedback,
    Programme,
    TeachingCase,
)
from werkplaats.education.permissions import programmes_claimable_by, suits
from werkplaats.library.models import Product
from werkplaats.network.demo import DEMO_PASSWORD, load_demo
from werkplaats.network.models import Organisation, Person
from werkplaats.network.reference import read_reference_workshops
from werkplaats.projects.demo import load_demo_projects
from werkplaats.questions.constants import EventKind as QuestionEventKind
from werkplaats.questions.demo import load_demo_questions
from werkplaats.questions.models import QuestionEvent

pytestmark = pytest.mark.django_db

WORD = re.compile(r"\w+")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        load_demo_questions()
        load_demo_projects()
        lines = []
        result = load_demo_education(report=lines.append)
        result.lines = lines
        yield result
        transaction.set_rollback(True)


@pytest.fixture
def offers(demo, db):
    return list(
        AssignmentOffer.objects.select_related("question", "workshop").prefetch_related(
            "programmes__institution", "levels", "events"
        )
    )


def _runs(text: str, n: int = 6) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _submitters_text(question) -> str:
    return " ".join(
        [
            question.title,
            question.question,
            question.context,
            question.actors,
            question.hoped_result,
        ]
    )


def test_offers_in_every_state_over_many_werkplaatsen(demo, offers):
    states = Counter(offer.state for offer in offers)
    assert set(states) == set(OfferState.values)
    assert states[OfferState.OFFERED] >= 10
    assert len({offer.workshop_id for offer in offers}) >= 12
    assert sum(demo.offers.values()) == len(offers)
    assert len(demo.lines) == 1 and str(len(offers)) in demo.lines[0]


def test_programmes_belong_to_the_real_hogescholen_and_rocs(demo, offers):
    hogescholen = {
        slugify(name) for ref in read_reference_workshops() for name in ref.lead_institutions
    }
    rocs = {name for _, name, *_ in ROCS}
    programmes = list(Programme.objects.select_related("institution__kind"))
    assert len(programmes) >= 40
    taught_at = {p.institution.slug for p in programmes if p.institution.kind.slug == "hogeschool"}
    assert taught_at == hogescholen
    assert {p.institution.name for p in programmes if p.institution.kind.slug == "roc"} == rocs
    for programme in programmes:
        assert programme.location
        assert (programme.level in MBO_LEVELS) == (programme.institution.kind.slug == "roc")
    levels = {p.level for p in programmes}
    assert {Level.MBO_3, Level.MBO_4, Level.ASSOCIATE, Level.BACHELOR, Level.MASTER} <= levels


def test_every_programme_has_periods_of_this_academic_year_and_the_next(demo):
    today = timezone.localdate()
    year = today.year if today.month >= 9 else today.year - 1
    for programme in Programme.objects.prefetch_related("periods"):
        starts = {p.starts_on for p in programme.periods.all()}
        assert datetime.date(year, 9, 1) in starts, programme
        assert datetime.date(year + 1, 9, 1) in starts, programme
        assert programme.contact_lecturer is not None


def test_lecturers_are_demo_people_like_the_others(demo):
    people = Person.objects.filter(contact_for_programmes__isnull=False).distinct()
    people = people.annotate(
        n_roles=Count("roles", distinct=True),
        n_themes=Count("themes", distinct=True),
        n_workshops=Count("workshops", distinct=True),
    )
    assert people.count() >= 40
    assert {p.is_public for p in people} == {True, False}
    for person in people:
        assert person.n_roles and person.n_themes and person.n_workshops, person
        assert re.fullmatch(r"[a-z0-9.]+@([a-z0-9-]+\.example|example\.org)", person.email)
        assert person.affiliations.filter(organisation__programmes__isnull=False).exists()


def test_the_walkthrough_finds_an_open_graduation_assignment_for_the_demo_lecturer(demo):
    docent = get_user_model().objects.get(username="docent")
    student = get_user_model().objects.get(username="student")
    terms = Terms.around(timezone.localdate())
    claimable = list(programmes_claimable_by(docent))
    assert [(p.institution.name, p.name, p.location) for p in claimable] == [
        ("Saxion", "hbo Social Work", "Enschede")
    ]
    open_offers = AssignmentOffer.objects.filter(
        workshop__slug="twente",
        state=OfferState.OFFERED,
        kind=OfferKind.GRADUATION,
        levels__level=Level.BACHELOR,
        starts_on=terms.coming[0],
    )
    assert any(suits(offer, claimable[0]) for offer in open_offers)
    for user in (docent, student):
        assert user.check_password(DEMO_PASSWORD)
        assert not requires_second_factor(user)
    assert GroupMember.objects.filter(user=student, group__offer__state=OfferState.RUNNING).exists()
    assert GroupMember.objects.filter(
        user=student, group__offer__state=OfferState.DELIVERED, agreed_to_publish_at=None
    ).exists()


def test_open_offers_are_for_periods_to_come_and_past_work_for_periods_that_passed(offers):
    now = timezone.now()
    today = timezone.localdate()
    for offer in offers:
        assert offer.created_at <= now
        events = sorted(offer.events.all(), key=lambda event: event.pk)  # in the order made
        assert all(event.created_at <= now for event in events)
        assert [e.created_at for e in events] == sorted(e.created_at for e in events)
        assert events[0].created_at == offer.created_at
        if offer.state in (OfferState.OFFERED, OfferState.MATCHED, OfferState.RUNNING):
            assert offer.ends_on >= today
        if offer.state in (OfferState.DELIVERED, OfferState.ASSESSED):
            assert offer.ends_on < today
            assert offer.created_at.date() < offer.starts_on


def test_each_step_is_on_the_question_timeline_for_its_submitter(offers):
    from_questions = [o for o in offers if o.question is not None]
    assert {o.question.is_published for o in from_questions} == {True, False}
    assert any(o.project_id for o in offers)
    for offer in from_questions:
        steps = [e for e in offer.events.all() if e.to_state]
        told = QuestionEvent.objects.filter(
            question=offer.question, kind=QuestionEventKind.EDUCATION, visible_to_submitter=True
        ).order_by("created_at", "pk")
        assert [e.created_at for e in told] == [e.created_at for e in steps]


def test_student_work_is_in_the_library_with_its_provenance_and_feedback(demo):
    products = Product.objects.filter(assignment__isnull=False).select_related("assignment")
    assert products.count() >= 4
    assert demo.products == products.count()
    for product in products:
        offer = product.assignment
        assert product.is_published and product.licence
        assert offer.state in (OfferState.DELIVERED, OfferState.ASSESSED)
        assert not offer.group.members.filter(agreed_to_publish_at=None).exists()
    waiting = AssignmentOffer.objects.filter(state=OfferState.ASSESSED, product=None)
    assert waiting.exists()  # someone did not agree (yet): nothing in the library
    feedback = PracticeFeedback.objects.all()
    assert feedback.filter(in_use=True, adoption__isnull=False).exists()
    assert feedback.filter(in_use=False, adoption=None).exists()


def test_students_with_and_without_consent_to_be_named(demo):
    consents = set(GroupMember.objects.values_list("named_publicly", flat=True))
    assert consents == {True, False}
    assert AssignmentEvent.objects.filter(kind="student_joined").count() == (
        GroupMember.objects.count()
    )


def test_teaching_cases_never_carry_their_questions_words(demo):
    cases = list(TeachingCase.objects.select_related("source_question"))
    assert sum(c.is_published for c in cases) >= 5
    assert any(not c.is_published for c in cases)
    for case in cases:
        question = case.source_question
        assert question.state == "closed"
        own = _runs(_submitters_text(question))
        for text in (case.title, case.situation, case.discussion):
            echoed = _runs(text) & own
            assert not echoed, (case.title, echoed)
            assert question.submitter_name.lower() not in text.lower()


def test_offers_are_written_anew_too(offers):
    for offer in offers:
        if offer.question is not None:
            own = _runs(_submitters_text(offer.question))
            echoed = _runs(f"{offer.title} {offer.summary}") & own
            assert not echoed, (offer.title, echoed)


def test_a_second_run_adds_nothing(demo):
    models = [
        Programme,
        AssignmentOffer,
        AssignmentEvent,
        QuestionEvent,
        TeachingCase,
        Product,
        Organisation,
        Person,
        get_user_model(),
    ]
    before = [model.objects.count() for model in models]
    lines = []
    again = load_demo_education(report=lines.append)
    assert not again.changed
    assert [model.objects.count() for model in models] == before
    assert len(lines) == 1


@pytest.mark.parametrize(
    "today, coming, current, block_end",
    [
        ("2026-12-01", "2027-02-01", "2026-09-01", "2026-11-09"),
        ("2027-03-15", "2027-09-01", "2027-02-01", "2027-01-31"),
        ("2027-07-20", "2027-09-01", "2027-02-01", "2027-07-10"),
        ("2027-09-03", "2028-02-01", "2027-09-01", "2027-07-10"),
    ],
)
def test_the_demo_periods_follow_today(today, coming, current, block_end):
    day = datetime.date.fromisoformat
    terms = Terms.around(day(today))
    assert terms.coming[0] == day(coming)
    assert terms.current[0] == day(current)
    assert terms.block[1] == day(block_end)
    assert terms.after[0] > terms.coming[0] > terms.current[0] > terms.previous[0]
    assert terms.previous[1] < day(today) and terms.earlier[1] < terms.previous[0]
