"""The board's RSS and iCalendar, read back the way a feed reader and a calendar program read
them: the right offers, in the right order, with the board's filters, and nothing private."""

import datetime
import re

import feedparser
import pytest
from django.utils import timezone

from werkplaats.communities.tests.test_ical import components, unfold
from werkplaats.education.constants import Level, OfferKind
from werkplaats.education.matching import Semester, academic_year
from werkplaats.education.models import AssignmentOffer
from werkplaats.education.services import journey
from werkplaats.network.models import Theme
from werkplaats.network.tests.factories import PersonFactory
from werkplaats.questions.tests.factories import submit

from .factories import ProgrammeFactory, offer_for

pytestmark = pytest.mark.django_db

RSS = "/en/onderwijs/opdrachten/rss/"
ATOM = "/en/onderwijs/opdrachten/atom/"
ICS = "/en/onderwijs/opdrachten/agenda.ics"


def parsed(client, address, **query):
    response = client.get(address, query)
    assert response.status_code == 200, address
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return response, feed


def events(client, **query) -> list[dict]:
    response = client.get(ICS, query)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    lines = unfold(response.content.decode())
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    return components(lines, "VEVENT")


def _offered_at(offer, moment):
    AssignmentOffer.objects.filter(pk=offer.pk).update(created_at=moment)


@pytest.fixture
def three_offers(cor, twente, zeeland):
    """Oldest first: a Twentse bachelor offer, a Zeeuwse mbo offer, a withdrawn Twentse one."""
    now = timezone.now()
    old = offer_for(twente, cor, title="Oudste aanbod", levels=[Level.BACHELOR])
    new = offer_for(zeeland, cor, title="Nieuwste aanbod", levels=[Level.MBO_4])
    gone = offer_for(twente, cor, title="Ingetrokken aanbod")
    journey.withdraw_offer(gone, cor, "Geen begeleider.")
    _offered_at(old, now - datetime.timedelta(days=3))
    _offered_at(new, now - datetime.timedelta(days=1))
    _offered_at(gone, now)
    return old, new


# --- RSS ------------------------------------------------------------------------------------------


def test_the_rss_is_valid_and_holds_the_open_offers_newest_first(client, three_offers):
    _old, new = three_offers

    response, feed = parsed(client, RSS)

    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.link == "http://testserver/en/onderwijs/opdrachten/"
    assert [entry.title for entry in feed.entries] == ["Nieuwste aanbod", "Oudste aanbod"]
    entry = feed.entries[0]
    assert entry.link == f"http://testserver{new.get_absolute_url()}"
    assert entry.id == f"urn:uuid:{new.uuid}"
    assert entry.published_parsed
    assert "mbo level 4" in entry.summary
    assert "Graduation assignment" in [tag.term for tag in entry.tags]


def test_the_atom_feed_parses_too(client, three_offers):
    _response, feed = parsed(client, ATOM)

    assert feed.version == "atom10"
    assert len(feed.entries) == 2


def test_the_rss_honours_the_boards_filters(client, three_offers):
    _response, feed = parsed(client, RSS, werkplaats="twente", level="bachelor")

    assert [entry.title for entry in feed.entries] == ["Oudste aanbod"]
    assert feed.feed.link == (
        "http://testserver/en/onderwijs/opdrachten/?level=bachelor&werkplaats=twente"
    )
    assert "filtered" in feed.feed.title


def test_the_rss_carries_matched_offers_only_when_asked(
    client, cor, twente, django_user_model, three_offers
):
    old, _new = three_offers
    lecturer = django_user_model.objects.create_user("lotte")
    journey.claim_offer(old, lecturer, ProgrammeFactory())

    _response, open_feed = parsed(client, RSS)
    _response, matched_feed = parsed(client, RSS, state="matched")

    assert [entry.title for entry in open_feed.entries] == ["Nieuwste aanbod"]
    assert [entry.title for entry in matched_feed.entries] == ["Oudste aanbod"]


def test_a_bad_filter_in_the_feeds_address_is_left_out_not_an_error(client, three_offers):
    _response, feed = parsed(client, RSS, level="phd")

    assert len(feed.entries) == 2


# --- iCalendar ------------------------------------------------------------------------------------


def test_each_offer_is_an_all_day_event_over_its_period(client, cor, twente):
    semester = Semester(academic_year(timezone.localdate()) + 1, 1)
    theme = Theme.objects.order_by("position", "name").first()
    offer = offer_for(
        twente,
        cor,
        title="Schulden; een, onderzoek",
        kind=OfferKind.MINOR,
        starts_on=semester.starts_on,
        ends_on=semester.ends_on,
        themes=[theme],
    )

    (event,) = events(client)

    assert event["DTSTART;VALUE=DATE"] == f"{semester.year}0901"
    # The day after the last, as RFC 5545 wants.
    assert event["DTEND;VALUE=DATE"] == f"{semester.year + 1}0201"
    assert event["SUMMARY"] == "Schulden\\; een\\, onderzoek"
    assert event["UID"].startswith(str(offer.uuid))
    assert event["URL"].endswith(offer.get_absolute_url())
    assert "Minor project" in event["DESCRIPTION"]
    assert event["CATEGORIES"] == theme.label.replace(",", "\\,")
    assert re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"])


def test_the_calendar_honours_the_boards_filters_and_leaves_withdrawn_offers_out(
    client, three_offers
):
    assert {event["SUMMARY"] for event in events(client)} == {"Oudste aanbod", "Nieuwste aanbod"}
    assert [event["SUMMARY"] for event in events(client, werkplaats="zeeland")] == [
        "Nieuwste aanbod"
    ]
    assert "Ingetrokken aanbod" not in {event["SUMMARY"] for event in events(client, state="all")}


def test_the_uid_of_an_offer_stays_the_same_from_one_fetch_to_the_next(client, three_offers):
    first, second = events(client), events(client)

    assert [event["UID"] for event in first] == [event["UID"] for event in second]


# --- privacy and queries --------------------------------------------------------------------------


def test_the_feeds_carry_nothing_of_the_question_or_a_person_who_did_not_consent(
    client, cor, twente
):
    question, _token = submit(
        workshop=twente,
        title="QUESTIONTITLEMARKER",
        question="QUESTIONTEXTMARKER in de wijk.",
        submitter_name="Sanne SUBMITTERMARKER",
        submitter_email="sanne@submittermarker.example",
    )
    hidden = PersonFactory(given_name="Verborgen", family_name="HIDDENMARKER", is_public=False)
    offer_for(twente, cor, title="Uit een vraag", question=question, practice_supervisor=hidden)

    bodies = [
        client.get(address, {"state": "all"}).content.decode() for address in (RSS, ATOM, ICS)
    ]

    for body in bodies:
        assert "Uit een vraag" in body
        for marker in (
            "QUESTIONTITLEMARKER",
            "QUESTIONTEXTMARKER",
            "SUBMITTERMARKER",
            "submittermarker.example",
            "HIDDENMARKER",
        ):
            assert marker not in body


@pytest.mark.parametrize("address", [RSS, ICS])
def test_the_feeds_read_a_constant_number_of_queries(
    client, cor, twente, address, django_assert_max_num_queries
):
    themes = list(Theme.objects.order_by("position", "name")[:3])

    def make(count):
        for _ in range(count):
            offer_for(
                twente,
                cor,
                levels=[Level.BACHELOR, Level.ASSOCIATE],
                themes=themes,
                programmes=[ProgrammeFactory()],
            )

    make(2)
    with django_assert_max_num_queries(10) as few:
        client.get(address)
    make(12)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(address).content.decode().count("Wat helpt jongeren") == 14
