"""Read-side questions of the project pages and the API.

Every function fetches related rows with ``select_related``/``prefetch_related``, so the number
of queries does not grow with the number of projects or of their records. Who may see which
project is decided in ``permissions``; this module narrows, orders and shapes.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Person, Theme, Workshop
from werkplaats.network.queries.activity import ActivityItem, activity_source
from werkplaats.questions.models import PracticeQuestion
from werkplaats.utils.text import fold

from .constants import OutcomeKind
from .models import (
    EducationLink,
    FundingSource,
    LearningLevelClaim,
    Outcome,
    Participant,
    Project,
    ProjectPartner,
)
from .permissions import projects_visible_to

ORDERED_WORKSHOPS = Workshop.objects.order_by("name")
ORDERED_THEMES = Theme.objects.order_by("position", "name")


# --- lists ---------------------------------------------------------------------------------------


def with_listing_relations(projects: QuerySet) -> QuerySet:
    """What a row of a project list shows: lead and other werkplaatsen, themes (three queries)."""
    return projects.select_related("lead_workshop").prefetch_related(
        Prefetch("workshops", queryset=ORDERED_WORKSHOPS),
        Prefetch("themes", queryset=ORDERED_THEMES),
    )


def _involving(workshops) -> Q:
    return Q(lead_workshop__in=workshops) | Q(
        pk__in=Project.workshops.through.objects.filter(workshop__in=workshops).values("project_id")
    )


def filter_projects(projects: QuerySet, filters: dict) -> QuerySet:
    """Narrows projects by (already validated) filters; empty ones do not narrow.

    ``werkplaats`` and ``province`` match the lead and the participating werkplaatsen, ``year``
    every project whose period touches that year, ``q`` every word in title and summary.
    """
    if filters.get("werkplaats"):
        projects = projects.filter(_involving([filters["werkplaats"].pk]))
    if filters.get("province"):
        in_province = Workshop.objects.filter(
            Exists(
                Workshop.municipalities.through.objects.filter(
                    workshop=OuterRef("pk"), municipality__province=filters["province"]
                )
            )
        )
        projects = projects.filter(_involving(in_province.values("pk")))
    if filters.get("theme"):
        projects = projects.filter(themes=filters["theme"])
    if filters.get("learning_form"):
        projects = projects.filter(learning_forms=filters["learning_form"])
    if filters.get("beneficiary_group"):
        projects = projects.filter(beneficiary_groups=filters["beneficiary_group"])
    if filters.get("type"):
        # A JSON list of short codes: the quoted code matches one element exactly.
        projects = projects.filter(question_types__icontains=f'"{filters["type"]}"')
    if filters.get("status"):
        projects = projects.filter(status=filters["status"])
    if filters.get("year"):
        projects = projects.running_in(int(filters["year"]))
    for word in fold(filters.get("q") or "").split():
        projects = projects.filter(search_text__contains=word)
    return projects


def project_list(user, filters: dict) -> QuerySet:
    projects = filter_projects(projects_visible_to(user), filters)
    return with_listing_relations(projects.order_by("-start_date", "title", "pk"))


def projects_of_workshop(workshop: Workshop, user, limit: int = 6) -> list[Project]:
    """The newest projects a werkplaats leads or joins, for its public page (three queries)."""
    projects = projects_visible_to(user).filter(_involving([workshop.pk]))
    return list(with_listing_relations(projects.order_by("-start_date", "title", "pk"))[:limit])


# --- one project ---------------------------------------------------------------------------------


def detail_queryset(user) -> QuerySet:
    """A project with everything its page shows, in a fixed number of queries."""
    return with_listing_relations(projects_visible_to(user)).prefetch_related(
        "learning_forms",
        "beneficiary_groups",
        Prefetch(
            "questions",
            queryset=PracticeQuestion.objects.only(
                "pk", "uuid", "is_published", "public_title", "state"
            ).order_by("-published_at", "pk"),
        ),
        Prefetch(
            "participants",
            queryset=Participant.objects.select_related("person", "role", "organisation"),
        ),
        Prefetch(
            "partners",
            queryset=ProjectPartner.objects.select_related("organisation__kind"),
        ),
        Prefetch(
            "funding_sources", queryset=FundingSource.objects.select_related("kind", "funder")
        ),
        Prefetch("education_links", queryset=EducationLink.objects.select_related("institution")),
        Prefetch("learning_levels", queryset=LearningLevelClaim.objects.order_by("level")),
        Prefetch("outcomes", queryset=Outcome.objects.order_by("created_at", "pk")),
    )


@dataclass
class RoleCount:
    role: object
    count: int


@dataclass
class ParticipantsSummary:
    """Named participants are only people who consented; everyone else is a count by role."""

    named: list[Participant] = field(default_factory=list)
    counted: list[RoleCount] = field(default_factory=list)
    total: int = 0


def summarise_participants(participants) -> ParticipantsSummary:
    summary = ParticipantsSummary()
    counts: Counter = Counter()
    roles = {}
    for participant in participants:
        summary.total += 1
        person: Person | None = participant.person
        if person is not None and person.is_public:
            summary.named.append(participant)
        else:
            counts[participant.role_id] += 1
            roles[participant.role_id] = participant.role
    ordered = sorted(roles.values(), key=lambda role: (role.position, role.name))
    summary.counted = [RoleCount(role, counts[role.pk]) for role in ordered]
    summary.named.sort(key=lambda p: (p.role.position, p.person.family_name, p.person.given_name))
    return summary


@dataclass
class ProjectPage:
    project: Project
    participants: ParticipantsSummary
    public_questions: list[PracticeQuestion]
    other_questions: int
    learning_outcomes: list[Outcome]
    results: list[Outcome]


def project_page(project: Project) -> ProjectPage:
    """Shapes a project from ``detail_queryset`` for its page (no further queries)."""
    questions = list(project.questions.all())
    outcomes = list(project.outcomes.all())
    public = [q for q in questions if q.is_published]
    return ProjectPage(
        project=project,
        participants=summarise_participants(project.participants.all()),
        public_questions=public,
        other_questions=len(questions) - len(public),
        learning_outcomes=[o for o in outcomes if o.kind == OutcomeKind.LEARNING],
        results=[o for o in outcomes if o.kind == OutcomeKind.RESULT],
    )


def period_years(project: Project) -> str:
    start, end = project.start_date, project.end_date
    if start and end:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if start:
        return f"{start.year}–"
    return ""


def year_choices(today: datetime.date | None = None) -> list[int]:
    """The years a project filter offers: from the network's start (2009) to next year."""
    today = today or datetime.date.today()
    return list(range(today.year + 1, 2008, -1))


# --- home page -----------------------------------------------------------------------------------


@activity_source
def recent_projects(user, limit):
    """Published projects, newest first, for the home page's recent activity (one query)."""
    projects = (
        Project.objects.published()
        .filter(published_at__isnull=False)
        .select_related("lead_workshop")
        .order_by("-published_at", "-pk")[:limit]
    )
    for project in projects:
        yield ActivityItem(
            project.published_at,
            str(_("Project")),
            project.title,
            project.get_absolute_url(),
            project.lead_workshop.name,
        )
