"""/api/v1/communities/ and /api/v1/meetings/: public fields, the same privacy as the pages."""

import datetime

import pytest

from werkplaats.network.tests.factories import PersonFactory

from .factories import (
    CommunityFactory,
    MeetingFactory,
    MembershipFactory,
    ReflectionFactory,
    role,
)

pytestmark = pytest.mark.django_db


def _fill(workshop, size):
    for number in range(size):
        community = CommunityFactory(workshop=workshop, name=f"API groep {number}")
        for _ in range(3):
            MembershipFactory(community=community, person=PersonFactory())
        for day in range(3):
            meeting = MeetingFactory(
                community=community,
                starts_at=datetime.datetime(2026, 5, 1 + day, 19, 30, tzinfo=datetime.UTC),
            )
            ReflectionFactory(meeting=meeting, is_published=True)


@pytest.mark.parametrize("size", [1, 8])
def test_the_lists_take_a_fixed_number_of_queries(
    client, twente, size, django_assert_max_num_queries
):
    _fill(twente, size)

    with django_assert_max_num_queries(5):
        communities = client.get("/api/v1/communities/").json()
    with django_assert_max_num_queries(5):
        meetings = client.get("/api/v1/meetings/").json()

    assert communities["count"] == size
    assert meetings["count"] == size * 3


def test_a_community_names_only_consenting_members_of_an_open_community(client, twente):
    community = CommunityFactory(workshop=twente, slug="open-kring")
    MembershipFactory(community=community, person=PersonFactory(given_name="Zichtbaar"))
    MembershipFactory(
        community=community,
        person=PersonFactory(given_name="VERBORGENMARKER", is_public=False),
        role=role("student"),
    )

    body = client.get("/api/v1/communities/open-kring/").json()

    assert [m["name"] for m in body["members"]] == ["Zichtbaar Visser"]
    assert {"role": "student", "count": 1} in body["member_counts"]
    assert "VERBORGENMARKER" not in str(body)


def test_a_closed_community_shows_no_names_agenda_or_reflection(client, twente):
    community = CommunityFactory(workshop=twente, slug="dichte-kring", is_open=False)
    MembershipFactory(community=community, person=PersonFactory(given_name="NAAMMARKER"))
    meeting = MeetingFactory(community=community, agenda="AGENDAMARKER", location="PLEKMARKER")
    ReflectionFactory(meeting=meeting, what_we_saw="REFLECTIEMARKER", is_published=True)

    community_body = client.get("/api/v1/communities/dichte-kring/").content.decode()
    meeting_body = client.get(f"/api/v1/meetings/{meeting.uuid}/").json()

    assert "MARKER" not in community_body
    assert meeting_body["agenda"] is None and meeting_body["reflection"] is None
    assert "MARKER" not in str(meeting_body)


def test_a_published_reflection_of_an_open_community_is_in_its_meeting(client, twente):
    meeting = MeetingFactory(community=CommunityFactory(workshop=twente))
    ReflectionFactory(meeting=meeting, what_we_learned="Samen koken werkt.", is_published=True)
    draft = ReflectionFactory(
        meeting=MeetingFactory(community=meeting.community), what_we_saw="CONCEPTMARKER"
    )

    body = client.get("/api/v1/meetings/", {"community": meeting.community.slug}).json()

    reflections = {m["uuid"]: m["reflection"] for m in body["results"]}
    assert reflections[str(meeting.uuid)]["what_we_learned"] == "Samen koken werkt."
    assert reflections[str(draft.meeting.uuid)] is None


def test_meetings_filter_by_werkplaats_and_period(client, twente, zeeland):
    MeetingFactory(
        community=CommunityFactory(workshop=twente),
        title="Twente mei",
        starts_at=datetime.datetime(2026, 5, 1, 18, tzinfo=datetime.UTC),
    )
    MeetingFactory(community=CommunityFactory(workshop=zeeland), title="Zeeland")

    body = client.get(
        "/api/v1/meetings/", {"workshop": "twente", "starts_after": "2026-04-01T00:00:00Z"}
    ).json()

    assert [m["title"] for m in body["results"]] == ["Twente mei"]
    assert client.get("/api/v1/meetings/", {"workshop": "nergens"}).status_code == 400


@pytest.mark.parametrize(
    ("moment", "status"),
    [
        ("9661-12-06T20:23:36-19:32", 200),
        ("2026-03-01T10:00:00+23:00", 200),
        ("0001-01-01T00:30:00+01:00", 400),
    ],
)
def test_a_moment_with_an_offset_no_database_takes_is_read_in_utc_or_refused(
    client, moment, status
):
    """PostgreSQL refuses offsets beyond ±15:59; the filter reads every moment in UTC first, and
    refuses one that falls before the year 1 in UTC with a message."""
    response = client.get("/api/v1/meetings/", {"starts_after": moment})
    assert response.status_code == status, response.content
    if status == 400:
        assert response.json()["errors"]["starts_after"]
