"""A real harvester (the ``sickle`` OAI-PMH client) harvests /oai through a live server, over
several resumption pages, in full, by set and by date; over GET and over POST."""

from datetime import UTC, datetime

import pytest
from sickle import Sickle

from werkplaats.publications.models import Publication

from .conftest import MARKERS, pub_id
from .helpers import URL

# The live server answers from another thread, so the data must be committed; the seeded
# vocabularies are restored afterwards for the tests that follow.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(scope="module", autouse=True)
def _database_as_found(django_db_blocker):
    """Serialized rollback restores the database before each of these tests and flushes it after
    the last one, leaving it empty for whatever runs next in this process. Running last in the
    suite (pytest-django's order) hid that; in parallel runs other modules may follow on the same
    worker, so the seeded snapshot is put back once this module is done."""
    yield
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    with django_db_blocker.unblock():
        if not ContentType.objects.exists():
            connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
        ContentType.objects.clear_cache()


@pytest.fixture
def harvester(live_server, settings):
    settings.OAI_PAGE_SIZE = 3
    return Sickle(live_server.url + URL, timeout=30)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_full_harvest_yields_every_public_record_and_every_deletion(
    live_server, settings, repository, method
):
    settings.OAI_PAGE_SIZE = 3
    harvester = Sickle(live_server.url + URL, http_method=method, timeout=30)
    records = list(harvester.ListRecords(metadataPrefix="oai_dc", ignore_deleted=False))
    assert len(records) == 8  # three pages of three, three and two
    live = {r.header.identifier: r for r in records if not r.header.deleted}
    gone = {r.header.identifier for r in records if r.header.deleted}
    assert sorted(live) == sorted(repository.public)
    assert sorted(gone) == sorted(repository.deleted)
    assert not (set(live) | gone) & set(repository.never_public)
    article = live[pub_id(repository.items["article"])]
    assert article.metadata["title"] == ["Eenzaamheid onder ouderen in Twente"]
    assert article.metadata["creator"] == ["van den Berg, Anna", "Bakker, Eva"]
    for record in records:
        text = record.raw.casefold()
        assert not [m for m in MARKERS if m.casefold() in text]


def test_the_harvester_reads_identify_sets_and_formats(harvester, repository):
    identify = harvester.Identify()
    assert identify.repositoryName == "Werkplaatsen Sociaal Domein"
    assert identify.deletedRecord == "persistent"
    specs = {s.setSpec for s in harvester.ListSets()}
    assert {"workshop:twente", "type:report", "kind:video", "publications"} <= specs
    assert [f.metadataPrefix for f in harvester.ListMetadataFormats()] == ["oai_dc"]
    record = harvester.GetRecord(identifier=repository.public[0], metadataPrefix="oai_dc")
    assert record.header.identifier == repository.public[0]


def test_a_harvest_by_set_and_by_date(harvester, repository):
    twente = {
        h.identifier
        for h in harvester.ListIdentifiers(metadataPrefix="oai_dc", set="workshop:twente")
    }
    items = repository.items
    assert twente == {
        pub_id(items["article"]),
        pub_id(items["withdrawn"]),
        f"oai:werkplaatsensociaaldomein.nl:product/{items['video'].uuid}",
        f"oai:werkplaatsensociaaldomein.nl:product/{items['unpublished'].uuid}",
    }
    Publication.objects.filter(pk=items["report"].pk).update(
        updated_at=datetime(2020, 5, 17, 8, 30, tzinfo=UTC)
    )
    dated = [
        h.identifier
        for h in harvester.ListIdentifiers(
            metadataPrefix="oai_dc", **{"from": "2020-05-17", "until": "2020-05-17"}
        )
    ]
    assert dated == [pub_id(items["report"])]
    recent = {
        h.identifier
        for h in harvester.ListIdentifiers(
            metadataPrefix="oai_dc", **{"from": "2021-01-01T00:00:00Z"}
        )
    }
    assert recent == set(repository.public + repository.deleted) - {pub_id(items["report"])}
