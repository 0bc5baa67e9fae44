"""The benchmark size (``werkplaats demo --scale benchmark``): the national network ten times over.

The demo at scale ``BASE_SCALE`` (60 werkplaatsen, each with its partners, people, questions,
projects, communities, library and publications, written the demo's way) is multiplied by
``multiply.Multiplier`` until every family holds its ``SIZE``: copies of demo rows with their
timelines, participants, memberships, authors and links, spread over the same werkplaatsen and
moved back over the past five years. The real hogescholen and municipalities are not copied.
"""

import itertools
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _
from tqdm import tqdm

from werkplaats.communities.models import (
    Attendance,
    LearningCommunity,
    Meeting,
    Membership,
    Reflection,
)
from werkplaats.library.models import Adoption, Product, ProductLink
from werkplaats.projects.models import (
    EducationLink,
    FundingSource,
    LearningLevelClaim,
    Outcome,
    Participant,
    Project,
    ProjectPartner,
)
from werkplaats.publications.models import Authorship, Publication
from werkplaats.questions.models import PracticeQuestion, QuestionEvent
from werkplaats.utils.text import fold

from ..models import Affiliation, Organisation, Person
from .multiply import Family, Multiplier, years_back

BASE_SCALE = 4
#: At least this many rows of each, and 15 × BASE_SCALE werkplaatsen (issue 9).
SIZE = {
    "organisations": 5_000,
    "people": 50_000,
    "questions": 100_000,
    "projects": 30_000,
    "communities": 2_000,
    "meetings": 40_000,
    "products": 60_000,
    "publications": 60_000,
}
#: Organisations taken from the reference data are not copied: there is one Hogeschool Utrecht.
REFERENCE_KINDS = ("hogeschool", "gemeente")


@dataclass
class BenchmarkResult:
    created: dict

    @property
    def changed(self) -> bool:
        return any(self.created.values())


def _vary_organisation(values: dict, k: int, rng: random.Random) -> None:
    place = _(", location %(n)d") % {"n": k + 1}
    values["name"] = f"{values['name'][: 200 - len(place)]}{place}"
    values["search_text"] = f"{values['search_text']} {fold(place)}"


def _vary_person(pools: dict[str, list[str]]) -> Callable:
    def vary(values: dict, k: int, rng: random.Random) -> None:
        values["given_name"] = rng.choice(pools["given"])
        values["family_name_prefix"], values["family_name"] = rng.choice(pools["family"])
        name = " ".join(
            part
            for part in (values["given_name"], values["family_name_prefix"], values["family_name"])
            if part
        )
        values["search_text"] = fold(" ".join(part for part in (name, values["bio"]) if part))
        if values["email"]:
            local, _at, domain = values["email"].partition("@")
            values["email"] = f"{local}.{k}@{domain}"

    return vary


def _vary_question(numbers: itertools.count) -> Callable:
    def vary(values: dict, k: int, rng: random.Random) -> None:
        # Seven hexadecimal digits: the demo's own references have six, so none is taken twice.
        values["reference"] = f"PV-{values['submitted_at']:%Y}-{next(numbers):07X}"

    return vary


def _vary_publication(values: dict, k: int, rng: random.Random) -> None:
    if values["year"]:
        values["year"] = values["date"].year if values["date"] else values["year"] - years_back(k)


def _people_pools() -> dict[str, list]:
    rows = Person.objects.values_list("given_name", "family_name_prefix", "family_name")
    return {
        "given": sorted({given for given, _p, _f in rows}),
        "family": sorted({(prefix, family) for _g, prefix, family in rows}),
    }


def families() -> list[Family]:
    return [
        Family(
            Organisation,
            SIZE["organisations"],
            templates=lambda rows: rows.exclude(kind__slug__in=REFERENCE_KINDS),
            vary=_vary_organisation,
            label=_("organisations"),
        ),
        Family(
            Person,
            SIZE["people"],
            children=((Affiliation, "person"),),
            vary=_vary_person(_people_pools()),
            label=_("people"),
        ),
        Family(
            PracticeQuestion,
            SIZE["questions"],
            children=((QuestionEvent, "question"),),
            vary=_vary_question(itertools.count(1)),
            label=_("questions"),
        ),
        Family(
            Project,
            SIZE["projects"],
            children=tuple(
                (model, "project")
                for model in (
                    Participant,
                    ProjectPartner,
                    FundingSource,
                    EducationLink,
                    LearningLevelClaim,
                    Outcome,
                )
            ),
            label=_("projects"),
        ),
        Family(
            LearningCommunity,
            SIZE["communities"],
            children=((Membership, "community"),),
            label=_("learning communities"),
        ),
        Family(
            Meeting,
            SIZE["meetings"],
            children=((Attendance, "meeting"), (Reflection, "meeting")),
            label=_("meetings"),
        ),
        Family(
            Product,
            SIZE["products"],
            children=((ProductLink, "product"), (Adoption, "product")),
            label=_("products"),
        ),
        Family(
            Publication,
            SIZE["publications"],
            children=((Authorship, "publication"),),
            vary=_vary_publication,
            label=_("publications"),
        ),
    ]


def load_benchmark_size(
    progress: bool = False, report: Callable[[str], None] | None = None
) -> BenchmarkResult:
    """Multiplies the demo (already loaded at ``BASE_SCALE``) up to ``SIZE``; runs once."""
    say = report or (lambda line: None)
    todo = families()
    multiplier = Multiplier()
    total = sum(multiplier.missing(family) for family in todo)
    created = {}
    with tqdm(
        total=total,
        disable=not progress or not total,
        file=sys.stderr,
        unit=" rows",
        desc=_("Benchmark size"),
    ) as bar:
        multiplier.progress = bar.update
        for family in todo:
            bar.set_postfix_str(family.label)
            created[family.label] = multiplier.run(family)
    if total:
        say(
            _("Benchmark size: %(rows)s copied.")
            % {"rows": ", ".join(f"{n} {label}" for label, n in created.items())}
        )
    else:
        say(_("Benchmark size: already reached."))
    return BenchmarkResult(created)
