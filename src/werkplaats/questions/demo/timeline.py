"""The route a demo question took through the workflow, and when each step happened.

Pure planning: a random generator and a final state in, a list of dated steps out. Every route
follows ``TRANSITIONS`` (the test checks it), state changes are whole days apart and happen in
office hours, and the newest step is at least a day old, so nothing lies in the future.
"""

import datetime
import random
from dataclasses import dataclass

from ..constants import State

S = State

#: The ways to reach each final state (after "submitted").
ROUTES: dict[str, list[list[str]]] = {
    S.SUBMITTED: [[]],
    S.INTAKE: [[S.INTAKE]],
    S.REFERRED: [[S.INTAKE, S.REFERRED]],
    S.ACCEPTED: [[S.INTAKE, S.ACCEPTED]],
    S.ADVISED: [[S.INTAKE, S.ADVISED]],
    S.DECLINED: [[S.INTAKE, S.DECLINED]],
    S.IN_PROJECT: [[S.INTAKE, S.ACCEPTED, S.IN_PROJECT]],
    S.ANSWERED: [
        [S.INTAKE, S.ACCEPTED, S.ANSWERED],
        [S.INTAKE, S.ACCEPTED, S.IN_PROJECT, S.ANSWERED],
    ],
    S.CLOSED: [
        [S.INTAKE, S.ADVISED, S.CLOSED],
        [S.INTAKE, S.DECLINED, S.CLOSED],
        [S.INTAKE, S.ACCEPTED, S.ANSWERED, S.CLOSED],
        [S.INTAKE, S.ACCEPTED, S.IN_PROJECT, S.ANSWERED, S.CLOSED],
        [S.INTAKE, S.ACCEPTED, S.IN_PROJECT, S.ANSWERED, S.CLOSED],
    ],
    S.WITHDRAWN: [
        [S.WITHDRAWN],
        [S.INTAKE, S.WITHDRAWN],
        [S.INTAKE, S.ACCEPTED, S.WITHDRAWN],
        [S.INTAKE, S.ACCEPTED, S.IN_PROJECT, S.WITHDRAWN],
    ],
}

#: Days between arriving in the previous state and arriving in this one.
GAPS = {
    S.INTAKE: (1, 6),
    S.REFERRED: (2, 14),
    S.ACCEPTED: (3, 21),
    S.ADVISED: (3, 21),
    S.DECLINED: (2, 14),
    S.IN_PROJECT: (14, 60),
    S.ANSWERED: (30, 180),
    S.CLOSED: (5, 40),
    S.WITHDRAWN: (3, 60),
}

#: How many days ago a question in this state last changed (the newest step).
RECENCY = {
    S.SUBMITTED: (1, 25),
    S.INTAKE: (1, 30),
    S.REFERRED: (1, 14),
    S.ACCEPTED: (1, 90),
    S.ADVISED: (1, 40),
    S.DECLINED: (1, 30),
    S.IN_PROJECT: (1, 250),
    S.ANSWERED: (1, 60),
    S.CLOSED: (1, 540),
    S.WITHDRAWN: (1, 600),
}

#: The demo spans about two years.
OLDEST = 720
#: Share of decided questions that passed through another werkplaats first.
REFERRAL_DETOUR = 0.12


@dataclass
class Step:
    state: str
    at: datetime.datetime


def route(rng: random.Random, final: str) -> list[str]:
    """The states a question passed through after "submitted", ending in ``final``."""
    states = list(rng.choice(ROUTES[final]))
    decided = len(states) >= 2 and states[1] not in (S.REFERRED, S.WITHDRAWN)
    if decided and rng.random() < REFERRAL_DETOUR:
        states[1:1] = [S.REFERRED, S.INTAKE]
    return states


def office_time(rng: random.Random, day: datetime.datetime, earliest=8 * 60 + 30, latest=17 * 60):
    """A moment on ``day`` (local midnight) between ``earliest`` and ``latest`` minutes."""
    return day + datetime.timedelta(minutes=rng.randint(earliest, latest))


def dated(rng: random.Random, states: list[str], final: str, now: datetime.datetime) -> list[Step]:
    """Dates for "submitted" followed by ``states``: the newest step first, then back in time."""
    gaps = [rng.randint(*GAPS[state]) for state in states]
    last = rng.randint(*RECENCY[final])
    if final == S.SUBMITTED and rng.random() < 0.2:
        last = rng.randint(25, 70)  # an old one nobody picked up: the inbox shows its age
    total = last + sum(gaps)
    if total > OLDEST:
        # Squeeze the route into the demo's two years, keeping every gap at least a day.
        factor = (OLDEST - last) / max(sum(gaps), 1)
        gaps = [max(1, int(gap * factor)) for gap in gaps]
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    days_ago = [last + sum(gaps)]
    for gap in gaps:
        days_ago.append(days_ago[-1] - gap)
    steps = [Step(S.SUBMITTED, office_time(rng, midnight - _days(days_ago[0]), 7 * 60, 22 * 60))]
    for state, ago in zip(states, days_ago[1:], strict=True):
        steps.append(Step(state, office_time(rng, midnight - _days(ago))))
    return steps


def between(rng: random.Random, start: datetime.datetime, end: datetime.datetime):
    """A moment after ``start`` and before ``end``, in office hours when the span allows."""
    span = (end - start).total_seconds()
    moment = start + datetime.timedelta(seconds=int(rng.uniform(0.1, 0.9) * span))
    if not 8 <= moment.hour < 18:
        moment = moment.replace(hour=rng.randint(9, 16), minute=rng.randint(0, 59))
    low = start + datetime.timedelta(minutes=1)
    high = end - datetime.timedelta(minutes=1)
    return min(max(moment, low), high) if low < high else start + (end - start) / 2


def _days(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)
