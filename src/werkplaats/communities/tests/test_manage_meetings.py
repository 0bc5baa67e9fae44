"""Scheduling, changing and cancelling meetings in Amsterdam time; carrying an insight into a
linked project."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse

from werkplaats.communities.models import Meeting
from werkplaats.communities.tests.factories import (
    CommunityFactory,
    MeetingFactory,
    ReflectionFactory,
)
from werkplaats.projects.models import Outcome
from werkplaats.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
UTC = datetime.UTC


def _add_url(community):
    return reverse("communities:meeting_add", kwargs={"slug": community.slug})


def _meeting_data(**changes):
    data = {
        "title": "Casusbespreking",
        "date": "2026-01-15",
        "start_time": "19:30",
        "end_time": "21:30",
        "location": "Wijkcentrum",
        "online_url": "https://meet.example.org/kring",
        "agenda": "Opening en casus",
    }
    return data | changes


def test_a_coordinator_schedules_a_meeting_in_amsterdam_winter_and_summer_time(client, cor, twente):
    community = CommunityFactory(workshop=twente)
    client.force_login(cor)
    assert _add_url(community) in client.get(community.get_absolute_url()).content.decode()

    winter = client.post(_add_url(community), _meeting_data())
    summer = client.post(_add_url(community), _meeting_data(title="Zomer", date="2026-07-02"))

    assert winter.status_code == summer.status_code == 302
    first = Meeting.objects.get(title="Casusbespreking")
    assert winter.url == first.get_absolute_url()
    assert first.starts_at == datetime.datetime(2026, 1, 15, 18, 30, tzinfo=UTC)
    assert first.ends_at == datetime.datetime(2026, 1, 15, 20, 30, tzinfo=UTC)
    assert first.online_url == "https://meet.example.org/kring"
    zomer = Meeting.objects.get(title="Zomer")
    assert zomer.starts_at == datetime.datetime(2026, 7, 2, 17, 30, tzinfo=UTC)


def test_a_meeting_that_ends_before_it_starts_is_refused_keeping_what_was_typed(
    client, cor, twente
):
    community = CommunityFactory(workshop=twente)
    client.force_login(cor)

    response = client.post(
        _add_url(community), _meeting_data(end_time="18:00", agenda="GETYPTEAGENDA")
    )

    assert response.status_code == 400
    assert "GETYPTEAGENDA" in response.content.decode()
    assert not Meeting.objects.exists()


def test_otto_and_a_visitor_may_not_schedule(client, otto, twente):
    community = CommunityFactory(workshop=twente)

    assert client.get(_add_url(community)).status_code == 302
    client.force_login(otto)
    assert client.post(_add_url(community), _meeting_data()).status_code == 403
    assert not Meeting.objects.exists()


def test_a_coordinator_moves_a_meeting_and_the_form_shows_amsterdam_time(client, cor, twente):
    meeting = MeetingFactory(community=CommunityFactory(workshop=twente))
    url = reverse(
        "communities:meeting_edit",
        kwargs={"slug": meeting.community.slug, "uuid": meeting.uuid},
    )
    client.force_login(cor)

    assert url in client.get(meeting.get_absolute_url()).content.decode()
    assert 'value="19:30"' in client.get(url).content.decode()
    response = client.post(url, _meeting_data(title="Verplaatst", date="2026-11-05"))

    meeting.refresh_from_db()
    assert response.status_code == 302
    assert meeting.title == "Verplaatst"
    assert meeting.starts_at == datetime.datetime(2026, 11, 5, 18, 30, tzinfo=UTC)


def test_moving_a_meeting_to_end_before_it_starts_is_refused(client, cor, twente):
    meeting = MeetingFactory(community=CommunityFactory(workshop=twente))
    url = reverse(
        "communities:meeting_edit",
        kwargs={"slug": meeting.community.slug, "uuid": meeting.uuid},
    )
    client.force_login(cor)

    response = client.post(url, _meeting_data(start_time="20:00", end_time="20:00"))

    assert response.status_code == 400
    meeting.refresh_from_db()
    assert meeting.title != "Casusbespreking"


def test_a_coordinator_cancels_a_meeting_but_otto_may_not(client, cor, otto, twente):
    meeting = MeetingFactory(community=CommunityFactory(workshop=twente))
    url = reverse(
        "communities:meeting_cancel",
        kwargs={"slug": meeting.community.slug, "uuid": meeting.uuid},
    )
    client.force_login(otto)
    assert client.post(url).status_code == 403
    assert Meeting.objects.filter(pk=meeting.pk).exists()

    client.force_login(cor)
    response = client.post(url)

    assert response.status_code == 302
    assert not Meeting.objects.filter(pk=meeting.pk).exists()


def test_a_meeting_with_a_reflection_is_not_cancelled(client, cor, twente):
    reflection = ReflectionFactory(
        meeting=MeetingFactory(community=CommunityFactory(workshop=twente))
    )
    meeting = reflection.meeting
    client.force_login(cor)

    client.post(
        reverse(
            "communities:meeting_cancel",
            kwargs={"slug": meeting.community.slug, "uuid": meeting.uuid},
        )
    )

    assert Meeting.objects.filter(pk=meeting.pk).exists()


def _published_with_project(twente, *, is_open=True, is_published=True):
    community = CommunityFactory(workshop=twente, is_open=is_open)
    project = ProjectFactory(lead_workshop=twente)
    community.projects.add(project)
    reflection = ReflectionFactory(
        meeting=MeetingFactory(community=community),
        what_we_learned="Vaste momenten helpen.",
        is_published=is_published,
    )
    url = reverse(
        "communities:carry_insight",
        kwargs={"slug": community.slug, "uuid": reflection.meeting.uuid},
    )
    return reflection, project, url


def test_a_coordinator_carries_a_published_insight_into_a_linked_project(client, cor, twente):
    reflection, project, url = _published_with_project(twente)
    client.force_login(cor)

    assert url in client.get(reflection.meeting.get_absolute_url()).content.decode()
    response = client.post(url, {"project": project.slug, "text": "Vaste momenten helpen."})

    assert response.status_code == 302
    outcome = Outcome.objects.get(project=project)
    assert outcome.text == "Vaste momenten helpen."


def test_an_empty_insight_is_refused_with_400(client, cor, twente):
    _reflection, project, url = _published_with_project(twente)
    client.force_login(cor)

    response = client.post(url, {"project": project.slug, "text": ""})

    assert response.status_code == 400
    assert not Outcome.objects.exists()


def test_no_insight_is_carried_from_a_draft_or_by_someone_who_may_not_edit_the_project(
    client, cor, otto, twente
):
    draft, _project, draft_url = _published_with_project(twente, is_published=False)
    _reflection, project, url = _published_with_project(twente)
    client.force_login(cor)
    assert draft_url not in client.get(draft.meeting.get_absolute_url()).content.decode()
    assert client.post(draft_url, {"project": _project.slug, "text": "x"}).status_code == 403

    client.force_login(otto)
    assert client.post(url, {"project": project.slug, "text": "x"}).status_code == 403
    assert not Outcome.objects.exists()
