"""A draft, and an article scheduled for later, never reach a visitor: not on a page, not in the
API, not in search. An author who did not consent to be public is never named.

Markers are planted in the title, lead and body of a draft and of a scheduled article, and as the
name of an author without consent; the whole public site is then read as a visitor (crawled from
the dossier's pages in both languages, every API list and detail, the search page and API). The
same markers on a published article by a consenting author are the positive control: the crawl
reached the places where they would show.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from werkplaats.dossier.constants import ArticleState
from werkplaats.network.models import Theme
from werkplaats.network.tests.factories import PersonFactory
from werkplaats.tests.crawler import api_addresses, crawl, leaks

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db

DRAFT = "conceptmarker8d"
SCHEDULED = "geplandmarker5s"
HIDDEN_AUTHOR = "auteurmarker3h"
PUBLIC = "openbaarmarker2o"
MARKERS = [DRAFT, SCHEDULED, HIDDEN_AUTHOR]


@pytest.fixture
def planted(twente):
    theme = Theme.objects.get(slug="eenzaamheid")
    hidden = PersonFactory(
        given_name=HIDDEN_AUTHOR,
        family_name="Verborgen",
        slug=f"{HIDDEN_AUTHOR}-verborgen",
        is_public=False,
    )
    shown = PersonFactory(given_name=PUBLIC, family_name="Open", is_public=True)
    common = {"workshops": [twente], "themes": [theme]}
    ArticleFactory(
        title=f"Concept {DRAFT}",
        lead=f"Lead {DRAFT}",
        body=f"Tekst {DRAFT}",
        slug=f"concept-{DRAFT}",
        state=ArticleState.DRAFT,
        published_at=None,
        **common,
    )
    ArticleFactory(
        title=f"Gepland {SCHEDULED}",
        lead=f"Lead {SCHEDULED}",
        body=f"Tekst {SCHEDULED}",
        slug=f"gepland-{SCHEDULED}",
        scheduled_in=datetime.timedelta(days=7),
        **common,
    )
    ArticleFactory(title="Zonder naam", slug="zonder-naam", author=hidden, author_name="", **common)
    ArticleFactory(
        title=f"Open {PUBLIC}",
        slug=f"open-{PUBLIC}",
        lead=f"Lead {PUBLIC}",
        author=shown,
        author_name="",
        **common,
    )
    return hidden


def _starts():
    starts = []
    for language in ("nl", "en"):
        with translation.override(language):
            listing = reverse("dossier:list")
            search = reverse("search:results")
        starts += [listing, f"{listing}?theme=eenzaamheid", f"{listing}?werkplaats=twente"]
        starts += [f"{listing}zonder-naam/", f"{listing}open-{PUBLIC}/"]
        starts += [f"{search}?q={term}" for term in ("Tekst", "Lead", "artikel", "Verborgen")]
    return starts


def test_no_page_shows_a_draft_a_future_article_or_an_author_without_consent(client, planted):
    pages = crawl(client, _starts(), ["Tekst", "Lead", "Verborgen", DRAFT[:-2]], limit=150)

    assert not {a: r.status_code for a, r in pages.items() if r.status_code >= 500}
    leaked = {a: leaks(r.content.decode(), MARKERS, a) for a, r in pages.items()}
    assert {a: found for a, found in leaked.items() if found} == {}
    # The positive control: the published article and its author were read.
    assert any(PUBLIC in r.content.decode() for a, r in pages.items() if "/dossier/open-" in a)


def test_no_api_response_shows_them(client, planted):
    addresses = api_addresses(client, ["Tekst", "Lead", DRAFT, SCHEDULED, HIDDEN_AUTHOR])
    addresses += [f"/api/v1/search/?q={term}" for term in ("Tekst", "Lead", "Verborgen")]
    addresses += [f"/api/v1/articles/concept-{DRAFT}/", f"/api/v1/articles/gepland-{SCHEDULED}/"]

    responses = {address: client.get(address) for address in addresses}

    leaked = {a: leaks(r.content.decode(), MARKERS, a) for a, r in responses.items()}
    assert {a: found for a, found in leaked.items() if found} == {}
    assert responses[f"/api/v1/articles/concept-{DRAFT}/"].status_code == 404
    assert any(PUBLIC in r.content.decode() for a, r in responses.items() if "articles" in a)


def test_the_markers_show_for_an_editor_so_the_check_can_fail(client, planted, noor):
    client.force_login(noor)

    body = client.get(reverse("dossier:list")).content.decode()

    assert set(leaks(body, MARKERS)) == {DRAFT, SCHEDULED}
