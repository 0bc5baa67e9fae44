"""Learning communities: how often they meet, who takes part, how many come."""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from werkplaats.communities.models import Attendance, Membership
from werkplaats.network.models import ParticipantRole
from werkplaats.projects.constants import LearningLevel

from ..constants import LineOfForce, Unit
from ..scope import Scope
from .base import Result, Row, indicator
from .sources import communities_in, meetings_in, term_rows


@indicator(
    key="community-meetings",
    name=_("Meetings of learning communities"),
    definition=_(
        "Meetings that started in the period, per learning community. Learning communities of the "
        "werkplaats (network-wide: of all), on the theme; open communities only in public, closed "
        "ones too for the werkplaats's coordinators."
    ),
    line=LineOfForce.FORM,
    levels=(LearningLevel.PROFESSIONALS, LearningLevel.PRACTICES),
)
def community_meetings(scope: Scope) -> Result:
    counts = dict(meetings_in(scope).order_by().values_list("community").annotate(n=Count("pk")))
    communities = communities_in(scope).filter(pk__in=counts).order_by("name")
    rows = [Row(item.slug, item.name, counts[item.pk]) for item in communities]
    return Result(rows=rows, total=sum(counts.values()))


@community_meetings.records
def _community_meetings_records(scope: Scope, row_key: str):
    meetings = meetings_in(scope).select_related("community")
    return meetings.filter(community__slug=row_key) if row_key else meetings


def members_in(scope: Scope):
    """Memberships of the scope's communities that had begun by the end of the period (or have
    no date)."""
    return Membership.objects.filter(
        Q(joined_on__isnull=True) | Q(joined_on__lte=scope.period.end),
        community__in=communities_in(scope),
    )


@indicator(
    key="community-members-by-role",
    name=_("Members of learning communities by role"),
    definition=_(
        "Members of learning communities by the role they bring (social professional, municipal "
        "officer, researcher, student, ...), counting memberships that began by the end of the "
        "period; someone in two communities counts twice. Learning communities of the werkplaats "
        "(network-wide: of all), on the theme; open communities only in public."
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.PROFESSIONALS, LearningLevel.MUNICIPALITIES),
)
def community_members_by_role(scope: Scope) -> Result:
    counts = dict(members_in(scope).order_by().values_list("role").annotate(n=Count("pk")))
    rows = term_rows(ParticipantRole, counts, include_zero=False)
    return Result(rows=rows, total=sum(counts.values()))


@community_members_by_role.records
def _community_members_by_role_records(scope: Scope, row_key: str):
    members = members_in(scope)
    return members.filter(role__slug=row_key) if row_key else members


@indicator(
    key="community-attendance",
    name=_("Attendance at meetings"),
    definition=_(
        "The average number of people present per meeting that started in the period, per "
        "learning community (meetings without recorded attendance count as none present). "
        "Learning communities of the werkplaats (network-wide: of all), on the theme; open "
        "communities only in public."
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.PROFESSIONALS,),
    unit=Unit.RATIO,
)
def community_attendance(scope: Scope) -> Result:
    present = dict(
        Attendance.objects.filter(meeting__in=meetings_in(scope), present=True)
        .order_by()
        .values_list("meeting__community")
        .annotate(n=Count("pk"))
    )
    meetings = dict(meetings_in(scope).order_by().values_list("community").annotate(n=Count("pk")))
    communities = communities_in(scope).filter(pk__in=meetings).order_by("name")
    rows = [
        Row(item.slug, item.name, round(present.get(item.pk, 0) / meetings[item.pk], 1))
        for item in communities
    ]
    number = sum(meetings.values())
    total = round(sum(present.values()) / number, 1) if number else None
    return Result(rows=rows, total=total)


@community_attendance.records
def _community_attendance_records(scope: Scope, row_key: str):
    meetings = meetings_in(scope).select_related("community")
    return meetings.filter(community__slug=row_key) if row_key else meetings
