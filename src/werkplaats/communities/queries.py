"""Read-side questions of the community pages, each in a fixed number of queries.

Who may see what is decided in ``permissions``; this module narrows and shapes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Min, Q, QuerySet
from django.utils import timezone

from werkplaats.network.models import ParticipantRole, Person
from werkplaats.utils.text import fold

from . import permissions
from .models import LearningCommunity, Meeting, Membership


def communities_for_list(user, filters: dict) -> QuerySet:
    now = timezone.now()
    communities = (
        permissions.communities_visible_to(user)
        .select_related("workshop", "theme")
        .annotate(
            member_total=Count("memberships", distinct=True),
            next_meeting_at=Min("meetings__starts_at", filter=Q(meetings__starts_at__gte=now)),
        )
    )
    for word in fold(filters.get("q", "")).split():
        communities = communities.filter(search_text__contains=word)
    if filters.get("werkplaats"):
        communities = communities.filter(workshop=filters["werkplaats"])
    if filters.get("theme"):
        communities = communities.filter(theme=filters["theme"])
    if filters.get("openness"):
        communities = communities.filter(is_open=filters["openness"] == "open")
    return communities.order_by("name")


@dataclass
class MemberList:
    """Members as a page may show them: names where allowed, the rest as counts by role."""

    named: list[Membership] = field(default_factory=list)
    counts: list[tuple[ParticipantRole, int]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.named) + sum(n for _role, n in self.counts)


def member_list(user, community: LearningCommunity) -> MemberList:
    memberships = list(
        community.memberships.select_related("person", "role").order_by(
            "-is_facilitator", "person__family_name", "person__given_name"
        )
    )
    if permissions.can_see_member_names(user, community):
        return MemberList(named=memberships)
    named = [m for m in memberships if community.is_open and m.person.is_public]
    rest = Counter(m.role for m in memberships if m not in named)
    counts = sorted(rest.items(), key=lambda item: (item[0].position, item[0].name))
    return MemberList(named=named, counts=counts)


@dataclass
class CommunityPage:
    upcoming: list[Meeting]
    past: list[Meeting]
    members: MemberList
    show_agenda: bool
    projects: list


def community_page(user, community: LearningCommunity) -> CommunityPage:
    now = timezone.now()
    reflections = {
        r.meeting_id: r
        for r in permissions.reflections_visible_to(user).filter(meeting__community=community)
    }
    meetings = list(community.meetings.all())
    for meeting in meetings:
        meeting.visible_reflection = reflections.get(meeting.pk)
    return CommunityPage(
        upcoming=[m for m in meetings if m.ends_at >= now],
        past=[m for m in meetings if m.ends_at < now][::-1],
        members=member_list(user, community),
        show_agenda=permissions.can_see_agenda(user, community),
        projects=_linked_projects(user, community),
    )


def _linked_projects(user, community: LearningCommunity) -> list:
    from werkplaats.projects.permissions import projects_visible_to

    visible = projects_visible_to(user).values("pk")
    return list(community.projects.filter(pk__in=visible).order_by("title"))


def person_of(user) -> Person | None:
    if not user.is_authenticated:
        return None
    return Person.objects.filter(user=user).first()


def my_work(user) -> dict:
    """The member's own overview: communities, next meetings, projects."""
    communities = list(
        permissions.communities_of(user).select_related("workshop", "theme").order_by("name")
    )
    meetings = list(
        Meeting.objects.filter(
            community__in=[c.pk for c in communities], ends_at__gte=timezone.now()
        )
        .select_related("community")
        .order_by("starts_at")[:10]
    )
    return {"communities": communities, "meetings": meetings, "projects": _my_projects(user)}


def _my_projects(user) -> list:
    from django.apps import apps

    if not apps.is_installed("werkplaats.projects"):
        return []
    try:
        from werkplaats.projects.models import Project
    except ImportError:  # pragma: no cover - the projects app is always there together with us
        return []
    return list(
        Project.objects.filter(participants__person__user=user)
        .select_related("lead_workshop")
        .distinct()
        .order_by("title")
    )


def communities_of_workshop(workshop) -> list[LearningCommunity]:
    """The werkplaats page's list: every community (closed ones too, by name), in one query."""
    return list(
        permissions.communities_visible_to(None)
        .filter(workshop=workshop)
        .select_related("theme")
        .order_by("name")
    )
