"""iCalendar (RFC 5545) feeds of meetings, written by hand: the format is small and this keeps
us free of a dependency.

Times are given in Europe/Amsterdam with a VTIMEZONE whose rules calendar programs apply, so a
meeting at 19:30 stays at 19:30 in summer and in winter. Feeds are public addresses that calendar
programs fetch without logging in, so they carry only what the public may see: never members,
attendance or reflections; a closed community's meeting appears with its title and time only.
"""

from __future__ import annotations

import datetime
import zoneinfo
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

from .models import Meeting

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
TZID = "Europe/Amsterdam"
PRODID = "-//Werkplaatsen Sociaal Domein//werkplaats//NL"
LINE_OCTETS = 75

# The EU rules since 1996: summer time from the last Sunday of March 02:00 to the last Sunday of
# October 03:00 local time.
VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    f"X-LIC-LOCATION:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def escape(text: str) -> str:
    """TEXT values: backslash, semicolon and comma escaped, line breaks as ``\\n``."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Splits a content line into lines of at most 75 octets, never inside a UTF-8 character;
    continuation lines start with a space."""
    parts, current, size = [], "", 0
    for char in line:
        width = len(char.encode())
        limit = LINE_OCTETS if not parts else LINE_OCTETS - 1
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def local(moment: datetime.datetime) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%Y%m%dT%H%M%S")


def utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def event(meeting: Meeting) -> list[str]:
    """One VEVENT; the meeting must come with its community (``select_related``)."""
    community = meeting.community
    lines = [
        "BEGIN:VEVENT",
        f"UID:{meeting.uuid}@{_host()}",
        f"DTSTAMP:{utc(meeting.updated_at)}",
        f"DTSTART;TZID={TZID}:{local(meeting.starts_at)}",
        f"DTEND;TZID={TZID}:{local(meeting.ends_at)}",
        f"SUMMARY:{escape(f'{community.name}: {meeting.title}')}",
        f"URL:{settings.SITE_URL}{meeting.get_absolute_url()}",
    ]
    if community.is_open:
        if meeting.location:
            lines.append(f"LOCATION:{escape(meeting.location)}")
        description = meeting.agenda
        if meeting.online_url:
            online = _("Online: %(url)s") % {"url": meeting.online_url}
            description = f"{description}\n\n{online}" if description else online
        if description:
            lines.append(f"DESCRIPTION:{escape(description)}")
    else:
        lines.append("CLASS:PRIVATE")
    lines.append("END:VEVENT")
    return lines


def calendar(name: str, meetings: Iterable[Meeting]) -> str:
    """A whole VCALENDAR with CRLF line endings, ready to serve as text/calendar."""
    events = [line for meeting in meetings for line in event(meeting)]
    return vcalendar([f"X-WR-CALNAME:{escape(name)}", f"X-WR-TIMEZONE:{TZID}", *VTIMEZONE], events)


def vcalendar(head: list[str], events: list[str]) -> str:
    """The calendar around ``events`` (VEVENT lines), with ``head`` (its name, time zone, ...)
    after the fixed lines; folded, with CRLF line endings."""
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *head,
        *events,
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)
