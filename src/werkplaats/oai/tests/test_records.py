"""What a record says (oai_dc), which sets it is in, deleted records, and selective harvesting."""

from datetime import UTC, datetime

import pytest

from werkplaats.library import services as library
from werkplaats.library.models import Product
from werkplaats.oai.models import DeletedProduct
from werkplaats.publications import services as publications
from werkplaats.publications.models import DeletedPublication, Publication

from .conftest import product_id, pub_id
from .helpers import NS, dc, deleted_identifiers, errors, identifiers, oai

pytestmark = pytest.mark.django_db


def _record(client, identifier):
    root = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier)
    assert errors(root) == []
    return root


def test_a_publication_in_dublin_core(client, repository, settings):
    article = repository.items["article"]
    root = _record(client, pub_id(article))
    assert dc(root, "title") == ["Eenzaamheid onder ouderen in Twente"]
    # Registry people only with consent, in order, "Family, Given" with the prefix.
    assert dc(root, "creator") == ["van den Berg, Anna", "Bakker, Eva"]
    assert dc(root, "type") == ["info:eu-repo/semantics/article"]
    assert dc(root, "identifier") == [
        "https://doi.org/10.99999/oai.1",
        f"{settings.SITE_URL}/publicaties/{article.slug}/",
    ]
    assert dc(root, "language") == ["nl"]
    assert dc(root, "date") == ["2024"]
    assert dc(root, "rights") == [
        "info:eu-repo/semantics/openAccess",
        "https://creativecommons.org/licenses/by/4.0/",
    ]
    project = repository.items["public_project"]
    assert dc(root, "relation") == [
        f"{settings.SITE_URL}/werkplaatsen/twente/",
        f"{settings.SITE_URL}{project.get_absolute_url()}",
    ]
    assert root.findtext(".//dc:description", namespaces=NS).startswith("Een actieonderzoek")


def test_a_publications_themes_are_subjects_and_an_embargo_is_dated(client, repository):
    from werkplaats.network.models import Theme

    article = repository.items["article"]
    article.themes.set(Theme.objects.filter(slug__in=["eenzaamheid", "jeugd"]))
    Publication.objects.filter(pk=article.pk).update(
        access_rights="embargoedAccess", embargo_until="2030-01-01"
    )
    root = _record(client, pub_id(article))
    assert len(dc(root, "subject")) == 2
    assert sorted(dc(root, "subject")) == sorted(
        Theme.objects.filter(slug__in=["eenzaamheid", "jeugd"]).values_list("name", flat=True)
    )
    assert "info:eu-repo/date/embargoEnd/2030-01-01" in dc(root, "date")
    assert "info:eu-repo/semantics/embargoedAccess" in dc(root, "rights")


def test_a_product_in_dublin_core(client, repository, settings):
    video = repository.items["video"]
    root = _record(client, product_id(video))
    assert dc(root, "title") == ["Video over buurtwerk"]
    assert dc(root, "creator") == ["van den Berg, Anna"]
    assert dc(root, "type") == ["http://purl.org/dc/dcmitype/MovingImage", "Video"]
    assert dc(root, "identifier") == [f"{settings.SITE_URL}/bibliotheek/{video.slug}/"]
    assert dc(root, "publisher") == [
        "Werkplaats Sociaal Domein Twente",
        "Werkplaats Sociaal Domein Zeeland",
    ]
    # Its project is a draft: no relation to it.
    assert dc(root, "relation") == [
        f"{settings.SITE_URL}/werkplaatsen/twente/",
        f"{settings.SITE_URL}/werkplaatsen/zeeland/",
    ]
    guide = _record(client, product_id(repository.items["guide"]))
    assert dc(guide, "type") == ["http://purl.org/dc/dcmitype/Text", "Handreiking"]
    project = repository.items["public_project"]
    assert f"{settings.SITE_URL}{project.get_absolute_url()}" in dc(guide, "relation")


def test_headers_list_the_sets_of_a_record(client, repository):
    root = _record(client, pub_id(repository.items["article"]))
    assert [e.text for e in root.iterfind(".//oai:setSpec", NS)] == [
        "publications",
        "type:article",
        "workshop:twente",
    ]
    root = _record(client, product_id(repository.items["video"]))
    assert [e.text for e in root.iterfind(".//oai:setSpec", NS)] == [
        "products",
        "kind:video",
        "workshop:twente",
        "workshop:zeeland",
    ]


def test_withdrawn_and_deleted_records_are_reported_deleted(client, repository):
    root = oai(client, verb="ListRecords", metadataPrefix="oai_dc")
    assert sorted(deleted_identifiers(root)) == sorted(repository.deleted)
    assert sorted(identifiers(root)) == sorted(repository.public + repository.deleted)
    for header in root.iterfind(".//oai:header[@status='deleted']", NS):
        assert header.getparent().find("oai:metadata", NS) is None
    one = _record(client, product_id(repository.items["unpublished"]))
    header = one.find(".//oai:header", NS)
    assert header.get("status") == "deleted"
    assert [e.text for e in header.iterfind("oai:setSpec", NS)] == [
        "products",
        "kind:instrument",
        "workshop:twente",
    ]


def test_a_record_published_again_is_no_longer_deleted(client, repository):
    withdrawn, unpublished = repository.items["withdrawn"], repository.items["unpublished"]
    publications.publish_publication(withdrawn)
    library.publish(Product.objects.get(pk=unpublished.pk))
    assert not DeletedProduct.objects.filter(uuid=unpublished.uuid).exists()
    root = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert pub_id(withdrawn) not in deleted_identifiers(root)
    assert product_id(unpublished) not in deleted_identifiers(root)
    assert {pub_id(withdrawn), product_id(unpublished)} <= set(identifiers(root))


def test_product_tombstones_follow_unpublish_delete_and_bulk_delete(db, twente):
    from werkplaats.library.tests.factories import ProductFactory

    never = ProductFactory(is_published=False)
    never.title = "Nog steeds een concept"
    never.save()
    never.delete()
    assert not DeletedProduct.objects.exists()  # never public: nothing to report

    a, b = ProductFactory(workshops=[twente]), ProductFactory()
    library.unpublish(a)
    first = DeletedProduct.objects.get(uuid=a.uuid)
    assert first.workshops == ["twente"] and first.kind == a.kind.slug
    a.title = "Bewerkt concept"
    a.save()
    assert DeletedProduct.objects.get(uuid=a.uuid).deleted_at == first.deleted_at

    Product.objects.filter(pk__in=[a.pk, b.pk]).delete()
    assert set(DeletedProduct.objects.values_list("uuid", flat=True)) == {a.uuid, b.uuid}


def test_a_product_read_from_the_database_and_unpublished_leaves_a_tombstone(db):
    from werkplaats.library.tests.factories import ProductFactory

    created = ProductFactory()
    product = Product.objects.get(pk=created.pk)
    product.is_published = False
    product.save(update_fields=["is_published", "updated_at"])
    assert DeletedProduct.objects.filter(uuid=product.uuid).exists()
    # A deferred state is read as unknown: the first publication date decides.
    deferred = ProductFactory(is_published=False)
    loaded = Product.objects.defer("is_published").get(pk=deferred.pk)
    loaded.save()
    assert not DeletedProduct.objects.filter(uuid=deferred.uuid).exists()


def test_publication_tombstones_come_from_the_publications_app(client, repository):
    assert DeletedPublication.objects.count() == 2
    assert DeletedProduct.objects.count() == 2


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("publications", ["article", "report", "withdrawn", "gone"]),
        ("products", ["video", "guide", "unpublished", "removed"]),
        (
            "workshop",
            ["article", "report", "withdrawn", "gone", "video", "guide", "unpublished", "removed"],
        ),
        ("workshop:twente", ["article", "withdrawn", "video", "unpublished"]),
        ("workshop:zeeland", ["report", "gone", "video", "guide", "removed"]),
        ("type", ["article", "report", "withdrawn", "gone"]),
        ("type:report", ["report"]),
        ("type:article", ["article", "withdrawn", "gone"]),
        ("kind", ["video", "guide", "unpublished", "removed"]),
        ("kind:video", ["video"]),
        ("kind:instrument", ["unpublished"]),
        ("kind:handreiking", ["guide", "removed"]),
    ],
)
def test_selective_harvesting_by_set(client, repository, spec, expected):
    names = {
        **{k: pub_id(repository.items[k]) for k in ("article", "report", "withdrawn")},
        **{k: product_id(repository.items[k]) for k in ("video", "guide", "unpublished")},
        "gone": repository.deleted[1],
        "removed": repository.deleted[3],
    }
    root = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set=spec)
    assert sorted(identifiers(root)) == sorted(names[n] for n in expected)


def _stamp(model, item, moment):
    model.objects.filter(pk=item.pk).update(updated_at=moment)


def test_selective_harvesting_by_from_and_until_in_days_and_seconds(client, repository):
    items = repository.items
    _stamp(Publication, items["article"], datetime(2024, 3, 1, 23, 59, 59, 900000, tzinfo=UTC))
    _stamp(Publication, items["report"], datetime(2024, 3, 2, 0, 0, 0, tzinfo=UTC))
    _stamp(Product, items["video"], datetime(2024, 3, 3, 12, 0, 0, 500000, tzinfo=UTC))
    _stamp(Product, items["guide"], datetime(2025, 1, 1, tzinfo=UTC))
    DeletedPublication.objects.update(deleted_at=datetime(2023, 1, 1, tzinfo=UTC))
    DeletedProduct.objects.update(deleted_at=datetime(2023, 1, 1, tzinfo=UTC))
    article, report = pub_id(items["article"]), pub_id(items["report"])
    video, guide = product_id(items["video"]), product_id(items["guide"])

    def harvest(**params):
        root = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", **params)
        return sorted(identifiers(root))

    assert harvest(**{"from": "2024-03-01", "until": "2024-03-01"}) == [article]
    assert harvest(**{"from": "2024-03-02", "until": "2024-03-03"}) == sorted([report, video])
    assert harvest(**{"from": "2024-03-01T23:59:59Z", "until": "2024-03-01T23:59:59Z"}) == [article]
    assert harvest(**{"from": "2024-03-02T00:00:00Z", "until": "2024-03-03T12:00:00Z"}) == sorted(
        [report, video]
    )
    assert harvest(**{"from": "2024-03-03T12:00:01Z"}) == [guide]
    assert harvest(until="2023-12-31") == sorted(repository.deleted)
    root = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", until="2023-12-31")
    assert root.find("oai:request", NS).get("until") == "2023-12-31"
    # The datestamp shown is the second the record changed, so harvesting from it includes it.
    shown = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=video)
    assert shown.findtext(".//oai:datestamp", namespaces=NS) == "2024-03-03T12:00:00Z"
