"""New assignment offers as RSS (or Atom) and as an iCalendar, narrowed by the board's filters.

``/onderwijs/opdrachten/rss/?level=bachelor&period=2026-2027-2`` carries what the board shows
with those filters, newest first; ``agenda.ics`` with the same query puts each offer in a
calendar as an all-day event over its period. Both are public addresses that readers and
calendar programs fetch without logging in, so they show what a visitor may see whoever asks
(``filter_forms.public_offers``), and only an offer's own public text: never the question it
came from, its group or a person.

The RSS builds on the network's feeds (``syndication.feeds.PublicFeed``: guid, escaping,
summaries), the calendar on the text rules of the communities' calendars (``communities.ical``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from werkplaats.communities.ical import escape, utc, vcalendar
from werkplaats.syndication.feeds import LIMIT, NETWORK, PublicFeed, plain_summary

from .filter_forms import OfferFilterForm, newest_offers
from .models import AssignmentOffer

#: Offers in one calendar; the board has any others.
CALENDAR_LIMIT = 500
NAME = _("Assignments for education")
ABOUT = _(
    "New assignments that practice offers to students of hbo and mbo programmes: internships, "
    "graduation assignments, minors, course assignments and practice-based research."
)


@dataclass
class Asked:
    """The board's filters as a feed was asked for them."""

    form: OfferFilterForm
    query: str

    @classmethod
    def of(cls, request) -> Asked:
        # The filters that are set, without the page number, in a stable order.
        data = {key: value for key, value in request.GET.items() if value and key != "page"}
        return cls(OfferFilterForm(data), urlencode(sorted(data.items())))

    def offers(self, limit: int):
        return list(newest_offers(self.form.filters())[:limit])

    @property
    def board(self) -> str:
        address = reverse("education:board")
        return f"{address}?{self.query}" if self.query else address


def query_of(request) -> str:
    """The filters of a board page's address, for its feed links (without the page number)."""
    asked = Asked.of(request)
    return f"?{asked.query}" if asked.query else ""


def facts(offer: AssignmentOffer) -> str:
    """Kind, levels, period, students and werkplaats in one sentence."""
    levels = ", ".join(str(row.get_level_display()) for row in offer.levels.all())
    return gettext(
        "%(kind)s for %(levels)s, %(start)s to %(end)s, %(students)s students, at %(werkplaats)s. "
        "Expected: %(product)s."
    ) % {
        "kind": offer.get_kind_display(),
        "levels": levels,
        "start": formats.date_format(offer.starts_on, "j F Y"),
        "end": formats.date_format(offer.ends_on, "j F Y"),
        "students": offer.students,
        "werkplaats": offer.workshop.name,
        "product": offer.expected_product,
    }


class OfferFeed(PublicFeed):
    kind = "opdrachten"
    name = NAME
    about = ABOUT
    list_url_name = "education:board"

    def get_object(self, request, *args, **kwargs) -> Asked:
        return Asked.of(request)

    def items(self, asked: Asked):
        return asked.offers(LIMIT)

    def title(self, asked: Asked) -> str:
        name = gettext("%(feed)s · %(network)s") % {"feed": self.name, "network": NETWORK}
        if asked.form.is_filtered():
            return gettext("%(feed)s (filtered)") % {"feed": name}
        return name

    def link(self, asked: Asked) -> str:
        return asked.board

    def description(self, asked: Asked) -> str:
        if asked.form.is_filtered():
            return gettext("%(about)s Only those that match the filters of the board.") % {
                "about": self.about
            }
        return str(self.about)

    subtitle = description

    def item_description(self, item: AssignmentOffer) -> str:
        return plain_summary(f"{facts(item)} {item.summary}")

    def item_pubdate(self, item: AssignmentOffer):
        return item.created_at

    def item_categories(self, item: AssignmentOffer) -> list[str]:
        return [str(item.get_kind_display()), *super().item_categories(item)]


def _host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def _day(day: datetime.date) -> str:
    return day.strftime("%Y%m%d")


def offer_event(offer: AssignmentOffer) -> list[str]:
    """One all-day VEVENT over the offer's period (DTEND is the day after, as RFC 5545 wants);
    the offer comes with its werkplaats, levels and themes read."""
    description = f"{facts(offer)}\n\n{offer.summary}"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{offer.uuid}@{_host()}",
        f"DTSTAMP:{utc(offer.updated_at)}",
        f"DTSTART;VALUE=DATE:{_day(offer.starts_on)}",
        f"DTEND;VALUE=DATE:{_day(offer.ends_on + datetime.timedelta(days=1))}",
        f"SUMMARY:{escape(offer.title)}",
        f"DESCRIPTION:{escape(description)}",
        f"URL:{settings.SITE_URL}{offer.get_absolute_url()}",
        "TRANSP:TRANSPARENT",
    ]
    themes = [escape(theme.label) for theme in offer.themes.all()]
    if themes:
        lines.append(f"CATEGORIES:{','.join(themes)}")
    lines.append("END:VEVENT")
    return lines


def offer_calendar(asked: Asked) -> str:
    """A whole VCALENDAR with CRLF line endings, ready to serve as text/calendar."""
    name = f"{NAME} · {NETWORK}"
    head = [f"X-WR-CALNAME:{escape(str(name))}", f"X-WR-CALDESC:{escape(str(ABOUT))}"]
    events = [line for offer in asked.offers(CALENDAR_LIMIT) for line in offer_event(offer)]
    return vcalendar(head, events)
