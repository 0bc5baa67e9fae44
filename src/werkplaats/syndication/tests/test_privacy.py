"""What leaves the public goes from the feeds, the sitemap and the structured data at once."""

import re

import pytest

from werkplaats.publications.services import unpublish_publication
from werkplaats.syndication.feeds import FEEDS
from werkplaats.syndication.sitemaps import SITEMAPS

pytestmark = pytest.mark.django_db

BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def public_output(client, extra_pages=()) -> str:
    """Every feed (network-wide and Twente's), every sitemap section and the JSON-LD of some
    pages, as one text."""
    bodies = []
    for kind in FEEDS:
        for fmt in ("rss", "atom"):
            bodies.append(client.get(f"/feeds/{kind}.{fmt}").content.decode())
            bodies.append(client.get(f"/feeds/{kind}/werkplaats/twente.{fmt}").content.decode())
    for section in SITEMAPS:
        bodies.append(client.get(f"/sitemap-{section}.xml").content.decode())
    for page in extra_pages:
        bodies += BLOCK.findall(client.get(page).content.decode())
    return "\n".join(bodies)


def test_a_withdrawn_publication_leaves_the_feeds_and_the_sitemap(client, network):
    assert "Eenzaamheid in Twente" in public_output(client)

    unpublish_publication(network.publication)

    text = public_output(client)
    assert "Eenzaamheid in Twente" not in text
    assert network.publication.slug not in text


def test_a_person_who_withdraws_consent_disappears_from_feeds_sitemap_and_structured_data(
    client, network
):
    pages = [
        network.article.get_absolute_url(),
        network.publication.get_absolute_url(),
        network.product.get_absolute_url(),
    ]
    assert "Zichtbaar" in public_output(client, pages)

    network.public_person.is_public = False
    network.public_person.save()

    text = public_output(client, pages)
    assert "Zichtbaar" not in text
    assert network.public_person.slug not in text
    assert "0000-0002-1825-0097" not in text


def test_a_logged_in_editor_still_gets_only_public_feeds(client, network, noor):
    client.force_login(noor)

    text = public_output(client)

    assert "DRAFTMARKER" not in text
    assert "SCHEDULEDMARKER" not in text
    assert "UNPUBLISHEDMARKER" not in text


def test_a_community_that_closes_takes_its_meetings_out_of_every_output(client, network):
    pages = [network.community.get_absolute_url(), network.meeting.get_absolute_url()]
    assert "Buurtavond" in public_output(client, pages)

    network.community.is_open = False
    network.community.save()

    text = public_output(client, pages)
    assert "Buurtavond" not in text
    assert str(network.meeting.uuid) not in text
