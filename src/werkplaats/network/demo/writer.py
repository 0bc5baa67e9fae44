"""Saves planned units with bulk inserts: a few statements per batch instead of one per row.

``bulk_create`` skips ``save()``, so the folded ``search_text`` that ``Searchable.save`` keeps is
computed here. Primary keys come back from the insert (SQLite 3.35+ and PostgreSQL), which the
many-to-many rows need.
"""

from collections import Counter

from werkplaats.utils.text import fold

from ..models import Affiliation, Organisation, Partnership, Person, ResearchGroup, Workshop
from .plan import Unit, Vocabularies

BATCH_SIZE = 500


def _searchable(objects):
    for obj in objects:
        obj.search_text = fold(" ".join(part for part in obj.search_parts() if part))
    return objects


def _through(relation, left: str, right: str, pairs) -> int:
    rows = [relation.through(**{f"{left}_id": a, f"{right}_id": b}) for a, b in pairs]
    relation.through.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    return len(rows)


def write_units(units: list[Unit], vocab: Vocabularies) -> Counter:
    """Insert everything planned for ``units``; returns the number of rows per kind."""
    counts = Counter()
    new_workshops = _searchable([u.workshop for u in units if u.is_synthetic])
    Workshop.objects.bulk_create(new_workshops, batch_size=BATCH_SIZE)
    counts["workshops"] += len(new_workshops)

    groups = _searchable([g for u in units for g in u.new_research_groups])
    ResearchGroup.objects.bulk_create(groups, batch_size=BATCH_SIZE)
    counts["research_groups"] += len(groups)

    synthetic = [u for u in units if u.is_synthetic]
    _through(
        Workshop.research_groups,
        "workshop",
        "researchgroup",
        [(u.workshop.pk, g.pk) for u in synthetic for g in u.new_research_groups],
    )
    _through(
        Workshop.themes,
        "workshop",
        "theme",
        [(u.workshop.pk, vocab.themes[s].pk) for u in synthetic for s in u.theme_slugs],
    )
    _through(
        Workshop.municipalities,
        "workshop",
        "municipality",
        [(u.workshop.pk, m_id) for u in synthetic for m_id in u.region_ids],
    )

    planned_orgs = [p for u in units for p in u.organisations]
    Organisation.objects.bulk_create(
        _searchable([p.organisation for p in planned_orgs]), batch_size=BATCH_SIZE
    )
    counts["organisations"] += len(planned_orgs)
    _through(
        Organisation.themes,
        "organisation",
        "theme",
        [(p.organisation.pk, t.pk) for p in planned_orgs for t in p.themes],
    )
    _through(
        Organisation.competences,
        "organisation",
        "competence",
        [(p.organisation.pk, c.pk) for p in planned_orgs for c in p.competences],
    )

    partnerships = [
        Partnership(
            workshop=u.workshop, organisation=org, role=role, start_date=start, end_date=end
        )
        for u in units
        for org, role, start, end in [*u.lead_partnerships, *u.partnerships]
    ]
    Partnership.objects.bulk_create(partnerships, batch_size=BATCH_SIZE)
    counts["partnerships"] += len(partnerships)

    planned_people = [p for u in units for p in u.people]
    Person.objects.bulk_create(
        _searchable([p.person for p in planned_people]), batch_size=BATCH_SIZE
    )
    counts["people"] += len(planned_people)
    _through(
        Person.roles,
        "person",
        "participantrole",
        [(p.person.pk, r.pk) for p in planned_people for r in p.roles],
    )
    _through(
        Person.themes,
        "person",
        "theme",
        [(p.person.pk, t.pk) for p in planned_people for t in p.themes],
    )
    _through(
        Person.competences,
        "person",
        "competence",
        [(p.person.pk, c.pk) for p in planned_people for c in p.competences],
    )
    _through(
        Person.workshops,
        "person",
        "workshop",
        [(p.person.pk, u.workshop.pk) for u in units for p in u.people],
    )

    affiliations = [
        Affiliation(person=p.person, organisation=org, function=function, start_date=start)
        for p in planned_people
        for org, function, start in p.affiliations
    ]
    Affiliation.objects.bulk_create(affiliations, batch_size=BATCH_SIZE)
    counts["affiliations"] += len(affiliations)

    led = []
    for planned in planned_people:
        if planned.lector_of is not None:
            planned.lector_of.lector = planned.person
            led.append(planned.lector_of)
    ResearchGroup.objects.bulk_update(led, ["lector"], batch_size=BATCH_SIZE)
    return counts
