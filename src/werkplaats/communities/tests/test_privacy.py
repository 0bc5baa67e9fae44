"""Nothing private of a learning community reaches public output.

Markers are planted in a closed community's reflection, agenda and place, in an open community's
draft reflection, in the names of members without consent and in every e-mail address. A
published reflection of an open community *must* be found, so the crawl can fail. Then a visitor
reads the site from the community list and the werkplaats page (every link and GET form), both
iCalendar feeds and the whole API: no marker may show.
"""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from werkplaats.network.tests.factories import PersonFactory
from werkplaats.tests.crawler import EMAIL, api_addresses, crawl, leaks

from .factories import CommunityFactory, MeetingFactory, MembershipFactory, ReflectionFactory

pytestmark = pytest.mark.django_db

CLOSED_REFLECTION = "DICHTEREFLECTIEMARKER7K"
CLOSED_AGENDA = "DICHTEAGENDAMARKER3P"
CLOSED_PLACE = "DICHTEPLEKMARKER5R"
DRAFT = "CONCEPTREFLECTIEMARKER2W"
HIDDEN_NAME = "VERBORGENLIDMARKER9X"
CLOSED_MEMBER = "DICHTLIDMARKER4M"
MAIL_DOMAIN = "lidmarker6q.example"
PUBLISHED = "OPENREFLECTIEMARKER1Z"
MARKERS = [CLOSED_REFLECTION, CLOSED_AGENDA, CLOSED_PLACE, DRAFT, HIDDEN_NAME]
SEARCH_TERMS = [*MARKERS, CLOSED_MEMBER, "MARKER", "@"]
#: The closed community's member has a public profile (the registry may show it), but no
#: community output may tie them to the closed community.
COMMUNITY_OUTPUT = ("/leergemeenschappen/", "/en/leergemeenschappen/", "/api/v1/communities/")


@pytest.fixture
def planted(twente):
    soon = timezone.now() + datetime.timedelta(days=10)
    earlier = timezone.now() - datetime.timedelta(days=10)
    open_community = CommunityFactory(workshop=twente, name="Open kring Enschede")
    closed = CommunityFactory(workshop=twente, name="Dichte kring Hengelo", is_open=False)
    MembershipFactory(
        community=open_community,
        person=PersonFactory(
            given_name=HIDDEN_NAME, is_public=False, email=f"verborgen@{MAIL_DOMAIN}"
        ),
    )
    MembershipFactory(
        community=closed,
        person=PersonFactory(given_name=CLOSED_MEMBER, email=f"dicht@{MAIL_DOMAIN}"),
    )
    ReflectionFactory(
        meeting=MeetingFactory(community=open_community, starts_at=earlier),
        what_we_learned=PUBLISHED,
        is_published=True,
    )
    ReflectionFactory(
        meeting=MeetingFactory(community=open_community, starts_at=soon), what_we_saw=DRAFT
    )
    ReflectionFactory(
        meeting=MeetingFactory(
            community=closed, starts_at=soon, agenda=CLOSED_AGENDA, location=CLOSED_PLACE
        ),
        what_we_saw=CLOSED_REFLECTION,
        what_we_learned=CLOSED_REFLECTION,
        is_published=True,  # as if set in the admin: a closed community's still never shows
    )
    return open_community, closed


def test_a_visitor_finds_no_private_community_data_anywhere(client, planted, twente):
    open_community, closed = planted
    starts = [
        reverse("communities:list"),
        reverse("network:workshop", kwargs={"slug": "twente"}),
        open_community.get_absolute_url(),
        closed.get_absolute_url(),
        *(m.get_absolute_url() for m in closed.meetings.all()),
        reverse("communities:ical", kwargs={"slug": closed.slug}),
        reverse("communities:ical", kwargs={"slug": open_community.slug}),
        reverse("communities:workshop_ical", kwargs={"slug": "twente"}),
    ]
    pages = crawl(client, starts, SEARCH_TERMS, limit=150)
    for address in api_addresses(client, SEARCH_TERMS, ["is_open=false", "workshop=twente"]):
        pages[address] = client.get(address)

    found_published = False
    for address, response in pages.items():
        body = response.content.decode()
        assert not leaks(body, [*MARKERS, MAIL_DOMAIN], address), address
        # An iCalendar UID is "<meeting uuid>@<site host>" (RFC 5545), not an e-mail address.
        without_uids = re.sub(r"UID:[0-9a-f-]{36}@[^\r\n]+", "", body)
        assert not EMAIL.search(without_uids), address
        if address.startswith(COMMUNITY_OUTPUT) or address.startswith("/api/v1/meetings/"):
            assert not leaks(body, [CLOSED_MEMBER], address), address
        found_published |= PUBLISHED in body
    assert found_published, "the crawl never reached the published reflection"
    assert any(a.endswith(".ics") for a in pages)
    assert any(a.startswith("/api/v1/meetings/") for a in pages)
