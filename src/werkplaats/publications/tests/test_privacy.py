"""A draft publication and an author who did not consent never reach public output: not the
pages, not the exports (BibTeX, RIS, CSL-JSON), not the API, not search.

Markers are planted in the draft's title, abstract and DOI, and in the name, ORCID and e-mail of
a registry person without consent who co-wrote a *published* publication. A consenting co-author
with a marker name is the positive control: finding it proves the check reads where names show.
"""

import json

import pytest
from django.urls import reverse
from django.utils import translation

from werkplaats.network.tests.factories import PersonFactory
from werkplaats.network.validators import orcid_check_digit
from werkplaats.tests.crawler import crawl, leaks

from .factories import PublicationFactory

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "CONCEPTMARKER8K"
DRAFT_ABSTRACT = "SAMENVATMARKER5J"
DRAFT_DOI = "10.99999/doimarker3h"
HIDDEN_GIVEN = "AUTEURMARKER2B"
HIDDEN_FAMILY = "VERBORGENAUTEUR6N"
HIDDEN_ORCID = "0000-0003-9876-543" + orcid_check_digit("000000039876543")
HIDDEN_MAIL = "auteur@privemarker.example"
PUBLIC_FAMILY = "ZICHTBAARMARKER4T"
MARKERS = [
    DRAFT_TITLE,
    DRAFT_ABSTRACT,
    DRAFT_DOI,
    HIDDEN_GIVEN,
    HIDDEN_FAMILY,
    HIDDEN_ORCID,
    "privemarker.example",
]


@pytest.fixture
def planted(twente):
    hidden = PersonFactory(
        given_name=HIDDEN_GIVEN,
        family_name=HIDDEN_FAMILY,
        orcid=HIDDEN_ORCID,
        email=HIDDEN_MAIL,
        slug="verborgen-auteur-marker",
        is_public=False,
    )
    visible = PersonFactory(given_name="Zichtbaar", family_name=PUBLIC_FAMILY, is_public=True)
    published = PublicationFactory(
        title="Eenzaamheid onder ouderen in Twente",
        slug="eenzaamheid-twente",
        doi="10.99999/openbaar.1",
        workshops=[twente],
        authors=[hidden, visible, ("Extern", "Eva")],
    )
    draft = PublicationFactory(
        title=DRAFT_TITLE,
        abstract=DRAFT_ABSTRACT,
        doi=DRAFT_DOI,
        slug="concept-publicatie",
        is_published=False,
        published_at=None,
        workshops=[twente],
        authors=[visible],
    )
    return {"published": published, "draft": draft, "hidden": hidden}


def _all_leaks(responses) -> dict:
    found = {a: leaks(r.content.decode(), MARKERS, a) for a, r in responses.items()}
    return {a: f for a, f in found.items() if f}


def test_no_page_or_export_shows_a_draft_or_an_author_without_consent(client, planted):
    starts = []
    for language in ("nl", "en"):
        with translation.override(language):
            starts += [
                reverse("publications:list"),
                reverse("publications:detail", args=["eenzaamheid-twente"]),
                f"{reverse('publications:list')}?q={HIDDEN_FAMILY[:-2]}",
                f"{reverse('publications:list')}?q={DRAFT_TITLE[:-2]}",
                reverse("search:results") + f"?q={HIDDEN_FAMILY[:-2]}",
            ]
            for fmt in ("bib", "ris", "json"):
                starts.append(reverse("publications:export", args=[fmt]))
                starts.append(reverse("publications:export_one", args=["eenzaamheid-twente", fmt]))
    pages = crawl(client, starts, [HIDDEN_GIVEN[:-2], DRAFT_TITLE[:-2]], limit=120)

    assert {a: r.status_code for a, r in pages.items() if r.status_code >= 500} == {}
    assert _all_leaks(pages) == {}
    assert "privemarker" not in "".join(r.content.decode() for r in pages.values())
    assert any(PUBLIC_FAMILY in r.content.decode() for r in pages.values())  # positive control
    assert any(a.endswith(".ris") and r.status_code == 200 for a, r in pages.items())


def test_the_draft_and_its_exports_are_not_found(client, planted):
    for address in (
        reverse("publications:detail", args=["concept-publicatie"]),
        reverse("publications:export_one", args=["concept-publicatie", "bib"]),
        "/api/v1/publications/concept-publicatie/",
        f"/api/v1/publications/{planted['draft'].uuid}/",
    ):
        response = client.get(address)
        assert response.status_code == 404
        assert not leaks(response.content.decode(), MARKERS, address)


def test_the_anonymous_api_shows_no_draft_and_no_author_without_consent(client, planted):
    addresses = [
        "/api/v1/publications/?page_size=200",
        f"/api/v1/publications/?search={HIDDEN_FAMILY[:-2]}",
        f"/api/v1/publications/?search={DRAFT_TITLE[:-2]}",
        "/api/v1/publications/eenzaamheid-twente/",
        f"/api/v1/publications/{planted['published'].uuid}/",
        f"/api/v1/search/?q={HIDDEN_FAMILY[:-2]}",
        f"/api/v1/search/?q={DRAFT_TITLE[:-2]}",
    ]
    responses = {address: client.get(address) for address in addresses}

    assert {a: r.status_code for a, r in responses.items() if r.status_code != 200} == {}
    assert _all_leaks(responses) == {}
    detail = responses["/api/v1/publications/eenzaamheid-twente/"].json()
    assert [a["name"] for a in detail["authors"]] == [f"Zichtbaar {PUBLIC_FAMILY}", "Eva Extern"]
    assert planted["hidden"].slug not in json.dumps(detail)


def test_the_check_can_fail_a_network_editor_sees_the_draft(client, planted, noor):
    client.force_login(noor)
    response = client.get("/api/v1/publications/concept-publicatie/")
    assert response.status_code == 200
    assert DRAFT_TITLE in leaks(response.content.decode(), MARKERS)
