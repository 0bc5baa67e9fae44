"""The demo of the education bridge, run by ``werkplaats demo`` after the other apps' demos.

- Programmes of the real hogescholen of the reference network and of five real ROCs (added as
  organisations when absent), with their semesters or periods of this academic year and the next,
  and a contact lecturer each (``programmes``).
- Two accounts (password ``werkplaats-demo``, no second factor: neither role needs one): ``docent``,
  lecturer of hbo Social Work at Saxion in Enschede (the hogeschool of Werkplaats Twente), and
  ``student``, in two of her groups.
- About thirty offers in every state, made from demo practice questions (published and not) and
  projects, with the journey replayed through the services and dated when it happened (``history``);
  student work in the library once everyone agreed, feedback from practice (an adoption when they
  use the work); students with and without consent to be named (``offers``, ``offers_taken``).
- Teaching cases derived from closed questions, written anew; five published and a draft
  (``cases``).

Deterministic and loaded once: when the demo programmes are there, a second run changes nothing.
Nobody is mailed: the steps are history, not news. ``scale`` is accepted like the other loaders';
the education demo covers the real werkplaatsen only.
"""

import datetime
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.network.models import Organisation, Person, Workshop
from werkplaats.projects.constants import EDUCATION_INSTITUTION_KINDS
from werkplaats.projects.models import Project
from werkplaats.questions.constants import State
from werkplaats.questions.models import PracticeQuestion

from .. import notifications
from ..constants import OfferState
from ..models import AssignmentOffer, Programme, TeachingCase
from ..services.cases import derive_case
from ..services.offers import OfferDraft
from .cases import CASES
from .history import History, Terms, schedule, student_account
from .offers import OPEN
from .offers_taken import TAKEN
from .programmes import Catalogue, lecturer_account, load_programmes

__all__ = ["DemoEducationResult", "load_demo_education"]

SPECS = [*OPEN, *TAKEN]
#: Organisations that supervise students in practice.
PRACTICE_KINDS = ("welzijnsorganisatie", "zorgorganisatie", "ggd", "gemeente")
#: The states of a question each kind of offer is made from.
SOURCES = {
    OfferState.OFFERED: [State.ACCEPTED, State.IN_PROJECT, State.ANSWERED],
    OfferState.MATCHED: [State.ACCEPTED, State.IN_PROJECT],
    OfferState.WITHDRAWN: [State.ACCEPTED, State.IN_PROJECT, State.ANSWERED],
    OfferState.RUNNING: [State.ACCEPTED, State.IN_PROJECT],
    OfferState.DELIVERED: [State.IN_PROJECT, State.ANSWERED, State.CLOSED],
    OfferState.ASSESSED: [State.ANSWERED, State.CLOSED],
}


@dataclass
class DemoEducationResult:
    programmes: int = 0
    institutions: int = 0
    offers: Counter = field(default_factory=Counter)
    cases: int = 0
    products: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.programmes)


def load_demo_education(
    scale: int = 1, report: Callable[[str], None] | None = None
) -> DemoEducationResult:
    say = report or (lambda line: None)
    if Programme.objects.exists():
        say(_("Education: already loaded (%(n)d programmes).") % {"n": Programme.objects.count()})
        return DemoEducationResult()
    with notifications.muted():  # the demo replays the past: nobody is told now
        result = _load()
    say(
        _(
            "Education: %(p)d programmes of %(i)d hogescholen and ROCs, %(o)d assignment offers "
            "(%(states)s), %(c)d teaching cases, %(w)d student works in the library."
        )
        % {
            "p": result.programmes,
            "i": result.institutions,
            "o": sum(result.offers.values()),
            "states": ", ".join(
                f"{result.offers[state]} {OfferState(state).label.lower()}"
                for state in OfferState.values
            ),
            "c": result.cases,
            "w": result.products,
        }
    )
    return result


@transaction.atomic
def _load() -> DemoEducationResult:
    now = timezone.now()
    history = History(now)
    catalogue = load_programmes(history.today)
    result = DemoEducationResult(
        programmes=len(catalogue.programmes),
        institutions=len({key[0] for key in catalogue.programmes}),
    )
    terms = Terms.around(history.today)
    used: set[int] = set()
    for spec in SPECS:
        offer = _replay(spec, catalogue, history, terms, used)
        if offer is not None:
            result.offers[offer.state] += 1
    result.products = AssignmentOffer.objects.filter(product__isnull=False).count()
    result.cases = _cases(history)
    return result


def _actor(workshop: Workshop):
    """Who makes the werkplaats's offers: its (demo) coordinator, else the network editor."""
    User = get_user_model()
    return (
        workshop.coordinators.order_by("pk").first()
        or User.objects.filter(is_network_editor=True, is_active=True).order_by("pk").first()
    )


def _source(spec, workshop, used: set):
    if spec.project:
        projects = Project.objects.filter(lead_workshop=workshop).order_by("slug")
        project = (
            projects.filter(status="running", themes__slug=spec.theme).first()
            or projects.filter(status="running").first()
        )
        return None, project
    questions = (
        PracticeQuestion.objects.filter(workshop=workshop, state__in=SOURCES[spec.state])
        .exclude(pk__in=used)
        .order_by("reference")
    )
    question = questions.filter(title__startswith=spec.question).first() if spec.question else None
    question = question or questions.filter(themes__slug=spec.theme).first()
    if question is not None:
        used.add(question.pk)
    return question, None


def _practice(question, workshop, index: int):
    """The practice partner (the question's organisation, unless that is a school; else a welfare
    or care partner of the werkplaats, in the question's municipality when there is one) and
    someone of theirs to supervise the students."""
    organisation = question.organisation if question is not None else None
    if organisation is not None and organisation.kind.slug in EDUCATION_INSTITUTION_KINDS:
        organisation = None
    if organisation is None:
        partners = Organisation.objects.filter(
            partnerships__workshop=workshop, kind__slug__in=PRACTICE_KINDS
        ).order_by("name", "pk")
        if question is not None:
            organisation = partners.filter(location=question.municipality_id).first()
        count = partners.count()
        if organisation is None and count:
            organisation = partners[index % count]
    if organisation is None:
        return None, None
    people = Person.objects.filter(
        affiliations__organisation=organisation, affiliations__end_date__isnull=True
    ).order_by("slug")
    count = people.count()
    return organisation, (people[index % count] if count else None)


def _replay(spec, catalogue: Catalogue, history: History, terms: Terms, used: set):
    workshop = Workshop.objects.filter(slug=spec.workshop).first()
    programmes = [catalogue.get(*key) for key in spec.programmes]
    programmes = [p for p in programmes if p is not None]
    key = spec.group or (spec.programmes[0] if spec.programmes else None)
    claimed = catalogue.get(*key) if key else None
    takes_group = spec.state != OfferState.OFFERED and (
        spec.state != OfferState.WITHDRAWN or spec.members
    )
    if workshop is None or (takes_group and claimed is None):
        return None
    question, project = _source(spec, workshop, used)
    organisation, supervisor = _practice(question, workshop, SPECS.index(spec))
    actor = _actor(workshop)
    themes = list(question.themes.all()) if question is not None else []
    if not themes:
        themes = list(workshop.themes.filter(slug=spec.theme)) or list(workshop.themes.all()[:1])
    draft = OfferDraft(
        title=spec.title,
        summary=spec.summary,
        kind=spec.kind,
        levels=list(spec.levels),
        starts_on=datetime.date.min,  # set by History.offer from the period
        ends_on=datetime.date.min,
        expected_product=spec.product,
        workshop=workshop,
        students=spec.students,
        programmes=programmes,
        themes=themes,
        municipality=question.municipality if question is not None else None,
        practice_organisation=organisation,
        practice_supervisor=supervisor,
        question=question,
        project=project,
    )
    period = getattr(terms, spec.when)
    if spec.state == OfferState.RUNNING and period[1] < history.today:  # the summer holiday
        period = (period[0], history.today + 30 * datetime.timedelta(days=1))
    when = schedule(spec.state, period, history, spec.days_ago)
    offer = history.offer(when["offered"], draft, actor, period)
    if takes_group:
        _take(spec, offer, claimed, catalogue, history, when, actor)
    if spec.state == OfferState.WITHDRAWN:
        history.withdraw(when["withdrawn"], offer, actor, spec.reason)
    offer.refresh_from_db()
    return offer


def _take(spec, offer, programme, catalogue, history, when, actor) -> None:
    """The rest of the journey: claimed, joined, started, delivered, assessed, agreed, used."""
    if spec.lecturer == "docent" and catalogue.lecturer is not None:
        lecturer = catalogue.lecturer
    else:
        lecturer = lecturer_account(programme.contact_lecturer)
        programme.lecturers.add(lecturer)
    group = history.claim(when["matched"], offer, lecturer, programme)
    members = []
    for index, (name, named) in enumerate(spec.members):
        own = catalogue.student if name == "student" else None
        user = student_account(name, own)
        display = user.get_full_name() if own is not None else name
        moment = history.at(when["joined"] + datetime.timedelta(days=index), 19)
        members.append(history.join(moment, group, user, display, named))
    state = spec.state
    if state in (OfferState.MATCHED, OfferState.WITHDRAWN):
        return
    history.start(when["running"], offer, lecturer)
    if state == OfferState.RUNNING:
        return
    history.deliver(when["delivered"], offer, members[0].user, spec.work)
    if state == OfferState.ASSESSED:
        history.assess(when["assessed"], offer, lecturer, spec.assessment)
    agreeing = {"all": members, "students": members, "some": members[:1]}.get(spec.agreed, [])
    for index, member in enumerate(agreeing):
        moment = history.at(when["agreed"] + datetime.timedelta(days=index), 12)
        history.agree_as_student(moment, member)
    if spec.agreed == "all":
        moment = history.at(when["agreed"] + datetime.timedelta(days=len(members)), 16)
        history.agree_as_lecturer(moment, offer, spec.licence)
    if spec.feedback:
        usefulness, in_use, comment = spec.feedback
        history.feedback(when["feedback"], offer, actor, usefulness, in_use, comment)


def _cases(history: History) -> int:
    made = 0
    for index, text in enumerate(CASES):
        closed = PracticeQuestion.objects.filter(state=State.CLOSED).order_by("reference")
        candidates = [
            *closed.filter(workshop__slug=text.workshop, title__startswith=text.question),
            *closed.filter(themes__slug=text.theme).exclude(teaching_cases__isnull=False),
        ]
        for question in candidates:
            actor = _actor(question.workshop)
            try:
                case = derive_case(
                    question,
                    actor,
                    title=text.title,
                    situation=text.situation,
                    discussion=text.discussion,
                    levels=text.levels,
                    publish=text.publish,
                )
            except ValidationError:  # the text happens to echo this submitter: try another
                continue
            moment = history.at(history.today - (60 - 9 * index) * datetime.timedelta(days=1))
            TeachingCase.objects.filter(pk=case.pk).update(
                created_at=moment, published_at=moment if text.publish else None
            )
            made += 1
            break
    return made
