"""Fictional people of a werkplaats: a lector per lectoraat, researchers, lecturers, professionals,
policy officers, experts by experience, students. About 70% consent to be listed publicly."""

import datetime

from django.utils.text import slugify

from ..models import Person
from ..validators import orcid_check_digit
from . import names
from .plan import PlannedPerson, Registry, Unit, Vocabularies

PEOPLE_PER_WORKSHOP = (12, 20)
PUBLIC_SHARE = 0.7
#: When the demo people gave (or refused) consent: fixed, so the demo stays deterministic.
CONSENT_MOMENT = datetime.datetime(2025, 9, 1, 10, 0, tzinfo=datetime.UTC)

#: Everyone a werkplaats has at least once (besides its lectors), then a weighted draw for the rest.
REQUIRED_ROLES = (
    "onderzoeker",
    "docent",
    "beleidsmedewerker-gemeente",
    "sociaal-professional",
    "sociaal-professional",
    "ervaringsdeskundige",
    "manager",
    "student",
)
EXTRA_ROLE_WEIGHTS = {
    "sociaal-professional": 4,
    "onderzoeker": 2,
    "student": 2,
    "beleidsmedewerker-gemeente": 1,
    "docent": 1,
    "ervaringsdeskundige": 1,
    "vrijwilliger": 1,
    "bewoner-client": 1,
}
RESEARCHING_ROLES = {"lector", "onderzoeker"}


def fictional_orcid(rng) -> str:
    """A valid ORCID iD in the block 0000-0000-…, which ORCID does not issue: no real person's."""
    base = "00000000" + "".join(str(rng.randrange(10)) for _ in range(7))
    digits = base + orcid_check_digit(base)
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def email_for(given: str, prefix: str, family: str, organisation) -> str:
    """``f.vandijk@stichting-welzijn-de-brug-enschede.example``: the reserved .example domain."""
    # slugify drops letters without an ASCII decomposition, such as the Turkish dotless ı.
    given, family = given.replace("ı", "i"), family.replace("ı", "i")
    local = f"{slugify(given)[:1]}.{slugify(prefix + family).replace('-', '')}"
    domain = slugify(organisation.name.replace("'", ""))[:50].strip("-")
    return f"{local}@{domain}.example"


def _lector_function(group_name: str) -> str:
    if group_name.lower().startswith("lectoraat "):
        return f"lector {group_name[len('lectoraat ') :]}"
    return f"lector bij {group_name}"


def _person(rng, unit, vocab, registry, role_slug, function, organisation, lector_of=None):
    given = rng.choice(names.GIVEN_NAMES)
    prefix, family = rng.choice(names.FAMILY_NAMES)
    is_public = rng.random() < PUBLIC_SHARE
    orcid = ""
    if role_slug in RESEARCHING_ROLES or (
        role_slug == "docent" and rng.random() < 0.5 and organisation.kind.slug == "hogeschool"
    ):
        orcid = registry.number(lambda: fictional_orcid(rng))
    theme_pool = [*unit.theme_slugs, *names.KIND_THEMES.get(organisation.kind.slug, ())]
    theme_slugs = list(dict.fromkeys(s for s in theme_pool if s in vocab.themes)) or list(
        vocab.themes
    )
    themes = [
        vocab.themes[s] for s in rng.sample(theme_slugs, min(len(theme_slugs), rng.randint(1, 3)))
    ]
    competence_slugs = [s for s in names.ROLE_COMPETENCES[role_slug] if s in vocab.competences]
    competences = [
        vocab.competences[s]
        for s in rng.sample(competence_slugs, min(len(competence_slugs), rng.randint(1, 2)))
    ]
    full_name = " ".join(p for p in (given, prefix, family) if p)
    theme_words = " en ".join(t.name.lower() for t in themes)
    person = Person(
        given_name=given,
        family_name_prefix=prefix,
        family_name=family,
        slug=registry.slug(full_name),
        email=email_for(given, prefix, family, organisation),
        orcid=orcid,
        bio=f"{function[:1].upper()}{function[1:]} bij {organisation.name}. "
        f"Werkt aan {theme_words}.",
        is_public=is_public,
        consent_changed_at=CONSENT_MOMENT if is_public else None,
    )
    start = datetime.date(rng.randint(2010, 2024), rng.randint(1, 12), 1)
    roles = [vocab.roles[role_slug]]
    if role_slug == "lector":
        roles.append(vocab.roles["onderzoeker"])
    return PlannedPerson(
        person, roles, themes, competences, [(organisation, function, start)], lector_of
    )


def _with_function(rng, unit: Unit, role_slug: str):
    """A function fitting the role, at an organisation of the werkplaats fitting the function."""
    options = [
        (f, kind) for f, kind in names.FUNCTIONS[role_slug] if unit.organisations_of_kind(kind)
    ]
    function, kind = rng.choice(options)
    return function, rng.choice(unit.organisations_of_kind(kind))


def plan_people(rng, unit: Unit, vocab: Vocabularies, registry: Registry) -> None:
    """Add the werkplaats's fictional people, with roles, themes, competences and affiliations."""
    for group in [*unit.research_groups, *unit.new_research_groups]:
        unit.people.append(
            _person(
                rng,
                unit,
                vocab,
                registry,
                "lector",
                _lector_function(group.name),
                group.organisation,
                group,
            )
        )
    total = rng.randint(*PEOPLE_PER_WORKSHOP)
    roles = list(REQUIRED_ROLES)
    extra = max(0, total - len(unit.people) - len(roles))
    roles += rng.choices(
        list(EXTRA_ROLE_WEIGHTS), weights=list(EXTRA_ROLE_WEIGHTS.values()), k=extra
    )
    for role_slug in roles:
        function, organisation = _with_function(rng, unit, role_slug)
        unit.people.append(_person(rng, unit, vocab, registry, role_slug, function, organisation))
