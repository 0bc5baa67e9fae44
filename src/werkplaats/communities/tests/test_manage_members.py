"""Coordinators and facilitators add and remove members in the site."""

import pytest
from django.urls import reverse

from werkplaats.communities.models import Membership
from werkplaats.communities.tests.factories import CommunityFactory, MembershipFactory, role
from werkplaats.network.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


def _members_url(community):
    return reverse("communities:members", kwargs={"slug": community.slug})


def test_a_coordinator_adds_a_person_of_the_werkplaats_as_facilitator(client, cor, twente):
    community = CommunityFactory(workshop=twente)
    person = PersonFactory(given_name="Fenna", is_public=False)
    person.workshops.add(twente)
    client.force_login(cor)

    assert "Fenna" in client.get(_members_url(community)).content.decode()
    response = client.post(
        _members_url(community),
        {"person": str(person.uuid), "role": role("onderzoeker").pk, "is_facilitator": "on"},
    )

    assert response.status_code == 302
    membership = Membership.objects.get(community=community, person=person)
    assert membership.is_facilitator and membership.role.slug == "onderzoeker"


def test_people_of_other_werkplaatsen_are_not_offered(client, cor, twente, zeeland):
    community = CommunityFactory(workshop=twente)
    stranger = PersonFactory(given_name="VREEMDEMARKER", is_public=False)
    stranger.workshops.add(zeeland)
    client.force_login(cor)

    assert "VREEMDEMARKER" not in client.get(_members_url(community)).content.decode()
    response = client.post(
        _members_url(community), {"person": str(stranger.uuid), "role": role().pk}
    )

    assert response.status_code == 400
    assert not Membership.objects.filter(person=stranger).exists()


def test_a_facilitator_manages_members_and_an_ordinary_member_may_not(client, mila, twente):
    community = CommunityFactory(workshop=twente)
    MembershipFactory(community=community, person=mila.person, is_facilitator=False)
    client.force_login(mila)
    assert client.get(_members_url(community)).status_code == 403
    assert _members_url(community) not in client.get(community.get_absolute_url()).content.decode()

    Membership.objects.filter(person=mila.person).update(is_facilitator=True)

    assert client.get(_members_url(community)).status_code == 200
    assert _members_url(community) in client.get(community.get_absolute_url()).content.decode()


def test_a_coordinator_of_another_werkplaats_and_a_visitor_may_not(client, otto, twente):
    community = CommunityFactory(workshop=twente)

    assert client.get(_members_url(community)).status_code == 302
    client.force_login(otto)
    assert client.get(_members_url(community)).status_code == 403


def test_a_coordinator_removes_a_member(client, cor, twente):
    community = CommunityFactory(workshop=twente)
    membership = MembershipFactory(community=community)
    client.force_login(cor)
    url = reverse(
        "communities:member_remove",
        kwargs={"slug": community.slug, "person": membership.person.uuid},
    )

    assert client.get(url).status_code == 405
    response = client.post(url)

    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_otto_may_not_remove_a_member(client, otto, twente):
    membership = MembershipFactory(community=CommunityFactory(workshop=twente))
    client.force_login(otto)
    url = reverse(
        "communities:member_remove",
        kwargs={"slug": membership.community.slug, "person": membership.person.uuid},
    )

    assert client.post(url).status_code == 403
    assert Membership.objects.filter(pk=membership.pk).exists()


@pytest.mark.parametrize("members", [2, 20])
def test_the_members_page_takes_a_fixed_number_of_queries(
    client, cor, twente, members, django_assert_max_num_queries
):
    community = CommunityFactory(workshop=twente)
    for _ in range(members):
        person = PersonFactory()
        person.workshops.add(twente)
        MembershipFactory(community=community, person=person)
        PersonFactory().workshops.add(twente)  # a candidate
    client.force_login(cor)

    with django_assert_max_num_queries(16):
        response = client.get(_members_url(community))

    assert response.status_code == 200
