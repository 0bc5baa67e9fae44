"""The feeds page, and the pages that announce their feeds to browsers and readers."""

import re

import pytest
from django.urls import reverse

from werkplaats.syndication.feeds import FEEDS

pytestmark = pytest.mark.django_db

ALTERNATE = re.compile(
    r'<link rel="alternate" type="application/(rss|atom)\+xml"[^>]*href="([^"]+)"'
)


def alternates(client, address) -> list[str]:
    response = client.get(address)
    assert response.status_code == 200
    return [href for _fmt, href in ALTERNATE.findall(response.content.decode())]


def test_the_feeds_page_lists_every_network_feed_in_both_formats(client, db):
    response = client.get("/feeds/")

    body = response.content.decode()
    assert response.status_code == 200
    for kind in FEEDS:
        assert f'href="/feeds/{kind}.rss"' in body
        assert f'href="/feeds/{kind}.atom"' in body


def test_the_feeds_page_shows_the_feeds_of_a_chosen_werkplaats_or_theme(client, network, theme):
    body = client.get(f"/feeds/?werkplaats=twente&theme={theme.slug}").content.decode()

    for kind in FEEDS:
        assert f'href="/feeds/{kind}/werkplaats/twente.rss"' in body
        assert f'href="/feeds/{kind}/thema/{theme.slug}.atom"' in body


def test_the_feeds_page_explains_an_unknown_werkplaats(client, db):
    response = client.get("/en/feeds/?werkplaats=nergens")

    assert response.status_code == 200
    assert "We do not know this werkplaats" in response.content.decode()
    assert "/werkplaats/nergens" not in response.content.decode()


def test_every_page_links_to_the_feeds_page_from_its_footer(client, db):
    assert 'href="/feeds/"' in client.get("/").content.decode()
    assert 'href="/en/feeds/"' in client.get("/en/").content.decode()


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("dossier:list", "dossier"),
        ("publications:list", "publicaties"),
        ("library:list", "bibliotheek"),
        ("communities:list", "bijeenkomsten"),
    ],
)
def test_a_list_announces_its_feed_and_the_feed_of_its_chosen_werkplaats(
    client, network, name, kind
):
    plain = alternates(client, reverse(name))
    filtered = alternates(client, f"{reverse(name)}?werkplaats=twente")

    assert plain == [f"/feeds/{kind}.rss", f"/feeds/{kind}.atom"]
    assert f"/feeds/{kind}/werkplaats/twente.rss" in filtered


def test_a_werkplaats_page_and_a_theme_page_announce_their_feeds(client, network, theme):
    on_workshop = alternates(client, reverse("network:workshop", kwargs={"slug": "twente"}))
    on_theme = alternates(client, reverse("network:theme", kwargs={"slug": theme.slug}))

    assert on_workshop == [
        f"/feeds/{kind}/werkplaats/twente.{fmt}" for kind in FEEDS for fmt in ("rss", "atom")
    ]
    assert on_theme == [
        f"/feeds/{kind}/thema/{theme.slug}.{fmt}" for kind in FEEDS for fmt in ("rss", "atom")
    ]
    for address in on_workshop + on_theme:
        assert client.get(address).status_code == 200
