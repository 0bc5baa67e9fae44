"""/api/v1/communities/ and /api/v1/meetings/ for roles that may see more: members, the
werkplaats's coordinators and network editors get members by name (also without consent),
attendance and unpublished reflections; anyone else gets exactly the public fields."""

import datetime

import pytest

from werkplaats.communities.models import Attendance
from werkplaats.network.tests.factories import PersonFactory

from .factories import (
    CommunityFactory,
    MeetingFactory,
    MembershipFactory,
    ReflectionFactory,
    role,
)

pytestmark = pytest.mark.django_db

PUBLIC_COMMUNITY_FIELDS = {
    "url",
    "uuid",
    "slug",
    "name",
    "workshop",
    "theme",
    "purpose",
    "is_open",
    "members",
    "member_counts",
}
PUBLIC_MEETING_FIELDS = {
    "url",
    "uuid",
    "community",
    "title",
    "starts_at",
    "ends_at",
    "agenda",
    "location",
    "online_url",
    "reflection",
}
MARKERS = ("VERBORGENLID", "CONCEPTMARKER")


@pytest.fixture
def closed_twente(twente, mila):
    """A closed community of Twente with mila as a member, a member without consent, a meeting
    with attendance and an unpublished reflection."""
    community = CommunityFactory(workshop=twente, slug="dichte-kring", is_open=False)
    MembershipFactory(community=community, person=mila.person)
    hidden = PersonFactory(given_name="VERBORGENLID", family_name="Stil", is_public=False)
    MembershipFactory(community=community, person=hidden, role=role("student"))
    meeting = MeetingFactory(community=community, agenda="Besloten agenda")
    Attendance.objects.create(meeting=meeting, person=mila.person, present=True)
    Attendance.objects.create(meeting=meeting, person=hidden, present=False)
    ReflectionFactory(meeting=meeting, is_published=False, what_we_saw="CONCEPTMARKER gezien")
    return community, meeting


def _get(client, user, url):
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.json()


def test_a_visitor_gets_exactly_the_public_fields_without_private_data(client, closed_twente):
    community, meeting = closed_twente

    body = _get(client, None, f"/api/v1/communities/{community.slug}/")
    meeting_body = _get(client, None, f"/api/v1/meetings/{meeting.uuid}/")

    assert set(body) == PUBLIC_COMMUNITY_FIELDS
    assert set(meeting_body) == PUBLIC_MEETING_FIELDS
    assert body["members"] == []
    assert meeting_body["agenda"] is None and meeting_body["reflection"] is None
    for text in (str(body), str(meeting_body)):
        assert not any(marker in text for marker in MARKERS)
        assert "@" not in text


@pytest.mark.parametrize("username", ["mila", "cor", "noor", "ada"])
def test_members_coordinators_and_editors_see_members_attendance_and_drafts(
    client, request, closed_twente, username
):
    _community, meeting = closed_twente
    user = request.getfixturevalue(username)

    body = _get(client, user, "/api/v1/communities/dichte-kring/")
    meeting_body = _get(client, user, f"/api/v1/meetings/{meeting.uuid}/")

    members = {m["name"]: m for m in body["for_roles"]["members"]}
    assert members["VERBORGENLID Stil"]["role"] == "student"
    assert members["VERBORGENLID Stil"]["is_public"] is False
    assert "Mila Jansen" in members
    [draft] = body["for_roles"]["unpublished_reflections"]
    assert draft["meeting"] == str(meeting.uuid)
    assert "CONCEPTMARKER" in draft["what_we_saw"] and draft["is_published"] is False
    assert meeting_body["for_roles"]["attendance"] == {"present": 1, "absent": 1}
    assert meeting_body["for_roles"]["reflection"]["what_we_saw"] == "CONCEPTMARKER gezien"
    assert meeting_body["agenda"] == "Besloten agenda"
    assert "@" not in str(body) + str(meeting_body)


def test_the_coordinator_of_zeeland_does_not_see_twentes_private_data(
    client, otto, closed_twente, zeeland
):
    _community, meeting = closed_twente
    own = CommunityFactory(workshop=zeeland, slug="zeeuwse-kring", is_open=False)
    MembershipFactory(community=own, person=PersonFactory(is_public=False))

    twente_body = _get(client, otto, "/api/v1/communities/dichte-kring/")
    meeting_body = _get(client, otto, f"/api/v1/meetings/{meeting.uuid}/")
    own_body = _get(client, otto, "/api/v1/communities/zeeuwse-kring/")

    assert set(twente_body) == PUBLIC_COMMUNITY_FIELDS
    assert set(meeting_body) == PUBLIC_MEETING_FIELDS
    assert meeting_body["agenda"] is None
    assert not any(marker in str(twente_body) + str(meeting_body) for marker in MARKERS)
    assert len(own_body["for_roles"]["members"]) == 1


def test_a_visitor_list_is_unchanged_and_names_no_one_without_consent(client, closed_twente):
    communities = _get(client, None, "/api/v1/communities/")
    meetings = _get(client, None, "/api/v1/meetings/")

    assert all(set(row) == PUBLIC_COMMUNITY_FIELDS for row in communities["results"])
    assert all(set(row) == PUBLIC_MEETING_FIELDS for row in meetings["results"])
    assert not any(marker in str(communities) + str(meetings) for marker in MARKERS)


def _fill(workshop, size):
    for number in range(size):
        community = CommunityFactory(workshop=workshop, name=f"Rollen groep {number}")
        for _ in range(3):
            MembershipFactory(community=community, person=PersonFactory(is_public=False))
        for day in range(3):
            meeting = MeetingFactory(
                community=community,
                starts_at=datetime.datetime(2026, 5, 1 + day, 19, 30, tzinfo=datetime.UTC),
            )
            ReflectionFactory(meeting=meeting, is_published=False)


@pytest.mark.parametrize("size", [1, 8])
def test_the_lists_for_roles_take_a_fixed_number_of_queries(
    client, cor, twente, size, django_assert_max_num_queries
):
    _fill(twente, size)
    client.force_login(cor)

    with django_assert_max_num_queries(9):
        communities = client.get("/api/v1/communities/").json()
    with django_assert_max_num_queries(8):
        meetings = client.get("/api/v1/meetings/").json()

    assert all(len(row["for_roles"]["members"]) == 3 for row in communities["results"])
    assert all(
        len(row["for_roles"]["unpublished_reflections"]) == 3 for row in communities["results"]
    )
    assert len(meetings["results"]) == size * 3
    assert all("attendance" in row["for_roles"] for row in meetings["results"])
