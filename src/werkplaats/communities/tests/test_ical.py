"""The iCalendar feeds, read back the way a calendar program reads them: unfold the lines, apply
the feed's own VTIMEZONE rules, and see meetings at the right moment in summer and winter."""

import calendar
import datetime
import re

import pytest
from django.urls import reverse

from werkplaats.communities.ical import fold
from werkplaats.network.tests.factories import PersonFactory

from .factories import (
    AMSTERDAM,
    CommunityFactory,
    MeetingFactory,
    MembershipFactory,
    ReflectionFactory,
)

pytestmark = pytest.mark.django_db


def unfold(body: str) -> list[str]:
    assert "\n" not in body.replace("\r\n", ""), "every line ends in CRLF"
    return body.replace("\r\n ", "").split("\r\n")[:-1]


def components(lines, name):
    found, current = [], None
    for line in lines:
        if line == f"BEGIN:{name}":
            current = {}
        elif line == f"END:{name}":
            found.append(current)
            current = None
        elif current is not None:
            key, _sep, value = line.partition(":")
            current[key] = value
    return found


def _last_sunday(year, month, hour):
    day = max(week[calendar.SUNDAY] for week in calendar.monthcalendar(year, month))
    return datetime.datetime(year, month, day, hour)


def _offset(text):
    sign = 1 if text[0] == "+" else -1
    return sign * datetime.timedelta(hours=int(text[1:3]), minutes=int(text[3:5]))


def to_utc(local_text, vtimezone_lines):
    """Applies the VTIMEZONE's yearly BYMONTH/BYDAY=-1SU rules, as a calendar program does."""
    local = datetime.datetime.strptime(local_text, "%Y%m%dT%H%M%S")
    rules = {}
    for kind in ("DAYLIGHT", "STANDARD"):
        (rule,) = components(vtimezone_lines, kind)
        month = int(re.search(r"BYMONTH=(\d+)", rule["RRULE"]).group(1))
        assert "BYDAY=-1SU" in rule["RRULE"]
        hour = int(rule["DTSTART"][9:11])
        rules[kind] = (_last_sunday(local.year, month, hour), _offset(rule["TZOFFSETTO"]))
    summer = rules["DAYLIGHT"][0] <= local < rules["STANDARD"][0]
    offset = rules["DAYLIGHT" if summer else "STANDARD"][1]
    return (local - offset).strftime("%Y%m%dT%H%M%SZ")


@pytest.fixture
def community(twente):
    community = CommunityFactory(
        workshop=twente, name="Leergemeenschap Eenzaamheid Enschede", slug="eenzaamheid-enschede"
    )
    MembershipFactory(community=community, person=PersonFactory(given_name="LIDNAAMMARKER"))
    return community


def _next_year(month, day):
    year = datetime.date.today().year + 1
    return datetime.datetime(year, month, day, 19, 30, tzinfo=AMSTERDAM)


def test_the_community_feed_has_the_calendar_frame_a_calendar_program_needs(client, community):
    MeetingFactory(community=community, starts_at=_next_year(7, 2))
    response = client.get(reverse("communities:ical", kwargs={"slug": community.slug}))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content.decode()
    lines = unfold(body)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines
    assert any(line.startswith("PRODID:") for line in lines)
    assert "X-WR-CALNAME:Leergemeenschap Eenzaamheid Enschede" in lines
    assert all(len(raw.encode()) <= 75 for raw in body.split("\r\n"))


def test_a_meeting_at_half_past_seven_is_at_the_right_moment_in_summer_and_winter(
    client, community
):
    summer = MeetingFactory(community=community, starts_at=_next_year(7, 2), title="Zomer")
    winter = MeetingFactory(community=community, starts_at=_next_year(1, 14), title="Winter")

    lines = unfold(
        client.get(reverse("communities:ical", kwargs={"slug": community.slug})).content.decode()
    )

    vtimezone = lines[lines.index("BEGIN:VTIMEZONE") : lines.index("END:VTIMEZONE") + 1]
    events = {e["UID"].split("@")[0]: e for e in components(lines, "VEVENT")}
    summer_event, winter_event = events[str(summer.uuid)], events[str(winter.uuid)]
    assert summer_event["DTSTART;TZID=Europe/Amsterdam"].endswith("T193000")
    assert to_utc(summer_event["DTSTART;TZID=Europe/Amsterdam"], vtimezone).endswith("T173000Z")
    assert to_utc(winter_event["DTSTART;TZID=Europe/Amsterdam"], vtimezone).endswith("T183000Z")
    assert to_utc(summer_event["DTEND;TZID=Europe/Amsterdam"], vtimezone).endswith("T193000Z")
    assert summer_event["SUMMARY"] == "Leergemeenschap Eenzaamheid Enschede: Zomer"
    assert summer_event["DTSTAMP"].endswith("Z")


def test_the_uid_of_a_meeting_stays_the_same_from_one_fetch_to_the_next(client, community):
    meeting = MeetingFactory(community=community, starts_at=_next_year(7, 2))
    address = reverse("communities:ical", kwargs={"slug": community.slug})

    first, second = (unfold(client.get(address).content.decode()) for _ in range(2))

    uids = [line for line in first if line.startswith("UID:")]
    assert uids == [line for line in second if line.startswith("UID:")]
    assert len(uids) == 1 and uids[0].startswith(f"UID:{meeting.uuid}@")


def test_text_is_escaped_and_long_lines_are_folded_without_splitting_a_character(client, community):
    agenda = "Welkom; koffie, thee\nCasus van mevrouw Überhöfer — " + "ééé " * 40
    MeetingFactory(community=community, starts_at=_next_year(7, 2), agenda=agenda)

    body = client.get(reverse("communities:ical", kwargs={"slug": community.slug})).content
    lines = unfold(body.decode("utf-8"))

    (event,) = components(lines, "VEVENT")
    assert event["DESCRIPTION"].startswith("Welkom\\; koffie\\, thee\\nCasus van mevrouw Überhöfer")
    assert all(len(raw) <= 75 for raw in body.split(b"\r\n"))


def test_fold_keeps_every_line_within_75_octets():
    line = "DESCRIPTION:" + "ë" * 200
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_the_feed_names_no_member_and_carries_no_reflection(client, community):
    meeting = MeetingFactory(community=community, starts_at=_next_year(7, 2))
    ReflectionFactory(meeting=meeting, what_we_saw="REFLECTIEMARKER", is_published=True)

    body = client.get(reverse("communities:ical", kwargs={"slug": community.slug})).content

    assert b"LIDNAAMMARKER" not in body and b"REFLECTIEMARKER" not in body
    assert b"@example.org" not in body


def test_a_closed_communitys_meeting_is_listed_with_title_and_time_only(client, twente):
    closed = CommunityFactory(workshop=twente, is_open=False)
    MeetingFactory(
        community=closed,
        starts_at=_next_year(7, 2),
        agenda="AGENDAMARKER",
        location="PLEKMARKER",
        online_url="https://meet.example/LINKMARKER",
    )

    body = client.get(reverse("communities:ical", kwargs={"slug": closed.slug})).content.decode()

    (event,) = components(unfold(body), "VEVENT")
    assert "DTSTART;TZID=Europe/Amsterdam" in event and event["CLASS"] == "PRIVATE"
    assert "MARKER" not in body


def test_the_werkplaats_feed_holds_the_meetings_of_all_its_communities_in_fixed_queries(
    client, twente, zeeland, django_assert_max_num_queries
):
    for number in range(6):
        community = CommunityFactory(workshop=twente, name=f"Twentse groep {number}")
        MeetingFactory(community=community, starts_at=_next_year(3, 1 + number))
    MeetingFactory(community=CommunityFactory(workshop=zeeland, name="Zeeuwse groep"))

    with django_assert_max_num_queries(3):
        response = client.get(reverse("communities:workshop_ical", kwargs={"slug": "twente"}))

    body = response.content.decode()
    assert body.count("BEGIN:VEVENT") == 6
    assert "Zeeuwse groep" not in body
