"""Founding a community, members, meetings, attendance and jointly written reflections."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from werkplaats.communities import services
from werkplaats.network.tests.factories import PersonFactory

from .factories import AMSTERDAM, CommunityFactory, MeetingFactory, MembershipFactory, role

pytestmark = pytest.mark.django_db


def test_it_founds_a_community_with_a_readable_unique_slug(twente):
    first = services.create_community(workshop=twente, name="Leergemeenschap Eenzaamheid Enschede")
    second = services.create_community(workshop=twente, name="Leergemeenschap Eenzaamheid Enschede")

    assert first.slug == "leergemeenschap-eenzaamheid-enschede"
    assert second.slug == "leergemeenschap-eenzaamheid-enschede-2"
    assert "eenzaamheid" in first.search_text


def test_it_refuses_a_community_without_a_name(twente):
    with pytest.raises(ValidationError):
        services.create_community(workshop=twente, name="  ")


def test_adding_a_member_again_changes_their_role():
    community = CommunityFactory()
    person = PersonFactory()
    services.add_member(community, person, role("student"))
    services.add_member(community, person, role("docent"), is_facilitator=True)

    membership = community.memberships.get()
    assert membership.role.slug == "docent" and membership.is_facilitator


def test_a_naive_start_is_read_as_amsterdam_time_in_summer_and_winter():
    community = CommunityFactory()
    summer = services.schedule_meeting(
        community, title="Zomer", starts_at=datetime.datetime(2026, 7, 2, 19, 30)
    )
    winter = services.schedule_meeting(
        community, title="Winter", starts_at=datetime.datetime(2026, 1, 15, 19, 30)
    )

    assert summer.starts_at.astimezone(datetime.UTC).hour == 17
    assert winter.starts_at.astimezone(datetime.UTC).hour == 18
    assert summer.ends_at - summer.starts_at == datetime.timedelta(hours=2)


def test_it_refuses_a_meeting_that_ends_before_it_starts():
    start = datetime.datetime(2026, 3, 1, 19, 30, tzinfo=AMSTERDAM)
    with pytest.raises(ValidationError):
        services.schedule_meeting(
            CommunityFactory(), title="Omgekeerd", starts_at=start, ends_at=start
        )


def test_it_records_attendance_of_members_only():
    member = MembershipFactory()
    meeting = MeetingFactory(community=member.community)
    services.record_attendance(meeting, {member.person: True})
    services.record_attendance(meeting, {member.person: False})

    assert meeting.attendances.get().present is False
    with pytest.raises(ValidationError):
        services.record_attendance(meeting, {PersonFactory(): True})


def test_members_write_a_reflection_jointly_and_each_becomes_an_author():
    first = MembershipFactory()
    second = MembershipFactory(community=first.community)
    meeting = MeetingFactory(community=first.community)

    services.write_reflection(meeting, first.person, what_we_saw="Weinig jongeren.")
    reflection = services.write_reflection(
        meeting, second.person, what_we_learned="Ga naar ze toe."
    )

    assert reflection.what_we_saw == "Weinig jongeren."
    assert reflection.what_we_learned == "Ga naar ze toe."
    assert set(reflection.authors.all()) == {first.person, second.person}


def test_someone_outside_the_community_cannot_write_its_reflection():
    meeting = MeetingFactory()
    with pytest.raises(PermissionDenied):
        services.write_reflection(meeting, PersonFactory(), what_we_saw="Ik was er niet.")


def test_an_empty_reflection_is_refused():
    member = MembershipFactory()
    meeting = MeetingFactory(community=member.community)
    with pytest.raises(ValidationError):
        services.write_reflection(meeting, member.person, what_we_saw=" ")


def test_a_facilitator_publishes_and_a_published_reflection_is_not_edited(mila):
    facilitator = MembershipFactory(person=mila.person, is_facilitator=True)
    meeting = MeetingFactory(community=facilitator.community)
    reflection = services.write_reflection(meeting, mila.person, what_we_saw="Veel herkenning.")

    services.publish_reflection(reflection, mila)

    assert reflection.is_published and reflection.published_at
    with pytest.raises(ValidationError):
        services.write_reflection(meeting, mila.person, what_we_saw="Stiekem anders.")
    services.unpublish_reflection(reflection, mila)
    services.write_reflection(meeting, mila.person, what_we_saw="Anders, open.")


def test_an_ordinary_member_does_not_decide_on_publication(mila):
    member = MembershipFactory(person=mila.person)
    meeting = MeetingFactory(community=member.community)
    reflection = services.write_reflection(meeting, mila.person, what_we_saw="Iets.")

    with pytest.raises(PermissionDenied):
        services.publish_reflection(reflection, mila)


def test_the_werkplaats_coordinator_publishes_but_another_werkplaats_coordinator_does_not(
    twente, cor, otto
):
    member = MembershipFactory(community=CommunityFactory(workshop=twente))
    meeting = MeetingFactory(community=member.community)
    reflection = services.write_reflection(meeting, member.person, what_we_saw="Iets.")

    with pytest.raises(PermissionDenied):
        services.publish_reflection(reflection, otto)
    services.publish_reflection(reflection, cor)
    assert reflection.is_published


def test_a_closed_communitys_reflection_is_never_published(twente, cor):
    member = MembershipFactory(
        community=CommunityFactory(workshop=twente, is_open=False), is_facilitator=True
    )
    meeting = MeetingFactory(community=member.community)
    reflection = services.write_reflection(meeting, member.person, what_we_saw="Vertrouwelijk.")

    with pytest.raises(ValidationError):
        services.publish_reflection(reflection, cor)
    reflection.refresh_from_db()
    assert not reflection.is_published


def _published_reflection(workshop, **community):
    member = MembershipFactory(
        community=CommunityFactory(workshop=workshop, **community), is_facilitator=True
    )
    meeting = MeetingFactory(community=member.community)
    reflection = services.write_reflection(
        meeting, member.person, what_we_learned="Vaste koffiemomenten verlagen de drempel."
    )
    reflection.is_published = True
    reflection.save()
    return reflection


def test_a_published_insight_is_carried_into_a_linked_project_as_a_learning_outcome(twente, cor):
    from werkplaats.projects.tests.factories import ProjectFactory

    reflection = _published_reflection(twente)
    project = ProjectFactory(lead_workshop=twente)
    services.link_project(reflection.meeting.community, project)

    outcome = services.carry_insight_to_project(reflection, project, by=cor)

    assert outcome.kind == "learning"
    assert outcome.text == "Vaste koffiemomenten verlagen de drempel."
    assert reflection.meeting.community.name in outcome.source


def test_an_insight_goes_only_to_a_linked_project_edited_by_the_one_who_carries_it(
    twente, cor, otto
):
    from werkplaats.projects.tests.factories import ProjectFactory

    reflection = _published_reflection(twente)
    project = ProjectFactory(lead_workshop=twente)
    with pytest.raises(ValidationError):
        services.carry_insight_to_project(reflection, project, by=cor)
    services.link_project(reflection.meeting.community, project)
    with pytest.raises(PermissionDenied):
        services.carry_insight_to_project(reflection, project, by=otto)


def test_a_closed_communitys_reflection_is_never_carried_into_a_public_project(twente, cor):
    from werkplaats.projects.tests.factories import ProjectFactory

    reflection = _published_reflection(twente, is_open=False)
    project = ProjectFactory(lead_workshop=twente)
    services.link_project(reflection.meeting.community, project)

    with pytest.raises(ValidationError):
        services.carry_insight_to_project(reflection, project, by=cor)
    assert not project.outcomes.exists()
