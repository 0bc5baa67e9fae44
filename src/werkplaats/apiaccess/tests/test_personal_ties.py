"""An API key acts for its werkplaats, as a coordinator of it. Its maker's personal ties (being a
member of another werkplaats's closed community, their own unpublished profile) never come with
it, while the maker signed in still has them."""

import pytest

from werkplaats.communities.tests.factories import (
    CommunityFactory,
    MeetingFactory,
    MembershipFactory,
    ReflectionFactory,
)
from werkplaats.network.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db

MARKERS = ("PERSOONLIJKLID", "PERSOONLIJKCONCEPT", "PERSOONLIJKEAGENDA")


@pytest.fixture
def otto_in_a_closed_twente_community(otto, twente):
    """Otto coordinates Zeeland and is, personally, a member of a closed community of Twente."""
    otto_person = PersonFactory(user=otto, given_name="Otto", family_name="PERSOONLIJKLID")
    otto_person.is_public = False
    otto_person.save()
    community = CommunityFactory(workshop=twente, slug="twentse-kring", is_open=False)
    MembershipFactory(community=community, person=otto_person)
    meeting = MeetingFactory(community=community, agenda="PERSOONLIJKEAGENDA besloten")
    ReflectionFactory(meeting=meeting, is_published=False, what_we_saw="PERSOONLIJKCONCEPT")
    return community, meeting, otto_person


def _texts(client, community, meeting, person) -> str:
    answers = [
        client.get(f"/api/v1/communities/{community.slug}/"),
        client.get(f"/api/v1/meetings/{meeting.uuid}/"),
        client.get("/api/v1/people/", {"page_size": 200}),
        client.get("/api/v1/communities/", {"page_size": 200}),
    ]
    assert [answer.status_code for answer in answers] == [200] * len(answers)
    return " ".join(answer.content.decode() for answer in answers)


def test_a_key_brings_none_of_its_makers_personal_ties(
    client, client_with, zeeland_write_key, otto, otto_in_a_closed_twente_community
):
    community, meeting, person = otto_in_a_closed_twente_community

    client.force_login(otto)
    in_person = _texts(client, community, meeting, person)
    through_key = _texts(client_with(zeeland_write_key), community, meeting, person)

    # Signed in, Otto sees what his membership lets him see (so the check below can fail) ...
    assert all(marker in in_person for marker in MARKERS)
    # ... through Zeeland's key, none of it.
    assert not any(marker in through_key for marker in MARKERS)
    assert (
        '"for_roles"'
        not in client_with(zeeland_write_key)
        .get(f"/api/v1/communities/{community.slug}/")
        .content.decode()
    )


def test_a_key_still_sees_what_its_werkplaats_coordinates(client_with, zeeland_write_key, zeeland):
    own = CommunityFactory(workshop=zeeland, slug="zeeuwse-kring", is_open=False)
    MembershipFactory(community=own, person=PersonFactory(given_name="ZEEUWSLID", is_public=False))

    body = client_with(zeeland_write_key).get("/api/v1/communities/zeeuwse-kring/").json()

    assert [member["name"].split()[0] for member in body["for_roles"]["members"]] == ["ZEEUWSLID"]
