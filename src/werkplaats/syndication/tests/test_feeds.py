"""The feeds parse in a standard feed reader's parser and carry only what the public may see."""

import datetime
import html
import re

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone, translation

from werkplaats.communities.tests.factories import MeetingFactory
from werkplaats.dossier.tests.factories import ArticleFactory
from werkplaats.library.tests.factories import ProductFactory
from werkplaats.publications.tests.factories import PublicationFactory
from werkplaats.syndication.feeds import FEEDS

from .conftest import PRIVATE, soon

pytestmark = pytest.mark.django_db

KINDS = list(FEEDS)
FORMATS = ["rss", "atom"]


def feed_url(kind, fmt, scope=None, slug=None):
    if scope:
        return reverse(
            "syndication:scoped_feed",
            kwargs={"kind": kind, "scope": scope, "slug": slug, "fmt": fmt},
        )
    return reverse("syndication:feed", kwargs={"kind": kind, "fmt": fmt})


def parsed(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, (address, feed.get("bozo_exception"))
    return response, feed


def titles(feed) -> list[str]:
    return [entry.title for entry in feed.entries]


PUBLIC_TITLES = {
    "dossier": "Buurtkamer werkt",
    "publicaties": "Eenzaamheid in Twente",
    "bibliotheek": "Handreiking buurtkamer",
    "bijeenkomsten": "Buurtavond",
}
ZEELAND_TITLES = {
    "dossier": "Zeeuwse aanpak",
    "publicaties": "Zeeuwse studie",
    "bibliotheek": "Zeeuwse methode",
    "bijeenkomsten": "Zeeuwse avond",
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("scope", [None, "werkplaats", "thema"])
def test_every_feed_parses_without_errors_with_dated_linked_items(
    client, network, theme, kind, fmt, scope
):
    slug = {"werkplaats": "twente", "thema": theme.slug}.get(scope)
    response, feed = parsed(client, feed_url(kind, fmt, scope, slug))

    expected_type = "application/rss+xml" if fmt == "rss" else "application/atom+xml"
    assert response["Content-Type"].startswith(expected_type)
    assert feed.version == ("rss20" if fmt == "rss" else "atom10")
    assert feed.feed.title and feed.feed.link.startswith("http://testserver/")
    assert feed.entries
    assert any(title.startswith(PUBLIC_TITLES[kind]) for title in titles(feed))
    for entry in feed.entries:
        assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", entry.id)
        assert entry.link.startswith("http://testserver/")
        assert entry.published_parsed
        if fmt == "atom":
            assert entry.updated_parsed
        assert entry.summary is not None


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_feed_never_shows_drafts_unpublished_scheduled_or_closed_items(
    client, network, kind, fmt
):
    response, _feed = parsed(client, feed_url(kind, fmt))

    body = response.content.decode()
    assert [marker for marker in PRIVATE if marker in body] == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_werkplaats_feed_holds_only_that_werkplaatss_items(client, network, kind):
    _response, twente_feed = parsed(client, feed_url(kind, "rss", "werkplaats", "twente"))
    _response, zeeland_feed = parsed(client, feed_url(kind, "atom", "werkplaats", "zeeland"))
    _response, everything = parsed(client, feed_url(kind, "rss"))

    assert not any(t.startswith(ZEELAND_TITLES[kind]) for t in titles(twente_feed))
    assert any(t.startswith(ZEELAND_TITLES[kind]) for t in titles(zeeland_feed))
    assert not any(t.startswith(PUBLIC_TITLES[kind]) for t in titles(zeeland_feed))
    assert len(everything.entries) == len(twente_feed.entries) + len(zeeland_feed.entries)


@pytest.mark.parametrize("kind", KINDS)
def test_a_theme_feed_holds_only_items_on_that_theme(client, network, theme, kind):
    _response, feed = parsed(client, feed_url(kind, "atom", "thema", theme.slug))

    assert any(t.startswith(PUBLIC_TITLES[kind]) for t in titles(feed))
    assert not any(t.startswith(ZEELAND_TITLES[kind]) for t in titles(feed))
    assert theme.label in {tag.term for entry in feed.entries for tag in entry.get("tags", [])}


@pytest.mark.parametrize(
    "address",
    [
        "/feeds/dossier/werkplaats/nergens.rss",
        "/feeds/publicaties/thema/geen-thema.atom",
        "/feeds/onbekend.rss",
        "/feeds/dossier.json",
        "/feeds/dossier/gemeente/enschede.rss",
    ],
)
def test_an_unknown_werkplaats_theme_kind_or_format_is_not_found(client, network, address):
    assert client.get(address).status_code == 404


def test_the_dossier_feed_shows_articles_whose_scheduled_time_has_come(client, network):
    _response, feed = parsed(client, feed_url("dossier", "rss"))

    assert "Ingepland en nu openbaar" in titles(feed)


def test_authors_are_named_only_with_their_consent(client, network):
    _r, dossier = parsed(client, feed_url("dossier", "atom"))
    _r, publications = parsed(client, feed_url("publicaties", "rss"))
    _r, library = parsed(client, feed_url("bibliotheek", "atom"))

    by_title = {entry.title: entry for entry in dossier.entries}
    assert by_title["Buurtkamer werkt"].author == "Open Zichtbaar"
    assert "author" not in by_title["Stil artikel"]
    publication = next(e for e in publications.entries if e.title == "Eenzaamheid in Twente")
    assert publication.author == "Open Zichtbaar, Eva Extern"
    product = next(e for e in library.entries if e.title == "Handreiking buurtkamer")
    assert product.author == "Open Zichtbaar"


def test_no_feed_carries_an_email_address(client, network):
    for kind in KINDS:
        for fmt in FORMATS:
            body = client.get(feed_url(kind, fmt)).content.decode()
            assert "maildomainmarker" not in body
            assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", body), (kind, fmt)


def test_a_summary_is_plain_escaped_text_so_markup_in_it_stays_text(client, network):
    ArticleFactory(title="Met <b>opmaak</b>", lead="Let op: <script>alert(1)</script> & meer")

    response, feed = parsed(client, feed_url("dossier", "rss"))

    # A reader gets HTML that shows a title as it was written, markup and all, as text; a
    # summary is plain text (tags in it, e.g. from imported abstracts, are left out).
    entry = next(e for e in feed.entries if html.unescape(e.title) == "Met <b>opmaak</b>")
    assert html.unescape(entry.summary) == "Let op: alert(1) & meer"
    assert "<script" not in entry.summary
    assert "<b>" not in response.content.decode()
    assert "&amp;lt;b&amp;gt;" in response.content.decode()


def test_a_feed_holds_the_newest_50_newest_first(client, twente):
    now = timezone.now()
    for day in range(55):
        ArticleFactory(title=f"Artikel {day}", published_at=now - datetime.timedelta(days=day))

    _response, feed = parsed(client, feed_url("dossier", "atom"))

    assert titles(feed) == [f"Artikel {day}" for day in range(50)]


def test_the_meetings_feed_lists_coming_meetings_of_open_communities_soonest_first(client, network):
    MeetingFactory(community=network.community, title="Later", starts_at=soon(20))

    _response, feed = parsed(client, feed_url("bijeenkomsten", "rss"))

    names = [t.split(" · ")[0] for t in titles(feed)]
    assert names == ["Buurtavond", "Zeeuwse avond", "Later"]


def test_english_feeds_link_to_english_pages(client, network):
    with translation.override("en"):
        address = feed_url("dossier", "rss")
    assert address.startswith("/en/feeds/")

    _response, feed = parsed(client, address)

    assert feed.feed.language == "en"
    assert all(entry.link.startswith("http://testserver/en/dossier/") for entry in feed.entries)


def _fill(twente, theme, count):
    for number in range(count):
        ArticleFactory(workshops=[twente], themes=[theme], author_name="")
        publication = PublicationFactory(workshops=[twente], authors=[("Bakker", f"An{number}")])
        publication.themes.set([theme])
        product = ProductFactory(workshops=[twente])
        product.themes.set([theme])
        MeetingFactory(starts_at=soon(number + 1), community__workshop=twente)


@pytest.mark.parametrize("kind", KINDS)
def test_a_feed_reads_the_same_number_of_queries_for_few_or_many_items(
    client, twente, theme, kind, django_assert_max_num_queries
):
    _fill(twente, theme, 2)
    with django_assert_max_num_queries(10) as few:
        client.get(feed_url(kind, "rss", "werkplaats", "twente"))
    _fill(twente, theme, 20)

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(feed_url(kind, "rss", "werkplaats", "twente"))
    assert len(feedparser.parse(response.content).entries) >= 20
