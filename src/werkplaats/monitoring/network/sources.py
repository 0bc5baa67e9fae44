"""The records a network is built from, read for one scope and period in a fixed number of
queries (values lists, never a query per row).

What counts in a period:

- a project that runs in it (its dates touch the period; no end is still running);
- a learning community that met in it (a meeting started in the period), with its members who
  joined by the end of the period, tied to the organisations they were affiliated with then;
- a partnership whose dates touch the period;
- a referral of a question made in the period;
- a product dated in the period that builds on another product.

A public scope reads only published projects, open communities, members who consented to be listed
publicly, and published products. Referrals are only ever counted (a number says nothing about a
submitter). With a theme, only records on that theme count, so partnerships (which have no theme)
are left out.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q

from werkplaats.communities.models import LearningCommunity, Meeting, Membership
from werkplaats.library.models import BuildsOn
from werkplaats.network.models import Affiliation, Partnership
from werkplaats.projects.models import Participant, Project, ProjectPartner
from werkplaats.questions.constants import EventKind
from werkplaats.questions.models import QuestionEvent

from ..periods import Period
from ..scope import Scope


@dataclass
class Sources:
    """Who was involved in what, as plain ids."""

    #: project id -> organisation ids (partners and participants' organisations)
    project_organisations: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    #: project id -> werkplaats ids (lead and participating)
    project_workshops: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    #: community id -> organisation ids of its members
    community_organisations: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    #: werkplaats id -> partner organisation ids
    partners: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    #: (from werkplaats id, to werkplaats id) for each referral
    referrals: list[tuple[int, int]] = field(default_factory=list)
    #: (werkplaats id of the later product, werkplaats id of the product it builds on)
    builds_on: list[tuple[int, int]] = field(default_factory=list)


def overlapping(period: Period, start="start_date", end="end_date") -> Q:
    """Rows whose dates touch the period (an open start or end reaches out)."""
    return (Q(**{f"{start}__isnull": True}) | Q(**{f"{start}__lte": period.end})) & (
        Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": period.start})
    )


def projects_in(scope: Scope, period: Period | None = None):
    """Projects running in the period that the scope reads (and its werkplaats takes part in)."""
    projects = Project.objects.filter(overlapping(period or scope.period))
    if not scope.internal:
        projects = projects.filter(is_published=True)
    if scope.theme:
        projects = projects.filter(themes=scope.theme)
    if scope.workshop:
        projects = projects.involving(scope.workshop)
    return projects


def joint_projects(scope: Scope, period: Period | None = None):
    """The projects of the scope that more than one werkplaats runs together."""
    joint = Project.workshops.through.objects.filter(project_id=OuterRef("pk")).exclude(
        workshop_id=OuterRef("lead_workshop_id")
    )
    return projects_in(scope, period).filter(Exists(joint))


def communities_in(scope: Scope, period: Period):
    met = Meeting.objects.filter(
        community_id=OuterRef("pk"),
        starts_at__gte=period.start_datetime(),
        starts_at__lt=period.end_datetime(),
    )
    communities = LearningCommunity.objects.filter(Exists(met))
    if not scope.internal:
        communities = communities.filter(is_open=True)
    if scope.theme:
        communities = communities.filter(theme=scope.theme)
    if scope.workshop:
        communities = communities.filter(workshop=scope.workshop)
    return communities


def read_sources(scope: Scope, period: Period) -> Sources:
    """Everything the two networks of one period are built from (nine queries)."""
    sources = Sources()
    projects = projects_in(scope, period)
    for project_id, lead_id in projects.values_list("pk", "lead_workshop_id"):
        sources.project_workshops[project_id].add(lead_id)
    for project_id, workshop_id in Project.workshops.through.objects.filter(
        project__in=projects
    ).values_list("project_id", "workshop_id"):
        sources.project_workshops[project_id].add(workshop_id)
    for project_id, organisation_id in ProjectPartner.objects.filter(
        project__in=projects
    ).values_list("project_id", "organisation_id"):
        sources.project_organisations[project_id].add(organisation_id)
    for project_id, organisation_id in Participant.objects.filter(
        project__in=projects, organisation__isnull=False
    ).values_list("project_id", "organisation_id"):
        sources.project_organisations[project_id].add(organisation_id)

    _read_communities(sources, scope, period)

    if not scope.theme:
        for workshop_id, organisation_id in Partnership.objects.filter(
            overlapping(period)
        ).values_list("workshop_id", "organisation_id"):
            sources.partners[workshop_id].add(organisation_id)

    referrals = QuestionEvent.objects.filter(
        kind=EventKind.REFERRED,
        created_at__gte=period.start_datetime(),
        created_at__lt=period.end_datetime(),
        from_workshop__isnull=False,
        to_workshop__isnull=False,
    )
    if scope.theme:
        referrals = referrals.filter(question__themes=scope.theme)
    sources.referrals = [
        pair
        for pair in referrals.values_list("from_workshop_id", "to_workshop_id")
        if pair[0] != pair[1]
    ]

    links = BuildsOn.objects.filter(product__date__gte=period.start, product__date__lte=period.end)
    if not scope.internal:
        links = links.filter(product__is_published=True, source__is_published=True)
    if scope.theme:
        links = links.filter(product__themes=scope.theme)
    sources.builds_on = sorted(
        {
            (pk, later, earlier)
            for pk, later, earlier in links.values_list(
                "pk", "product__workshops", "source__workshops"
            )
            if later and earlier and later != earlier
        }
    )
    sources.builds_on = [(later, earlier) for _pk, later, earlier in sources.builds_on]
    return sources


def _read_communities(sources: Sources, scope: Scope, period: Period) -> None:
    memberships = Membership.objects.filter(
        community__in=communities_in(scope, period),
    ).filter(Q(joined_on__isnull=True) | Q(joined_on__lte=period.end))
    if not scope.internal:
        memberships = memberships.filter(person__is_public=True)
    members = defaultdict(set)  # person id -> community ids
    for community_id, person_id in memberships.values_list("community_id", "person_id"):
        members[person_id].add(community_id)
    if not members:
        return
    affiliations = Affiliation.objects.filter(
        overlapping(period), person__in=memberships.values("person_id")
    )
    for person_id, organisation_id in affiliations.values_list("person_id", "organisation_id"):
        for community_id in members[person_id]:
            sources.community_organisations[community_id].add(organisation_id)
