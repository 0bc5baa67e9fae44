"""The public list and page of a community, the meeting page, writing and publishing a reflection,
recording attendance and the member's own overview."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from werkplaats.network.tests.factories import PersonFactory, WorkshopFactory

from .factories import (
    CommunityFactory,
    MeetingFactory,
    MembershipFactory,
    ReflectionFactory,
    role,
)

pytestmark = pytest.mark.django_db


def _populate(workshop, communities: int, members: int):
    for number in range(communities):
        community = CommunityFactory(workshop=workshop, name=f"Groep {workshop.slug} {number}")
        for _ in range(members):
            MembershipFactory(community=community, person=PersonFactory(is_public=number % 2 == 0))
        for day in range(members):
            meeting = MeetingFactory(
                community=community,
                starts_at=timezone.now() + datetime.timedelta(days=day - 3),
            )
            ReflectionFactory(meeting=meeting, is_published=day % 2 == 0)
        community.theme_id = None


@pytest.mark.parametrize("size", [1, 8])
def test_the_list_takes_a_fixed_number_of_queries(
    client, twente, size, django_assert_max_num_queries
):
    _populate(twente, size, size)

    with django_assert_max_num_queries(8):
        response = client.get(reverse("communities:list"))

    assert response.status_code == 200
    assert response.content.decode().count('class="card-title"') == size


@pytest.mark.parametrize("size", [1, 8])
def test_the_community_page_takes_a_fixed_number_of_queries(
    client, twente, size, django_assert_max_num_queries
):
    _populate(twente, 1, size)
    community = twente.communities.get()

    with django_assert_max_num_queries(10):
        response = client.get(community.get_absolute_url())

    assert response.status_code == 200


def test_the_list_filters_by_werkplaats_and_openness(client, twente, zeeland):
    CommunityFactory(workshop=twente, name="Open Twente", is_open=True)
    CommunityFactory(workshop=twente, name="Dicht Twente", is_open=False)
    CommunityFactory(workshop=zeeland, name="Open Zeeland")

    body = client.get(reverse("communities:list"), {"werkplaats": "twente", "openness": "closed"})

    assert "Dicht Twente" in body.content.decode()
    assert "Open Twente" not in body.content.decode()
    assert "Open Zeeland" not in body.content.decode()


def test_an_unknown_filter_value_is_an_error_on_the_page_not_a_crash(client, twente):
    response = client.get(reverse("communities:list"), {"werkplaats": "nergens"})

    assert response.status_code == 200
    assert "error-summary" in response.content.decode()


def test_an_open_community_names_consenting_members_and_counts_the_others(client, twente):
    community = CommunityFactory(workshop=twente, is_open=True)
    MembershipFactory(community=community, person=PersonFactory(given_name="Openbare"))
    MembershipFactory(
        community=community,
        person=PersonFactory(given_name="VERBORGENMARKER", is_public=False),
        role=role("student"),
    )

    body = client.get(community.get_absolute_url()).content.decode()

    assert "Openbare" in body
    assert "VERBORGENMARKER" not in body
    assert "Student (hbo/mbo): 1" in body


def test_a_closed_community_shows_only_counts_and_no_agenda_or_reflection(client, twente):
    community = CommunityFactory(workshop=twente, is_open=False)
    MembershipFactory(community=community, person=PersonFactory(given_name="OPENBAARMAARDICHT"))
    meeting = MeetingFactory(community=community, agenda="AGENDAMARKER", location="PLEKMARKER")
    ReflectionFactory(meeting=meeting, what_we_saw="REFLECTIEMARKER", is_published=True)

    for address in (community.get_absolute_url(), meeting.get_absolute_url()):
        body = client.get(address).content.decode()
        assert "MARKER" not in body, address
    assert "Sociaal professional: 1" in client.get(community.get_absolute_url()).content.decode()


def test_members_see_names_drafts_and_write_the_reflection_together(client, mila, twente):
    community = CommunityFactory(workshop=twente, is_open=False)
    MembershipFactory(community=community, person=mila.person)
    MembershipFactory(
        community=community, person=PersonFactory(given_name="Collega", is_public=False)
    )
    meeting = MeetingFactory(community=community, agenda="Casus bespreken")
    client.force_login(mila)

    assert "Collega" in client.get(community.get_absolute_url()).content.decode()
    assert "Casus bespreken" in client.get(meeting.get_absolute_url()).content.decode()
    address = reverse(
        "communities:reflection_edit", kwargs={"slug": community.slug, "uuid": meeting.uuid}
    )
    response = client.post(address, {"what_we_saw": "Veel stilte.", "what_we_learned": ""})

    assert response.status_code == 302
    assert "Veel stilte." in client.get(meeting.get_absolute_url()).content.decode()
    assert meeting.reflection.authors.get() == mila.person


def test_someone_outside_the_community_may_not_write_its_reflection(client, otto, twente):
    meeting = MeetingFactory(community=CommunityFactory(workshop=twente))
    client.force_login(otto)
    address = reverse(
        "communities:reflection_edit",
        kwargs={"slug": meeting.community.slug, "uuid": meeting.uuid},
    )

    assert client.post(address, {"what_we_saw": "Ik"}).status_code == 403


def test_the_coordinator_records_attendance_and_publishes_a_reflection(client, cor, twente):
    community = CommunityFactory(workshop=twente)
    member = MembershipFactory(community=community)
    meeting = MeetingFactory(community=community)
    reflection = ReflectionFactory(meeting=meeting, what_we_learned="OPENBAARINZICHT")
    kwargs = {"slug": community.slug, "uuid": meeting.uuid}
    client.force_login(cor)

    client.post(
        reverse("communities:attendance", kwargs=kwargs), {f"person-{member.person.uuid}": "on"}
    )
    client.post(reverse("communities:reflection_decide", kwargs=kwargs), {"decision": "publish"})

    assert meeting.attendances.get().present
    reflection.refresh_from_db()
    assert reflection.is_published
    client.logout()
    assert "OPENBAARINZICHT" in client.get(meeting.get_absolute_url()).content.decode()


def test_an_ordinary_member_cannot_publish(client, mila, twente):
    community = CommunityFactory(workshop=twente)
    MembershipFactory(community=community, person=mila.person)
    reflection = ReflectionFactory(meeting=MeetingFactory(community=community))
    client.force_login(mila)

    address = reverse(
        "communities:reflection_decide",
        kwargs={"slug": community.slug, "uuid": reflection.meeting.uuid},
    )
    response = client.post(address, {"decision": "publish"})

    assert response.status_code == 403
    reflection.refresh_from_db()
    assert not reflection.is_published


def test_my_work_lists_my_communities_and_next_meetings(client, mila):
    mine = MembershipFactory(person=mila.person, community=CommunityFactory(name="Mijn groep"))
    MeetingFactory(
        community=mine.community,
        title="Volgende keer",
        starts_at=timezone.now() + datetime.timedelta(days=7),
    )
    CommunityFactory(name="Andere groep", workshop=WorkshopFactory())
    client.force_login(mila)

    body = client.get(reverse("communities:mine")).content.decode()

    assert "Mijn groep" in body and "Volgende keer" in body
    assert "Andere groep" not in body


def test_my_work_asks_a_visitor_to_log_in(client):
    response = client.get(reverse("communities:mine"))

    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.parametrize("size", [1, 6])
def test_the_werkplaats_page_lists_its_communities_and_their_calendar_in_fixed_queries(
    client, twente, size, django_assert_max_num_queries
):
    for number in range(size):
        CommunityFactory(workshop=twente, name=f"Twentse kring {number}", is_open=number % 2 == 0)
    address = reverse("network:workshop", kwargs={"slug": "twente"})
    client.get(address)

    with django_assert_max_num_queries(16):
        body = client.get(address).content.decode()

    assert body.count("Twentse kring") == size
    assert reverse("communities:workshop_ical", kwargs={"slug": "twente"}) in body


def test_the_main_navigation_and_the_dashboard_lead_to_the_communities(client, mila):
    client.force_login(mila)

    body = client.get(reverse("accounts:dashboard")).content.decode()

    assert reverse("communities:list") in body
    assert reverse("communities:mine") in body
