"""Who may see and change what of learning communities. Lists are filtered here, never in templates.

- Open and closed communities are both listed publicly, by name, werkplaats, theme and purpose.
- Members' names appear publicly only for an open community and only for people who consented;
  everyone else is shown as a count by role. A closed community publicly shows only counts.
- A reflection is visible to the community's members and the werkplaats's coordinators; the public
  sees it only once the community published it, and never for a closed community.
- Facilitators (members marked as such) and the werkplaats's coordinators run the community:
  attendance, publishing reflections. Network editors maintain everything in the admin.
"""

from django.db.models import Q, QuerySet

from werkplaats.accounts.roles import acts_in_person, coordinated_workshops, is_network_editor

from .models import LearningCommunity, Meeting, Membership, Reflection


def _active(user) -> bool:
    return bool(user.is_authenticated and user.is_active)


def _membership(user) -> Q:
    """Communities the user is a member of, in person (an API key brings no membership)."""
    if not acts_in_person(user):
        return Q(pk__in=[])
    return Q(memberships__person__user=user)


def communities_visible_to(user) -> QuerySet:
    """Every community is listed publicly (closed ones by name and purpose only)."""
    return LearningCommunity.objects.all()


def communities_of(user) -> QuerySet:
    """The communities a user is a member of (in person: never through an API key)."""
    if not acts_in_person(user):
        return LearningCommunity.objects.none()
    return LearningCommunity.objects.filter(memberships__person__user=user).distinct()


def is_member(user, community: LearningCommunity) -> bool:
    if not acts_in_person(user):
        return False
    return community.memberships.filter(person__user=user).exists()


def coordinates(user, community: LearningCommunity) -> bool:
    if not _active(user):
        return False
    return coordinated_workshops(user).filter(pk=community.workshop_id).exists()


def can_manage_community(user, community: LearningCommunity) -> bool:
    """Facilitators, the werkplaats's coordinators and network editors run a community (and plan
    its meetings). An API key is its werkplaats's coordinator only: never an editor, never a
    facilitator."""
    if not _active(user):
        return False
    if is_network_editor(user) or coordinates(user, community):
        return True
    return _facilitates(user, community)


def _facilitates(user, community: LearningCommunity) -> bool:
    return (
        acts_in_person(user)
        and community.memberships.filter(person__user=user, is_facilitator=True).exists()
    )


def facilitates_any_community_in_person(user) -> bool:
    """A facilitator of some community, signed in (not through an API key)."""
    return (
        acts_in_person(user)
        and Membership.objects.filter(person__user=user, is_facilitator=True).exists()
    )


def can_publish_reflections(user, community: LearningCommunity) -> bool:
    """The community decides: its facilitators, or the werkplaats's coordinators."""
    if not _active(user) or not community.is_open:
        return False
    if coordinates(user, community):
        return True
    return _facilitates(user, community)


def can_see_member_names(user, community: LearningCommunity) -> bool:
    """Names of members who did not consent: only for members and those who run the community."""
    return is_member(user, community) or can_manage_community(user, community)


def can_see_agenda(user, community: LearningCommunity) -> bool:
    """Agendas of an open community are public; a closed community keeps them to itself."""
    return community.is_open or can_see_member_names(user, community)


def can_see_reflection(user, reflection: Reflection) -> bool:
    community = reflection.meeting.community
    if reflection.is_published and community.is_open:
        return True
    return is_member(user, community) or coordinates(user, community)


def can_write_reflection(user, meeting: Meeting) -> bool:
    """Any member may write or edit a draft; a published one is edited after unpublishing it."""
    return is_member(user, meeting.community)


def reflections_visible_to(user) -> QuerySet:
    """Published reflections of open communities, plus all of the user's own communities and of
    the werkplaatsen they coordinate."""
    condition = Q(is_published=True, meeting__community__is_open=True)
    if _active(user):
        own = LearningCommunity.objects.filter(
            _membership(user) | Q(workshop__in=coordinated_workshops(user).values("pk"))
        ).values("pk")
        condition |= Q(meeting__community__in=own)
    return Reflection.objects.filter(condition)


def public_meetings() -> QuerySet:
    """Meetings whose details anyone may read (feeds, structured data, the sitemap): those of
    open communities. A closed community keeps its agendas to itself (``can_see_agenda``)."""
    return Meeting.objects.filter(community__is_open=True)


def public_reflections() -> QuerySet:
    """What anyone may read: published reflections of open communities."""
    return Reflection.objects.filter(is_published=True, meeting__community__is_open=True)


def can_create_community(user, workshop) -> bool:
    """The werkplaats's coordinators and network editors found its communities."""
    from werkplaats.network.permissions import can_manage_workshop

    return _active(user) and can_manage_workshop(user, workshop)


def can_edit_community(user, community: LearningCommunity) -> bool:
    """Name, theme, purpose, openness and projects: the werkplaats's coordinators and network
    editors. Facilitators run members and meetings (``can_manage_community``)."""
    return _active(user) and (is_network_editor(user) or coordinates(user, community))


class _Every:
    """Stands for every community (network editors)."""

    def __contains__(self, pk) -> bool:
        return True

    def __bool__(self) -> bool:
        return True


def communities_seen_closely_by(user):
    """The primary keys of the communities whose members by name (with or without consent),
    attendance and unpublished reflections this user may read: members, the werkplaats's
    coordinators and network editors (every community). One query, or none."""
    if not _active(user):
        return frozenset()
    if is_network_editor(user):
        return _Every()
    return frozenset(
        LearningCommunity.objects.filter(
            _membership(user) | Q(workshop__in=coordinated_workshops(user).values("pk"))
        ).values_list("pk", flat=True)
    )
