"""Fictional organisations of a werkplaats: welfare, care, clients, ROC, housing, health service."""

import datetime

from ..constants import PartnershipRole
from ..models import Organisation
from ..reference import municipality_display_name
from . import names
from .plan import PlannedOrganisation, Registry, Unit, Vocabularies

#: How many organisations of each kind a werkplaats gets: (fewest, most).
PER_KIND = {
    "welzijnsorganisatie": (2, 3),
    "zorgorganisatie": (1, 2),
    "clientenorganisatie": (1, 1),
    "roc": (1, 1),
    "woningcorporatie": (1, 1),
    "ggd": (1, 1),
}

#: The funding periods of the network: partnerships start at the beginning of one.
PERIOD_STARTS = (datetime.date(2016, 1, 1), datetime.date(2020, 1, 1), datetime.date(2023, 1, 1))
PERIOD_END = datetime.date(2026, 12, 31)
ENDED = datetime.date(2022, 12, 31)

#: Roles other than "partner" that a kind sometimes has.
OTHER_ROLES = {
    "clientenorganisatie": PartnershipRole.ADVISORY,
    "ggd": PartnershipRole.ADVISORY,
    "woningcorporatie": PartnershipRole.FUNDER,
}


def _town(rng, unit: Unit):
    # The werkplaats is busiest in its named municipalities, the first (the lead) most of all.
    named = unit.towns[: max(1, len(unit.gemeenten))]
    draw = rng.random()
    if draw < 0.4:
        return named[0]
    return rng.choice(named) if draw < 0.7 else rng.choice(unit.towns)


def _name(rng, unit: Unit, kind: str, town, names_taken: set[str]) -> str:
    for _attempt in range(20):
        name = rng.choice(names.ORGANISATION_PATTERNS[kind]).format(
            fancy=rng.choice(names.FANCY_NAMES),
            town=municipality_display_name(town.name),
            district=rng.choice(names.DISTRICTS),
            direction=rng.choice(names.DIRECTIONS),
            region=names.REGION_WORDS[unit.base_slug],
            house=rng.choice(names.HOUSING_NAMES),
        )
        if name not in names_taken:
            break
    names_taken.add(name)
    return name


def _kvk(rng) -> str:
    return f"{rng.randrange(10_000_000, 100_000_000):08d}"


def _pick(rng, pool, low: int, high: int, vocabulary: dict) -> list:
    slugs = [slug for slug in dict.fromkeys(pool) if slug in vocabulary]
    count = min(len(slugs), rng.randint(low, high))
    return [vocabulary[slug] for slug in rng.sample(slugs, count)]


def _partnership(rng, kind: str):
    start = rng.choice(PERIOD_STARTS)
    role = (
        OTHER_ROLES[kind] if kind in OTHER_ROLES and rng.random() < 0.4 else PartnershipRole.PARTNER
    )
    end = PERIOD_END if rng.random() < 0.75 else None
    if start < ENDED and rng.random() < 0.1:
        end = ENDED  # a former partner: shows that partnerships have a period
    return role, start, end


def plan_organisations(
    rng, unit: Unit, vocab: Vocabularies, registry: Registry, names_taken: set[str]
) -> None:
    """Add the werkplaats's fictional organisations and their partnerships to ``unit``."""
    for kind, (low, high) in PER_KIND.items():
        for _ in range(rng.randint(low, high)):
            town = _town(rng, unit)
            name = _name(rng, unit, kind, town, names_taken)
            organisation = Organisation(
                name=name,
                slug=registry.slug(name),
                kind=vocab.kinds[kind],
                location=town,
                kvk_number=registry.number(lambda: _kvk(rng)),
                description=f"Fictieve {vocab.kinds[kind].name.lower()} in "
                f"{municipality_display_name(town.name)} (demogegevens).",
            )
            themes = _pick(rng, [*names.KIND_THEMES[kind], *unit.theme_slugs], 1, 3, vocab.themes)
            competences = _pick(rng, names.KIND_COMPETENCES[kind], 1, 2, vocab.competences)
            unit.organisations.append(PlannedOrganisation(organisation, themes, competences))
            unit.partnerships.append((organisation, *_partnership(rng, kind)))
