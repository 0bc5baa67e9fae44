"""Resumption tokens: pages of OAI_PAGE_SIZE, completeListSize and cursor, stable while records
are added or changed, and refused when forged, altered, expired or used with another verb."""

from datetime import timedelta

import pytest
from django.core import signing

from werkplaats.library.tests.factories import ProductFactory
from werkplaats.publications.models import Publication
from werkplaats.publications.tests.factories import PublicationFactory

from .helpers import NS, errors, identifiers, oai, token

pytestmark = pytest.mark.django_db


def _pages(client, verb="ListIdentifiers", **params):
    """Every page of a list, following its tokens; the roots in order."""
    root = oai(client, verb=verb, metadataPrefix="oai_dc", **params)
    pages = [root]
    while token(root) is not None and token(root).text:
        root = oai(client, verb=verb, resumptionToken=token(root).text)
        pages.append(root)
    return pages


def test_a_list_comes_in_pages_with_its_size_and_cursor(client, repository, settings):
    settings.OAI_PAGE_SIZE = 3
    pages = _pages(client, "ListRecords")
    assert [len(identifiers(p)) for p in pages] == [3, 3, 2]
    assert [token(p).get("cursor") for p in pages] == ["0", "3", "6"]
    assert {token(p).get("completeListSize") for p in pages} == {"8"}
    assert token(pages[-1]).text is None  # the last page has an empty token
    assert token(pages[0]).get("expirationDate").endswith("Z")
    harvested = [i for p in pages for i in identifiers(p)]
    assert sorted(harvested) == sorted(repository.public + repository.deleted)
    request = pages[1].find("oai:request", NS)
    assert request.get("resumptionToken") == token(pages[0]).text
    assert request.get("metadataPrefix") is None


def test_a_list_that_fits_one_page_has_no_token(client, repository, settings):
    settings.OAI_PAGE_SIZE = 8
    root = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert token(root) is None and len(identifiers(root)) == 8


def test_a_token_keeps_the_set_and_dates_of_the_first_request(client, repository, settings):
    settings.OAI_PAGE_SIZE = 1
    pages = _pages(client, set="workshop:zeeland", **{"from": "2000-01-01"})
    assert len(pages) == 5
    assert {token(p).get("completeListSize") for p in pages} == {"5"}


def test_records_added_or_changed_during_a_harvest_are_not_lost(client, repository, settings):
    settings.OAI_PAGE_SIZE = 3
    first = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    seen = identifiers(first)
    later = PublicationFactory(title="Nieuw tijdens het oogsten")
    # A record not yet sent changes: it moves to the end of the list, and is still sent.
    not_yet = next(
        p for p in Publication.objects.published() if f"publication/{p.uuid}" not in " ".join(seen)
    )
    not_yet.title = "Bijgewerkt tijdens het oogsten"
    not_yet.save()
    root, harvested = first, list(seen)
    while token(root) is not None and token(root).text:
        root = oai(client, verb="ListIdentifiers", resumptionToken=token(root).text)
        harvested += identifiers(root)
    expected = {
        *repository.public,
        *repository.deleted,
        f"oai:werkplaatsensociaaldomein.nl:publication/{later.uuid}",
    }
    assert set(harvested) == expected
    assert len(harvested) == len(set(harvested))


def test_a_forged_or_altered_token_is_a_bad_resumption_token(client, repository, settings):
    settings.OAI_PAGE_SIZE = 2
    real = token(oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")).text
    forged = signing.dumps({"verb": "ListIdentifiers", "args": {}, "cursor": 0}, key="elders")
    unsigned = signing.dumps({"verb": "ListIdentifiers"}, salt="werkplaats.oai.resumption")
    for value in ("abc", real[:-2] + "xx", forged, unsigned):
        root = oai(client, verb="ListIdentifiers", resumptionToken=value)
        assert errors(root) == ["badResumptionToken"]
        assert root.find("oai:request", NS).get("resumptionToken") == value
    # A token of one verb does not continue another.
    root = oai(client, verb="ListRecords", resumptionToken=real)
    assert errors(root) == ["badResumptionToken"]
    root = oai(client, verb="ListSets", resumptionToken=real)
    assert errors(root) == ["badResumptionToken"]


def test_an_expired_token_is_a_bad_resumption_token(client, repository, settings, monkeypatch):
    settings.OAI_PAGE_SIZE = 2
    real = token(oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")).text
    from werkplaats.oai import tokens

    monkeypatch.setattr(tokens, "MAX_AGE", timedelta(seconds=-1))
    root = oai(client, verb="ListIdentifiers", resumptionToken=real)
    assert errors(root) == ["badResumptionToken"]
    assert "expired" in root.findtext("oai:error", namespaces=NS)


def _plant(twente, count):
    """``count`` records of each source: public and withdrawn publications and products."""
    from werkplaats.library import services as library
    from werkplaats.network.tests.factories import PersonFactory
    from werkplaats.publications import services as publications

    maker = PersonFactory()
    for n in range(count):
        PublicationFactory(workshops=[twente], authors=[("Jansen", f"Jo{n}"), maker])
        publications.unpublish_publication(PublicationFactory(workshops=[twente]))
        ProductFactory(workshops=[twente]).makers.set([maker])
        library.unpublish(ProductFactory(workshops=[twente]))


@pytest.mark.parametrize("verb", ["ListRecords", "ListIdentifiers"])
def test_a_page_costs_the_same_queries_for_few_and_many_records(
    client, twente, settings, django_assert_max_num_queries, verb
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts, planted = [], 0
    for count in (2, 25):
        _plant(twente, count - planted)
        planted = count
        settings.OAI_PAGE_SIZE = 4 * count - 1  # every source on the page, and a token
        with CaptureQueriesContext(connection) as queries:
            root = oai(client, verb=verb, metadataPrefix="oai_dc")
        assert len(identifiers(root)) == 4 * count - 1
        counts.append(len(queries))
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(counts[1]):
        root = oai(client, verb=verb, resumptionToken=token(root).text)
    assert len(identifiers(root)) == 1
