"""The demo network: the real werkplaatsen plus fictional organisations, people and accounts.

``load_demo()`` is what ``werkplaats demo`` runs. It is deterministic (seed 2026: every werkplaats
gets its own generator derived from it) and loads once: a second run finds everything in place and
changes nothing. ``scale=N`` adds N-1 synthetic copies of every werkplaats for benchmarks.
"""

import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from tqdm import tqdm

from ..models import Organisation, Workshop
from ..reference import LoadResult, load_reference_network
from . import names
from .organisations import plan_organisations
from .people import plan_people
from .plan import Registry, Unit, Vocabularies
from .scale import synthetic_unit
from .units import DemoError, real_units
from .users import DEMO_PASSWORD, MEMBER_PERSON, create_demo_accounts
from .writer import write_units

__all__ = ["DEMO_PASSWORD", "SEED", "DemoError", "DemoResult", "load_demo", "plan_units"]

SEED = 2026
UNITS_PER_BATCH = 15
QUERY_CHUNK = 2000


@dataclass
class DemoResult:
    reference: LoadResult
    created: Counter = field(default_factory=Counter)
    accounts: list[str] = field(default_factory=list)
    units_filled: int = 0
    units_present: int = 0

    @property
    def changed(self) -> bool:
        return self.reference.changed or bool(self.units_filled) or bool(self.accounts)


def _check_vocabularies(vocab: Vocabularies) -> None:
    wanted = {
        "roles": {*names.FUNCTIONS, "lector"},
        "kinds": {*names.ORGANISATION_PATTERNS, "hogeschool", "gemeente"},
    }
    for attribute, slugs in wanted.items():
        missing = slugs - getattr(vocab, attribute).keys()
        if missing:
            raise DemoError(
                _("The vocabulary is missing %(slugs)s: run `werkplaats migrate` first.")
                % {"slugs": ", ".join(sorted(missing))}
            )


def plan_units(scale: int, seed: int, vocab: Vocabularies) -> list[Unit]:
    """Every unit of a demo of this scale, fully planned, in a fixed order."""
    registry = Registry(reserved={MEMBER_PERSON["slug"]})
    names_taken: set[str] = set()
    real = real_units()
    units = []
    for copy in range(1, scale + 1):
        for ref, base in real:
            unit = base if copy == 1 else synthetic_unit(ref, base, copy)
            rng = unit.rng(seed)
            plan_organisations(rng, unit, vocab, registry, names_taken)
            plan_people(rng, unit, vocab, registry)
            units.append(unit)
    return units


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _present(units: list[Unit]) -> set[str]:
    """Keys of the units already in the database (their organisations, or their copy, exist)."""
    org_slugs = [p.organisation.slug for u in units for p in u.organisations]
    existing: set[str] = set()
    for chunk in _chunks(org_slugs, QUERY_CHUNK):
        existing.update(Organisation.objects.filter(slug__in=chunk).values_list("slug", flat=True))
    copies = [u.key for u in units if u.is_synthetic]
    for chunk in _chunks(copies, QUERY_CHUNK):
        existing.update(Workshop.objects.filter(slug__in=chunk).values_list("slug", flat=True))
    return {
        u.key
        for u in units
        if u.key in existing or any(p.organisation.slug in existing for p in u.organisations)
    }


@transaction.atomic
def load_demo(
    scale: int = 1,
    seed: int = SEED,
    progress: bool = False,
    report: Callable[[str], None] | None = None,
) -> DemoResult:
    """Load the reference network, then the fictional part of the demo, then the demo accounts.

    ``report`` receives one line per stage. All or nothing: one transaction.
    """
    if scale < 1:
        raise DemoError(_("The scale must be 1 or more."))
    say = report or (lambda line: None)

    reference = load_reference_network()
    made = reference.created
    say(
        _(
            "Reference network: %(w)d werkplaatsen, %(o)d organisations, %(r)d lectoraten and "
            "%(p)d partnerships created."
        )
        % {
            "w": made["workshops"],
            "o": made["organisations"],
            "r": made["research_groups"],
            "p": made["partnerships"],
        }
        if reference.changed
        else _("Reference network: already loaded.")
    )

    vocab = Vocabularies.load()
    _check_vocabularies(vocab)
    units = plan_units(scale, seed, vocab)
    present = _present(units)
    todo = [u for u in units if u.key not in present]
    result = DemoResult(reference=reference, units_present=len(present), units_filled=len(todo))
    with tqdm(
        total=len(todo),
        disable=not progress or not todo,
        file=sys.stderr,
        unit=" werkplaatsen",
        desc=_("Demo werkplaatsen"),
    ) as bar:
        for batch in _chunks(todo, UNITS_PER_BATCH):
            result.created.update(write_units(batch, vocab))
            bar.update(len(batch))
    if todo:
        say(
            _(
                "Fictional network: %(u)d werkplaatsen filled with %(o)d organisations and %(p)d "
                "people."
            )
            % {"u": len(todo), "o": result.created["organisations"], "p": result.created["people"]}
        )
    else:
        say(_("Fictional network: already loaded (%(u)d werkplaatsen).") % {"u": len(present)})

    result.accounts = create_demo_accounts(vocab)
    say(
        _("Demo accounts: %(names)s created.") % {"names": ", ".join(result.accounts)}
        if result.accounts
        else _("Demo accounts: already present.")
    )
    return result
