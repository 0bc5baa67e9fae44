"""What the demo will write for one werkplaats ("a unit"), built in memory before anything is saved.

Planning everything first keeps the demo deterministic (one seed, a fixed order, no answers from the
database) and lets the writer save it with a handful of bulk inserts.
"""

import random
from dataclasses import dataclass, field

from django.utils.text import slugify

from ..models import (
    Competence,
    Municipality,
    Organisation,
    ParticipantRole,
    Person,
    ResearchGroup,
    Theme,
    Workshop,
)


@dataclass
class Vocabularies:
    """The seeded vocabularies, by slug."""

    themes: dict[str, Theme]
    competences: dict[str, Competence]
    roles: dict[str, ParticipantRole]
    kinds: dict

    @classmethod
    def load(cls) -> "Vocabularies":
        from ..models import OrganisationKind

        return cls(
            themes={t.slug: t for t in Theme.objects.all()},
            competences={c.slug: c for c in Competence.objects.all()},
            roles={r.slug: r for r in ParticipantRole.objects.all()},
            kinds={k.slug: k for k in OrganisationKind.objects.all()},
        )


@dataclass
class PlannedOrganisation:
    organisation: Organisation
    themes: list[Theme]
    competences: list[Competence]


@dataclass
class PlannedPerson:
    person: Person
    roles: list[ParticipantRole]
    themes: list[Theme]
    competences: list[Competence]
    #: (organisation, function, start date)
    affiliations: list[tuple]
    lector_of: ResearchGroup | None = None


@dataclass
class Unit:
    """One werkplaats and everything fictional the demo adds to it."""

    key: str
    base_slug: str
    copy: int
    workshop: Workshop
    towns: list[Municipality]
    hogescholen: list[Organisation]
    gemeenten: list[Organisation]
    research_groups: list[ResearchGroup]
    #: The werkplaats's themes (from its agenda): its organisations and people lean towards them.
    theme_slugs: list[str] = field(default_factory=list)
    #: Set only for synthetic copies, which are new rows: their region and lead partners.
    region_ids: list[int] = field(default_factory=list)
    lead_partnerships: list[tuple] = field(default_factory=list)
    new_research_groups: list[ResearchGroup] = field(default_factory=list)
    organisations: list[PlannedOrganisation] = field(default_factory=list)
    partnerships: list[tuple] = field(default_factory=list)
    people: list[PlannedPerson] = field(default_factory=list)

    @property
    def is_synthetic(self) -> bool:
        return self.copy > 1

    def rng(self, seed: int) -> random.Random:
        # One generator per unit, derived from the demo seed: a unit comes out the same whether
        # or not other units are generated next to it (--scale 10 after a demo adds, never redoes).
        return random.Random(f"{seed}:{self.key}")

    def organisations_of_kind(self, kind: str) -> list[Organisation]:
        if kind == "hogeschool":
            return self.hogescholen
        if kind == "gemeente":
            return self.gemeenten
        return [p.organisation for p in self.organisations if p.organisation.kind.slug == kind]


class Registry:
    """Slugs and identifiers handed out so far, so every generated one is unique."""

    def __init__(self, reserved=()):
        self.slugs: set[str] = set(reserved)
        self.numbers: set[str] = set()

    def slug(self, text: str) -> str:
        base = slugify(text.replace("'", ""))[:110].strip("-")
        candidate, n = base, 1
        while candidate in self.slugs:
            n += 1
            candidate = f"{base}-{n}"
        self.slugs.add(candidate)
        return candidate

    def number(self, make) -> str:
        """A fresh value of ``make()`` (KvK number, ORCID iD) not handed out before."""
        value = make()
        while value in self.numbers:
            value = make()
        self.numbers.add(value)
        return value
