"""Demo projects: about twenty per werkplaats, run by ``werkplaats demo`` after the questions.

Deterministic (one generator per werkplaats from the seed; each project's UUID is derived from
its werkplaats and number) and idempotent: a werkplaats whose demo projects exist is left alone,
so a second run changes nothing and ``--scale N`` fills the new copies. Everything is written
with bulk inserts. Joint projects pair werkplaatsen in different provinces; funding mixes the
ministry's basic grant, municipalities and Regieorgaan SIA; every vocabulary value is used.

Practice questions that went through "in a project" are linked to a project of their werkplaats:
those still in a project to a running one, the answered ones to a finished one, so the question
board and the project pages tell the same story. No question changes state here (that would
e-mail demo submitters); the question demo already gave them their timeline.
"""

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.network.models import Workshop

from ..models import LearningForm, Project
from .planning import Context, project_uuid
from .writer import write_projects

SEED = 2026

__all__ = ["SEED", "DemoProjectsResult", "load_demo_projects"]


@dataclass
class DemoProjectsResult:
    created: int = 0
    joint: int = 0
    questions_linked: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created)


def _seed_vocabularies() -> None:
    # A test that flushed the database leaves the seeded vocabularies empty: seed them again.
    if not LearningForm.objects.exists():
        import importlib

        from django.apps import apps

        importlib.import_module("werkplaats.projects.migrations.0002_seed_vocabularies").seed(
            apps, None
        )


@transaction.atomic
def load_demo_projects(
    scale: int = 1,
    seed: int = SEED,
    today: datetime.date | None = None,
    report: Callable[[str], None] | None = None,
) -> DemoProjectsResult:
    """Plans and writes the demo projects of every werkplaats that has none yet.

    ``scale`` is accepted for symmetry with the other demo loaders: the synthetic werkplaats
    copies of ``--scale N`` are werkplaatsen too, so they get their projects the same way.
    """
    say = report or (lambda line: None)
    _seed_vocabularies()
    today = today or timezone.localdate()
    workshops = list(Workshop.objects.order_by("slug").prefetch_related("themes"))
    present = set(Project.objects.values_list("uuid", flat=True))
    todo = [w for w in workshops if project_uuid(w.slug, 0) not in present]
    result = DemoProjectsResult()
    if not todo:
        say(_("Projects: already loaded (%(n)d).") % {"n": Project.objects.count()})
        return result
    context = Context.load(workshops, today)
    planned = []
    for workshop in todo:
        rng = random.Random(f"{seed}:projects:{workshop.slug}")
        planned.extend(context.plan_workshop(rng, workshop, len(planned)))
    context.link_questions(planned, {w.pk for w in todo})
    write_projects(planned)
    result.created = len(planned)
    result.joint = sum(1 for p in planned if p.others)
    result.questions_linked = sum(len(p.questions) for p in planned)
    say(
        _(
            "Projects: %(n)d created (%(j)d joint projects of two regions), %(q)d practice "
            "questions linked."
        )
        % {"n": result.created, "j": result.joint, "q": result.questions_linked}
    )
    return result
