"""Read-side questions the public site asks of the registry.

Every function returns a queryset (or plain data) whose query count does not grow with the number of
rows: related objects come with ``select_related``/``prefetch_related``. Who may see which person is
decided in ``permissions.people_visible_to``; this module only narrows and shapes what it returns.

Recent activity for the home page lives in ``queries.activity``.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.utils.text import fold

from ..constants import PartnershipRole, Province
from ..models import (
    Affiliation,
    Competence,
    Municipality,
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Partnership,
    Person,
    ResearchGroup,
    Theme,
    Workshop,
)
from ..permissions import people_visible_to
from .activity import ActivityItem, activity_source, recent_activity  # noqa: F401 (the home page)

# --- small helpers -------------------------------------------------------------------------------


def search_words(text: str) -> list[str]:
    """The folded words of a search box: ``"Súdwest  Fryslân"`` -> ``["sudwest", "fryslan"]``."""
    return fold(text).split()


def province_order() -> dict[str, int]:
    """Provinces from north to south, as CBS numbers them."""
    return {code: index for index, code in enumerate(Province.values)}


def current_affiliations(on: datetime.date | None = None) -> QuerySet:
    day = on or timezone.localdate()
    return Affiliation.objects.filter(
        Q(start_date__isnull=True) | Q(start_date__lte=day),
        Q(end_date__isnull=True) | Q(end_date__gte=day),
    )


def _matching_terms(model, words: list[str]) -> dict[str, list[int]]:
    """Per search word, the ids of vocabulary terms whose Dutch or English name contains it.

    Vocabularies are small (tens of terms), so folding them in Python keeps search accent-blind on
    SQLite and PostgreSQL alike, in one query per vocabulary.
    """
    terms = [
        (pk, fold(f"{name} {name_en}"))
        for pk, name, name_en in model.objects.values_list("pk", "name", "name_en")
    ]
    return {word: [pk for pk, text in terms if word in text] for word in words}


def _provinces_by_workshop(workshop_ids: Iterable[int]) -> dict[int, list[str]]:
    """Province codes each werkplaats works in, derived from its municipalities (one query)."""
    rows = (
        Workshop.municipalities.through.objects.filter(workshop_id__in=list(workshop_ids))
        .values_list("workshop_id", "municipality__province")
        .distinct()
    )
    order = province_order()
    provinces: dict[int, list[str]] = defaultdict(list)
    for workshop_id, province in rows:
        provinces[workshop_id].append(province)
    return {pk: sorted(codes, key=order.__getitem__) for pk, codes in provinces.items()}


# --- werkplaatsen --------------------------------------------------------------------------------


def workshops_with_leads() -> list[Workshop]:
    """All werkplaatsen with their current lead partners (``lead_partnerships``) and
    ``province_codes``."""
    leads = Partnership.objects.current().filter(role=PartnershipRole.LEAD)
    workshops = list(
        Workshop.objects.prefetch_related(
            Prefetch(
                "partnerships",
                queryset=leads.select_related("organisation"),
                to_attr="lead_partnerships",
            )
        )
    )
    provinces = _provinces_by_workshop(w.pk for w in workshops)
    for workshop in workshops:
        workshop.province_codes = provinces.get(workshop.pk, [])
        workshop.provinces = [Province(code).label for code in workshop.province_codes]
    return workshops


def workshops_by_province(workshops: list[Workshop]) -> list[tuple[str, list[Workshop]]]:
    """Group werkplaatsen (from ``workshops_with_leads``) under each province they work in.

    A werkplaats that works in two provinces appears under both; one without a region comes last.
    """
    groups: dict[str, list[Workshop]] = defaultdict(list)
    unplaced = []
    for workshop in workshops:
        for code in workshop.province_codes:
            groups[code].append(workshop)
        if not workshop.province_codes:
            unplaced.append(workshop)
    result = [(Province(code).label, groups[code]) for code in Province.values if code in groups]
    if unplaced:
        result.append((str(_("Region not yet recorded")), unplaced))
    return result


#: A werkplaats page shows this many people; the people directory, filtered by it, lists them all.
PEOPLE_SHOWN = 12


@dataclass
class WorkshopPage:
    """Everything the werkplaats page shows, fetched in a fixed number of queries."""

    workshop: Workshop
    region: list[tuple[str, list[Municipality]]]
    partners_by_kind: list[tuple[OrganisationKind, list[Partnership]]]
    research_groups: list[ResearchGroup]
    themes: list[Theme]
    people: list[Person]
    people_total: int


def workshop_page(workshop: Workshop, user) -> WorkshopPage:
    people = people_visible_to(user).filter(workshops=workshop)
    municipalities = workshop.municipalities.order_by("name")
    region: dict[str, list[Municipality]] = defaultdict(list)
    for municipality in municipalities:
        region[municipality.province].append(municipality)

    partnerships = (
        workshop.partnerships.current()
        .select_related("organisation__kind", "organisation__location")
        .order_by("organisation__kind__position", "organisation__name", "role")
    )
    by_kind: dict[int, list[Partnership]] = {}
    kinds: dict[int, OrganisationKind] = {}
    for partnership in partnerships:
        kind = partnership.organisation.kind
        kinds[kind.pk] = kind
        by_kind.setdefault(kind.pk, []).append(partnership)

    return WorkshopPage(
        workshop=workshop,
        region=[(Province(code).label, region[code]) for code in Province.values if code in region],
        partners_by_kind=[(kinds[pk], rows) for pk, rows in by_kind.items()],
        research_groups=list(
            workshop.research_groups.select_related("organisation", "lector").order_by("name")
        ),
        themes=list(workshop.themes.all()),
        people=list(
            with_profile(people.order_by("family_name", "given_name", "pk"))[:PEOPLE_SHOWN]
        ),
        people_total=people.count(),
    )


# --- organisations -------------------------------------------------------------------------------


def organisations_for_directory(filters: dict) -> QuerySet:
    """Organisations narrowed by the directory's (already validated) filters.

    ``filters`` may hold ``kind`` (OrganisationKind), ``province`` (code), ``werkplaats``
    (Workshop), ``theme``, ``competence`` and ``q`` (free text); empty ones do not narrow.
    """
    organisations = Organisation.objects.all()
    if filters.get("kind"):
        organisations = organisations.filter(kind=filters["kind"])
    if filters.get("province"):
        organisations = organisations.filter(location__province=filters["province"])
    if filters.get("werkplaats"):
        organisations = organisations.filter(
            Exists(
                Partnership.objects.current().filter(
                    organisation=OuterRef("pk"), workshop=filters["werkplaats"]
                )
            )
        )
    if filters.get("theme"):
        organisations = organisations.filter(themes=filters["theme"])
    if filters.get("competence"):
        organisations = organisations.filter(competences=filters["competence"])
    words = search_words(filters.get("q") or "")
    if words:
        themes = _matching_terms(Theme, words)
        competences = _matching_terms(Competence, words)
        kinds = _matching_terms(OrganisationKind, words)
        for word in words:
            condition = Q(search_text__contains=word) | Q(kind__in=kinds[word])
            for relation, terms in (("themes", themes), ("competences", competences)):
                if terms[word]:
                    condition |= Q(
                        pk__in=Organisation.objects.filter(
                            **{f"{relation}__in": terms[word]}
                        ).values("pk")
                    )
            organisations = organisations.filter(condition)
    return with_directory_details(organisations)


def with_directory_details(organisations: QuerySet) -> QuerySet:
    """What a row of the organisation directory shows: kind, place, werkplaatsen."""
    return organisations.select_related("kind", "location").prefetch_related(
        Prefetch(
            "partnerships",
            queryset=Partnership.objects.current()
            .select_related("workshop")
            .order_by("workshop__name"),
            to_attr="current_partnerships",
        ),
    )


@dataclass
class OrganisationPage:
    organisation: Organisation
    partnerships: list[Partnership]
    research_groups: list[ResearchGroup]
    affiliations: list[Affiliation]


def organisation_page(organisation: Organisation, user) -> OrganisationPage:
    visible = people_visible_to(user).values("pk")
    affiliations = (
        current_affiliations()
        .filter(organisation=organisation, person__in=visible)
        .select_related("person")
        .prefetch_related("person__roles")
        .order_by("person__family_name", "person__given_name")
    )
    return OrganisationPage(
        organisation=organisation,
        partnerships=list(
            organisation.partnerships.current()
            .select_related("workshop")
            .order_by("workshop__name", "role")
        ),
        research_groups=list(
            organisation.research_groups.select_related("lector").prefetch_related("workshops")
        ),
        affiliations=list(affiliations),
    )


def organisation_detail_queryset() -> QuerySet:
    return Organisation.objects.select_related("kind", "location").prefetch_related(
        "themes", "competences"
    )


# --- people --------------------------------------------------------------------------------------


def with_profile(people: QuerySet) -> QuerySet:
    """What a person's summary shows: roles, affiliations now, expertise, themes, werkplaatsen."""
    return people.prefetch_related(
        "roles",
        "competences",
        "themes",
        "workshops",
        Prefetch(
            "affiliations",
            queryset=current_affiliations().select_related("organisation"),
            to_attr="current_affiliations",
        ),
    )


def people_for_directory(user, filters: dict) -> QuerySet:
    """The "wie weet wat" directory: people this user may see, narrowed by validated filters.

    ``kind`` and ``province`` ask where someone works now (a current affiliation's organisation),
    ``werkplaats``, ``theme``, ``competence`` and ``role`` what they are linked to; ``q`` searches
    names, the bio, organisation names, and the names of roles, expertise and themes.
    """
    people = people_visible_to(user)
    affiliations = current_affiliations().filter(person=OuterRef("pk"))
    if filters.get("kind"):
        people = people.filter(Exists(affiliations.filter(organisation__kind=filters["kind"])))
    if filters.get("province"):
        people = people.filter(
            Exists(affiliations.filter(organisation__location__province=filters["province"]))
        )
    for field, relation in (
        ("werkplaats", "workshops"),
        ("theme", "themes"),
        ("competence", "competences"),
        ("role", "roles"),
    ):
        if filters.get(field):
            # One value of one many-to-many relation joins each person at most once.
            people = people.filter(**{relation: filters[field]})
    words = search_words(filters.get("q") or "")
    if words:
        matches = {
            "competences": _matching_terms(Competence, words),
            "themes": _matching_terms(Theme, words),
            "roles": _matching_terms(ParticipantRole, words),
        }
        for word in words:
            condition = Q(search_text__contains=word) | Exists(
                affiliations.filter(organisation__search_text__contains=word)
            )
            for relation, terms in matches.items():
                if terms[word]:
                    condition |= Q(
                        pk__in=Person.objects.filter(**{f"{relation}__in": terms[word]}).values(
                            "pk"
                        )
                    )
            people = people.filter(condition)
    return with_profile(people)


def person_detail_queryset(user) -> QuerySet:
    return with_profile(people_visible_to(user)).prefetch_related(
        Prefetch(
            "led_research_groups", queryset=ResearchGroup.objects.select_related("organisation")
        )
    )


# --- municipalities ------------------------------------------------------------------------------


def municipalities_matching(text: str) -> QuerySet:
    """Municipalities whose name, CBS code or province contains every word, accent-blind."""
    municipalities = Municipality.objects.all()
    for word in search_words(text):
        municipalities = municipalities.filter(search_text__contains=word)
    return municipalities.prefetch_related(
        Prefetch("workshops", queryset=Workshop.objects.order_by("name"))
    )


def municipalities_by_province(municipalities: Iterable[Municipality]):
    groups: dict[str, list[Municipality]] = defaultdict(list)
    for municipality in municipalities:
        groups[municipality.province].append(municipality)
    return [(Province(code).label, groups[code]) for code in Province.values if code in groups]


def municipality_names() -> list[str]:
    return list(Municipality.objects.order_by("name").values_list("name", flat=True))


def network_counts() -> dict[str, int]:
    return {
        "workshops": Workshop.objects.count(),
        "organisations": Organisation.objects.count(),
        "people": Person.objects.public().count(),
        "municipalities": Municipality.objects.count(),
    }
