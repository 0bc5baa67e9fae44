"""Who sees which community, member and reflection."""

import pytest
from django.contrib.auth.models import AnonymousUser

from werkplaats.communities import permissions
from werkplaats.communities.models import Reflection

from .factories import CommunityFactory, MeetingFactory, MembershipFactory, ReflectionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def reflections(twente):
    open_community = CommunityFactory(workshop=twente, is_open=True)
    closed_community = CommunityFactory(workshop=twente, is_open=False)
    return {
        "published": ReflectionFactory(
            meeting=MeetingFactory(community=open_community), is_published=True
        ),
        "draft": ReflectionFactory(meeting=MeetingFactory(community=open_community)),
        "closed": ReflectionFactory(
            meeting=MeetingFactory(community=closed_community), is_published=True
        ),
    }


def test_both_open_and_closed_communities_are_listed_publicly(reflections):
    assert permissions.communities_visible_to(AnonymousUser()).count() == 2


def test_the_public_sees_only_published_reflections_of_open_communities(reflections):
    visitor = AnonymousUser()

    assert list(permissions.reflections_visible_to(visitor)) == [reflections["published"]]
    assert permissions.can_see_reflection(visitor, reflections["published"])
    assert not permissions.can_see_reflection(visitor, reflections["draft"])
    # Even a reflection marked published (by the admin, say) stays private in a closed community.
    assert not permissions.can_see_reflection(visitor, reflections["closed"])


def test_members_see_their_own_communitys_drafts_and_closed_reflections(reflections, mila):
    MembershipFactory(person=mila.person, community=reflections["closed"].meeting.community)

    assert permissions.can_see_reflection(mila, reflections["closed"])
    assert not permissions.can_see_reflection(mila, reflections["draft"])
    assert set(permissions.reflections_visible_to(mila)) == {
        reflections["published"],
        reflections["closed"],
    }


def test_coordinators_see_their_werkplaats_reflections_and_outsiders_do_not(reflections, cor, otto):
    assert set(permissions.reflections_visible_to(cor)) == set(Reflection.objects.all())
    assert permissions.can_see_reflection(cor, reflections["draft"])
    assert not permissions.can_see_reflection(otto, reflections["draft"])
    assert not permissions.can_see_reflection(otto, reflections["closed"])


def test_facilitators_and_coordinators_manage_a_community_and_members_do_not(
    twente, cor, otto, mila, noor
):
    community = CommunityFactory(workshop=twente)
    member = MembershipFactory(community=community, person=mila.person)

    assert permissions.can_manage_community(cor, community)
    assert permissions.can_manage_community(noor, community)
    assert not permissions.can_manage_community(otto, community)
    assert not permissions.can_manage_community(mila, community)
    member.is_facilitator = True
    member.save()
    assert permissions.can_manage_community(mila, community)


def test_a_closed_community_keeps_its_agenda_and_names_to_itself(twente, mila):
    community = CommunityFactory(workshop=twente, is_open=False)

    assert not permissions.can_see_agenda(AnonymousUser(), community)
    assert not permissions.can_see_member_names(AnonymousUser(), community)
    MembershipFactory(community=community, person=mila.person)
    assert permissions.can_see_agenda(mila, community)
    assert permissions.can_see_member_names(mila, community)
