"""Demo practice questions: about 300 realistic questions in every werkplaats and every state.

``load_demo_questions()`` runs after the demo network (``werkplaats demo``). It is deterministic
(every werkplaats gets its own generator from the seed; dates count back from ``now``) and loads
once: a werkplaats whose demo questions exist is left alone, so a second run changes nothing and
``--scale N`` adds the questions of the new copies. The questions are written with bulk inserts,
not through the intake and workflow services: those send e-mail, and the demo must not.

Tracking tokens are stored only hashed, so the one link the command prints (a question from
Friesland, for trying the submitter's view) can only be shown when it is created.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.network.demo.units import DemoError
from werkplaats.network.models import Theme

from ..constants import State
from . import plan
from .scenarios import all_scenarios
from .units import load_units
from .writer import write_questions

__all__ = ["SEED", "DemoQuestionsResult", "load_demo_questions", "tracking_url"]

SEED = 2026
KEY_PREFIX = "demo:"
#: The werkplaats and state of the question whose tracking link the command prints.
SHOWCASE = ("friesland", State.ACCEPTED)


@dataclass
class DemoQuestionsResult:
    created: int = 0
    published: int = 0
    units_filled: int = 0
    units_present: int = 0
    tracking_url: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.created)


def tracking_url(token: str) -> str:
    try:
        path = reverse("questions:track", kwargs={"token": token})
    except NoReverseMatch:  # the tracking page is not wired (yet): the agreed address
        path = f"/vragen/volg/{token}/"
    return f"{settings.SITE_URL}{path}"


def _present_units() -> set[str]:
    from ..models import PracticeQuestion

    keys = PracticeQuestion.objects.filter(submission_key__startswith=KEY_PREFIX).values_list(
        "submission_key", flat=True
    )
    return {key.split(":")[1] for key in keys}


@transaction.atomic
def load_demo_questions(
    scale: int = 1,
    seed: int = SEED,
    now: datetime.datetime | None = None,
    report: Callable[[str], None] | None = None,
) -> DemoQuestionsResult:
    """Plan and write the demo questions of every werkplaats (N copies at ``scale`` N) that has
    none yet. ``report`` receives one or two lines."""
    from ..matching import classify_question, route_question
    from ..models import PracticeQuestion

    if scale < 1:
        raise DemoError(_("The scale must be 1 or more."))
    say = report or (lambda line: None)
    units = load_units(scale)
    present = _present_units()
    todo = [unit for unit in units if unit.key not in present]
    result = DemoQuestionsResult(units_present=len(units) - len(todo), units_filled=len(todo))
    if not todo:
        say(
            _("Practice questions: already loaded (%(n)d).")
            % {"n": PracticeQuestion.objects.filter(submission_key__startswith=KEY_PREFIX).count()}
        )
        say(
            _(
                "The tracking link of a demo question from Friesland was printed when the demo "
                "was first loaded."
            )
        )
        return result

    ctx = plan.Context(
        themes={t.slug: t for t in Theme.objects.all()},
        roles=load_roles(),
        actors=load_actors(),
        route=route_question,
        classify=classify_question,
        now=timezone.localtime(now or timezone.now()),
        references=set(PracticeQuestion.objects.values_list("reference", flat=True)),
    )
    scenarios = all_scenarios()
    planned = []
    for unit in todo:
        rng = unit.rng(seed)
        finals = unit.final_states()
        rng.shuffle(finals)
        preferred = {t.slug for t in unit.workshop.themes.all()}
        chosen = plan.choose_scenarios(rng, scenarios, preferred, len(finals))
        for index, (scenario, final) in enumerate(zip(chosen, finals, strict=True)):
            planned.append(plan.plan_question(rng, unit, index, scenario, final, ctx))
            if (unit.key, final) == SHOWCASE and not result.tracking_url:
                result.tracking_url = tracking_url(planned[-1].tracking_token)

    result.created = write_questions(planned)
    result.published = sum(1 for p in planned if p.question.is_published)
    say(
        _(
            "Practice questions: %(n)d created in %(u)d werkplaatsen, %(p)d of them published "
            "on the question board."
        )
        % {"n": result.created, "u": len(todo), "p": result.published}
    )
    if result.tracking_url:
        say(
            _("Try the submitter's view of a demo question from Friesland: %(url)s")
            % {"url": result.tracking_url}
        )
    return result


def load_roles():
    from werkplaats.network.models import ParticipantRole

    return {r.slug: r for r in ParticipantRole.objects.all()}


def load_actors() -> dict:
    """Workshop pk -> the first of its coordinators by username: who acts on the timeline."""
    from werkplaats.network.models import Workshop

    actors = {}
    links = Workshop.coordinators.through.objects.select_related("user").order_by("user__username")
    for link in links:
        actors.setdefault(link.workshop_id, link.user)
    return actors
