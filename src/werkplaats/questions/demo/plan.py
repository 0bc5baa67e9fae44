"""What the demo writes for one werkplaats: its questions and their timelines, planned in memory.

One generator per werkplaats, derived from the seed, so a werkplaats's questions come out the
same whether or not others are planned next to it (``--scale`` adds, never redoes).
"""

import datetime
import random
import secrets
import uuid
from dataclasses import dataclass, field

from django.utils import translation

from werkplaats.network.models import Municipality, Organisation, ParticipantRole, Theme, Workshop
from werkplaats.network.reference import municipality_display_name

from ..constants import EventKind, QuestionType, State
from ..models import PracticeQuestion, hash_token
from . import replies, submitters
from .scenarios import Scenario
from .timeline import between, dated, route

S = State

#: The final states of a werkplaats's demo questions: every state, most of them open.
QUOTA = {
    S.SUBMITTED: 3,
    S.INTAKE: 2,
    S.REFERRED: 1,
    S.ACCEPTED: 2,
    S.ADVISED: 2,
    S.DECLINED: 1,
    S.IN_PROJECT: 3,
    S.ANSWERED: 2,
    S.CLOSED: 3,
    S.WITHDRAWN: 1,
}
#: The werkplaats of the demo coordinator gets more, so its inbox has plenty to triage.
EXTRA = {"twente": {S.SUBMITTED: 4, S.INTAKE: 2, S.ACCEPTED: 2, S.CLOSED: 2}}
#: Where a werkplaats refers questions: a neighbour.
NEIGHBOURS = {
    "noord": "friesland",
    "friesland": "noord",
    "regio-zwolle": "twente",
    "twente": "regio-zwolle",
    "arnhem-nijmegen": "gelderse-vallei",
    "gelderse-vallei": "utrecht",
    "utrecht": "gelderse-vallei",
    "amsterdam": "noord-holland",
    "noord-holland": "amsterdam",
    "den-haag-leiden": "zuid-holland-zuid",
    "zuid-holland-zuid": "den-haag-leiden",
    "fontys": "avans",
    "avans": "fontys",
    "zuyd": "fontys",
    "zeeland": "avans",
}
PUBLISHED_SHARE = 0.5
PUBLISHABLE = {S.ACCEPTED, S.IN_PROJECT, S.ANSWERED, S.CLOSED}


@dataclass
class Unit:
    """One werkplaats the demo fills with questions."""

    key: str
    base_slug: str
    workshop: Workshop
    towns: list[Municipality]
    named_towns: list[Municipality]
    organisations: dict[str, list[Organisation]]
    neighbour: Workshop

    def rng(self, seed: int) -> random.Random:
        return random.Random(f"{seed}:questions:{self.key}")

    def final_states(self) -> list[str]:
        quota = dict(QUOTA)
        for state, extra in EXTRA.get(self.base_slug, {}).items():
            quota[state] += extra
        return [state for state, n in quota.items() for _ in range(n)]


@dataclass
class PlannedQuestion:
    question: PracticeQuestion
    themes: list[Theme]
    events: list[dict] = field(default_factory=list)
    tracking_token: str = ""


@dataclass
class Context:
    """What planning needs from the database, read once."""

    themes: dict[str, Theme]
    roles: dict[str, ParticipantRole]
    #: workshop pk -> the user who acts for it on the timeline (its first coordinator), or None
    actors: dict
    route: object
    classify: object
    now: datetime.datetime
    references: set[str] = field(default_factory=set)
    #: (werkplaats, scenario title) -> the suggestion synthetic copies share
    suggestions: dict = field(default_factory=dict)


def choose_scenarios(rng, scenarios: list[Scenario], preferred: set[str], n: int):
    """``n`` scenarios, those on the werkplaats's own themes three times as likely."""
    pool = list(scenarios)
    chosen = []
    while len(chosen) < n:
        if not pool:
            pool = list(scenarios)
        weights = [3 if preferred.intersection(s.themes) else 1 for s in pool]
        pick = rng.choices(range(len(pool)), weights=weights)[0]
        chosen.append(pool.pop(pick))
    return chosen


def _submitter(rng, scenario: Scenario, unit: Unit, town: Municipality, ctx: Context) -> dict:
    role = rng.choice(scenario.roles)
    given = rng.choice(submitters.GIVEN_NAMES)
    prefix, family = rng.choice(submitters.FAMILY_NAMES)
    place = municipality_display_name(town.name)
    organisation, organisation_name = None, ""
    for kind in submitters.EMPLOYERS[role]:
        if kind == "gemeente":
            organisation_name = f"Gemeente {place}"
            break
        if unit.organisations.get(kind):
            organisation = rng.choice(unit.organisations[kind])
            organisation_name = organisation.name
            break
    opener = rng.choice(submitters.OPENERS[role])
    if "{organisatie}" in opener and not organisation_name:
        opener = "Ik werk in het sociaal domein in {plaats}."
    local = ".".join(part for part in (given, prefix, family) if part).lower().replace(" ", "")
    return {
        "submitter_name": " ".join(part for part in (given, prefix, family) if part),
        "submitter_email": f"{local}@{rng.choice(submitters.MAIL_DOMAINS)}",
        "submitter_role": ctx.roles.get(role),
        "organisation": organisation,
        "organisation_name": organisation_name,
        "opener": opener.format(plaats=place, organisatie=organisation_name),
    }


def _reference(rng, at: datetime.datetime, taken: set[str]) -> str:
    while True:
        reference = f"PV-{at:%Y}-{rng.getrandbits(24):06X}"
        if reference not in taken:
            taken.add(reference)
            return reference


def plan_question(rng, unit: Unit, index: int, scenario: Scenario, final: str, ctx: Context):
    """One question of ``unit`` that ends in ``final``, with its whole timeline."""
    town = rng.choice(unit.named_towns) if rng.random() < 0.5 else rng.choice(unit.towns)
    place = municipality_display_name(town.name)
    person = _submitter(rng, scenario, unit, town, ctx)
    steps = dated(rng, route(rng, final), final, ctx.now)
    submitted_at = steps[0].at
    question = PracticeQuestion(
        uuid=uuid.UUID(int=rng.getrandbits(128), version=4),
        reference=_reference(rng, submitted_at, ctx.references),
        submission_key=f"demo:{unit.key}:{index:03d}",
        title=scenario.title.format(plaats=place),
        question=f"{person['opener']} {scenario.question.format(plaats=place)}",
        context=scenario.context.format(plaats=place),
        municipality=town,
        organisation_name=person["organisation_name"],
        organisation=person["organisation"],
        submitter_role=person["submitter_role"],
        actors=scenario.actors,
        hoped_result=scenario.hoped_result,
        time_frame=scenario.time_frame,
        submitter_name=person["submitter_name"],
        submitter_email=person["submitter_email"],
        privacy_agreed_at=submitted_at,
        submitted_at=submitted_at,
        state=S.SUBMITTED,
        state_changed_at=submitted_at,
    )
    question.workshop = unit.workshop
    if unit.key == unit.base_slug:
        # Real werkplaatsen: where intake routes it, and what the classifier suggests.
        question.workshop = ctx.route(question) or unit.workshop
        question.suggestion = ctx.classify(question) or {}
    else:
        question.suggestion = _shared_suggestion(scenario, unit, ctx)
    token = secrets.token_urlsafe(32)
    question.tracking_token_hash = hash_token(token)
    planned = PlannedQuestion(question, [ctx.themes[s] for s in scenario.themes if s in ctx.themes])
    planned.tracking_token = token
    _walk(rng, planned, steps, unit, scenario, ctx)
    return planned


def _shared_suggestion(scenario: Scenario, unit: Unit, ctx: Context) -> dict:
    """Synthetic copies (``--scale``) share a region with the real werkplaats, so routing would
    send all their questions to the original; and classifying thousands of near-copies only costs
    time. They share one suggestion per scenario and region, classified once."""
    key = (unit.base_slug, scenario.title)
    if key not in ctx.suggestions:
        town = unit.named_towns[0]
        place = municipality_display_name(town.name)
        canonical = PracticeQuestion(
            title=scenario.title.format(plaats=place),
            question=scenario.question.format(plaats=place),
            context=scenario.context.format(plaats=place),
            actors=scenario.actors,
            hoped_result=scenario.hoped_result,
            municipality=town,
            workshop=unit.workshop,
        )
        ctx.suggestions[key] = ctx.classify(canonical) or {}
    return ctx.suggestions[key]


def _walk(rng, planned: PlannedQuestion, steps, unit: Unit, scenario: Scenario, ctx: Context):
    """Records the steps as events and brings the question to its final state."""
    question = planned.question
    events = planned.events
    theme = (planned.themes[0].name if planned.themes else "dit onderwerp").lower()

    def add(kind, at, **fields):
        events.append({"kind": kind, "created_at": at, **fields})

    def actor():
        return ctx.actors.get(question.workshop.pk)

    def say(texts, **names):
        return rng.choice(texts).format(thema=theme, werkplaats=question.workshop.name, **names)

    add(
        EventKind.SUBMITTED,
        steps[0].at,
        to_state=S.SUBMITTED,
        by_submitter=True,
        visible_to_submitter=True,
        to_workshop=question.workshop,
    )
    final_at = steps[-1].at
    end = ctx.now - datetime.timedelta(hours=1)
    if rng.random() < 0.2 and len(steps) > 1:
        add(
            EventKind.INFORMATION_ADDED,
            between(rng, steps[0].at, steps[1].at),
            by_submitter=True,
            text=rng.choice(replies.ADDITIONS),
            visible_to_submitter=True,
        )
    previous = steps[0]
    classified = False
    for position, step in enumerate(steps[1:], start=1):
        following = steps[position + 1].at if position + 1 < len(steps) else end
        fields = {"from_state": previous.state, "to_state": step.state, "actor": actor()}
        fields["visible_to_submitter"] = True
        kind = EventKind.STATE_CHANGED
        decision = step.state in (S.ACCEPTED, S.ADVISED, S.DECLINED)
        if decision and not classified:
            _classify(rng, planned, scenario, between(rng, previous.at, step.at), add, actor())
            classified = True
        if step.state == S.REFERRED:
            target = unit.neighbour if unit.neighbour != question.workshop else unit.workshop
            kind = EventKind.REFERRED
            fields["text"] = say(replies.REFERRAL, naar=target.name)
            fields["from_workshop"], fields["to_workshop"] = question.workshop, target
            question.workshop = target
        elif step.state == S.WITHDRAWN:
            fields.update(actor=None, by_submitter=True, text=rng.choice(replies.WITHDRAW))
        else:
            texts = {
                S.ACCEPTED: replies.ACCEPT,
                S.ADVISED: replies.ADVICE,
                S.DECLINED: replies.DECLINE,
                S.IN_PROJECT: replies.IN_PROJECT,
                S.ANSWERED: replies.ANSWER,
                S.CLOSED: replies.CLOSE,
            }.get(step.state)
            fields["text"] = say(texts) if texts else ""
        add(kind, step.at, **fields)
        if step.state == S.INTAKE and rng.random() < 0.35:
            add(
                EventKind.NOTE,
                between(rng, step.at, following),
                actor=actor(),
                text=rng.choice(replies.NOTES),
            )
        if step.state == S.ACCEPTED and rng.random() < 0.4:
            add(
                EventKind.MESSAGE,
                between(rng, step.at, following),
                actor=actor(),
                text=rng.choice(replies.MESSAGES),
                visible_to_submitter=True,
            )
        previous = step
    if not classified and question.workshop and steps[-1].state == S.INTAKE and rng.random() < 0.4:
        _classify(rng, planned, scenario, between(rng, steps[-1].at, end), add, actor())
    states = [step.state for step in steps]
    if steps[-1].state in PUBLISHABLE and S.ACCEPTED in states and rng.random() < PUBLISHED_SHARE:
        accepted_at = steps[states.index(S.ACCEPTED)].at
        published_at = between(
            rng,
            accepted_at,
            steps[states.index(S.ACCEPTED) + 1].at if states[-1] != S.ACCEPTED else end,
        )
        question.is_published = True
        question.public_title = scenario.public_title
        question.public_summary = scenario.public_summary
        question.published_at = published_at
        add(EventKind.PUBLISHED, published_at, actor=actor())
    question.state = steps[-1].state
    question.state_changed_at = final_at
    if question.state in (S.CLOSED, S.WITHDRAWN):
        question.closed_at = final_at
    events.sort(key=lambda event: event["created_at"])


def _classify(rng, planned: PlannedQuestion, scenario: Scenario, at, add, actor) -> None:
    """The coordinator confirms the type and themes (the scenario's: what it is about)."""
    question = planned.question
    question.question_type = scenario.question_type
    question.classification_confirmed = True
    with translation.override("nl"):
        labels = ", ".join(theme.label for theme in planned.themes)
        text = str(QuestionType(scenario.question_type).label) + (f" — {labels}" if labels else "")
    add(EventKind.CLASSIFIED, at, actor=actor, text=text)
