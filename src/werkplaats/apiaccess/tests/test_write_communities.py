"""Planning, changing and cancelling meetings of learning communities through the API: the
community's form, its services, the werkplaats of the key."""

import datetime
import zoneinfo

import pytest
from rest_framework.test import APIClient

from werkplaats.communities.models import Meeting
from werkplaats.communities.tests.factories import (
    CommunityFactory,
    MeetingFactory,
    MembershipFactory,
    ReflectionFactory,
)
from werkplaats.network.models import Person
from werkplaats.network.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/meetings/"
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
PLAN = {
    "title": "Casusbespreking",
    "date": "2026-07-02",
    "start_time": "19:30",
    "end_time": "21:00",
}


@pytest.fixture
def kring(twente):
    return CommunityFactory(workshop=twente, slug="kring-twente")


def _snapshot(meeting):
    meeting.refresh_from_db()
    return (meeting.title, meeting.starts_at, meeting.ends_at, meeting.agenda)


def test_a_write_key_plans_a_meeting_of_its_werkplaatss_community(
    client_with, twente_write_key, kring
):
    body = {**PLAN, "community": "kring-twente", "agenda": "Casus, reflectie"}
    response = client_with(twente_write_key).post(LIST, body, format="json")
    assert response.status_code == 201, response.json()
    meeting = Meeting.objects.get(uuid=response.json()["uuid"])
    assert meeting.community == kring and meeting.agenda == "Casus, reflectie"
    assert meeting.starts_at == datetime.datetime(2026, 7, 2, 19, 30, tzinfo=AMSTERDAM)
    assert meeting.ends_at.astimezone(AMSTERDAM).time() == datetime.time(21, 0)


def test_a_read_key_may_not_plan_a_meeting(client_with, twente_read_key, kring):
    response = client_with(twente_read_key).post(
        LIST, {**PLAN, "community": "kring-twente"}, format="json"
    )
    assert response.status_code == 403
    assert not Meeting.objects.exists()


def test_without_a_key_meetings_are_not_written(client_with, kring):
    meeting = MeetingFactory(community=kring)
    before = _snapshot(meeting)
    client = client_with()
    assert (
        client.post(LIST, {**PLAN, "community": "kring-twente"}, format="json").status_code == 401
    )
    address = f"{LIST}{meeting.uuid}/"
    assert client.patch(address, {"title": "x"}, format="json").status_code == 401
    assert client.delete(address).status_code == 401
    assert Meeting.objects.count() == 1 and _snapshot(meeting) == before


def test_a_key_may_not_plan_for_another_werkplaatss_community(
    client_with, zeeland_write_key, kring
):
    response = client_with(zeeland_write_key).post(
        LIST, {**PLAN, "community": "kring-twente"}, format="json"
    )
    assert response.status_code == 403
    assert not Meeting.objects.exists()


def test_the_forms_rules_answer_in_dutch(client_with, twente_write_key, kring):
    client = client_with(twente_write_key)
    body = {**PLAN, "community": "kring-twente", "end_time": "18:00"}
    response = client.post(LIST, body, format="json")
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"end_time"}
    response = client.post(LIST, {**PLAN, "title": ""}, format="json")
    errors = response.json()["errors"]
    assert errors["title"] == ["Dit veld is vereist."] and "non_field_errors" in errors
    assert not Meeting.objects.exists()


def test_wrong_json_types_for_a_meeting_are_a_400_not_a_crash(client_with, twente_write_key, kring):
    client = client_with(twente_write_key)
    for body in (
        {**PLAN, "community": "kring-twente", "date": "morgen"},
        {**PLAN, "community": "kring-twente", "start_time": 1930},
        {**PLAN, "community": ["kring-twente"]},
        {**PLAN, "community": "kring-twente", "online_url": "geen adres"},
        [PLAN],
    ):
        response = client.post(LIST, body, format="json")
        assert response.status_code == 400, (body, response.content)
        assert "detail" in response.json()
    assert not Meeting.objects.exists()


def test_patch_changes_only_what_is_given_in_amsterdam_time(client_with, twente_write_key, kring):
    meeting = MeetingFactory(community=kring, agenda="Oude agenda")
    response = client_with(twente_write_key).patch(
        f"{LIST}{meeting.uuid}/", {"start_time": "20:00", "end_time": "22:00"}, format="json"
    )
    assert response.status_code == 200, response.json()
    meeting.refresh_from_db()
    assert meeting.agenda == "Oude agenda"
    assert meeting.starts_at == datetime.datetime(2026, 7, 2, 20, 0, tzinfo=AMSTERDAM)


def test_put_is_not_offered_for_a_meeting(client_with, twente_write_key, kring):
    meeting = MeetingFactory(community=kring)
    response = client_with(twente_write_key).put(f"{LIST}{meeting.uuid}/", PLAN, format="json")
    assert response.status_code == 405


def test_delete_cancels_a_meeting(client_with, twente_write_key, kring):
    meeting = MeetingFactory(community=kring)
    assert client_with(twente_write_key).delete(f"{LIST}{meeting.uuid}/").status_code == 204
    assert not Meeting.objects.exists()


def test_a_meeting_with_a_reflection_is_not_cancelled(client_with, twente_write_key, kring):
    reflection = ReflectionFactory(meeting=MeetingFactory(community=kring))
    response = client_with(twente_write_key).delete(f"{LIST}{reflection.meeting.uuid}/")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["non_field_errors"]
    assert Meeting.objects.count() == 1


def test_a_key_of_another_werkplaats_may_not_change_or_cancel_a_meeting(
    client_with, zeeland_write_key, kring
):
    meeting = MeetingFactory(community=kring)
    before = _snapshot(meeting)
    client = client_with(zeeland_write_key)
    address = f"{LIST}{meeting.uuid}/"
    assert client.patch(address, {"title": "x"}, format="json").status_code == 403
    assert client.delete(address).status_code == 403
    assert _snapshot(meeting) == before


def test_a_key_does_not_act_as_its_makers_facilitator_role(
    client_with, twente_write_key, cor, zeeland
):
    other = CommunityFactory(workshop=zeeland, slug="kring-zeeland")
    MembershipFactory(community=other, person=PersonFactory(user=cor), is_facilitator=True)
    meeting = MeetingFactory(community=other)
    response = client_with(twente_write_key).patch(
        f"{LIST}{meeting.uuid}/", {"title": "x"}, format="json"
    )
    assert response.status_code == 403


def test_a_facilitator_plans_a_meeting_in_the_site(mila, kring):
    person = Person.objects.filter(user=mila).first() or PersonFactory(user=mila)
    MembershipFactory(community=kring, person=person, is_facilitator=True)
    client = APIClient()
    client.force_login(mila)
    response = client.post(LIST, {**PLAN, "community": "kring-twente"}, format="json")
    assert response.status_code == 201, response.json()
